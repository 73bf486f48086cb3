package vn.canbo;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile never runs on the embedded database.
 */
class ProductionProfileTests {

	@Test
	void refusesToStartWithoutAnExternalDatabase() {
		SpringApplication application = new SpringApplication(CanboApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--spring.profiles.active=prod", "--spring.datasource.url="))
			.hasMessageContaining("CANBO_DB_URL");
	}

	@Test
	void refusesADatabaseThatIsNotPostgresql() {
		SpringApplication application = new SpringApplication(CanboApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(
				() -> application.run("--spring.profiles.active=prod", "--spring.datasource.url=jdbc:h2:mem:canbo"))
			.hasMessageContaining("external PostgreSQL");
	}

}
