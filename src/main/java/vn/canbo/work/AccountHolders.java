package vn.canbo.work;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

import vn.canbo.security.UserAccounts;

/**
 * The people behind the logins the work module records (who assigned, scored, approved,
 * closed): pages show the person's name, and the login only where no record is linked.
 * Available to templates as {@code @accountHolders}; one per request, so that a page
 * naming the same few people on many rows looks each up once.
 */
@Component("accountHolders")
@RequestScope
public class AccountHolders {

	private final Map<String, String> names = new HashMap<>();

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	AccountHolders(UserAccounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** The name of the person linked to the login, else the login itself. */
	public String name(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return this.names.computeIfAbsent(username, this::lookUp);
	}

	private String lookUp(String username) {
		Long person = this.accounts.linkedPeople(List.of(username)).get(username);
		if (person == null) {
			return username;
		}
		return this.jdbc.sql("select full_name from person where id = :id")
			.param("id", person)
			.query(String.class)
			.optional()
			.orElse(username);
	}

}
