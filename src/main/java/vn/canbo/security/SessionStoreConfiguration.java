package vn.canbo.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are kept in PostgreSQL so that any node can serve any request. Parallel first
 * requests of one browser (htmx, several tabs) each store the same new attribute; Spring
 * Session's plain insert then fails on the primary key and the request answers 500, so
 * the attribute is written with PostgreSQL's insert … on conflict do update, the
 * customizer Spring Session ships for this database.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
