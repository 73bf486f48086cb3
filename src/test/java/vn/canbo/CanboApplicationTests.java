package vn.canbo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CanboApplicationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnRealPostgresqlWithMigrationsApplied() {
		String version = this.jdbc.sql("select version()").query(String.class).single();
		assertThat(version).startsWith("PostgreSQL");
		assertThat(this.jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
