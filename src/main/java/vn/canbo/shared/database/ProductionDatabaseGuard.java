package vn.canbo.shared.database;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The production profile must run on an external PostgreSQL: it refuses to start without
 * {@code CANBO_DB_URL}, before anything else is created, with a message that says why.
 */
public class ProductionDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return;
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank() || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("The prod profile needs an external PostgreSQL: set CANBO_DB_URL "
					+ "(jdbc:postgresql://host:5432/canbo), CANBO_DB_USER and CANBO_DB_PASSWORD. "
					+ "The embedded database is for development and demos only.");
		}
	}

}
