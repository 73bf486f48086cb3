package vn.canbo.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of an empty production database from
 * {@code CANBO_INITIAL_ADMIN_PASSWORD}, which has no default: without it no account is
 * created, and once any account exists the setting is ignored. The password must be
 * changed after the first sign-in.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccounts accounts;

	private final UserAccountRepository repository;

	private final String password;

	InitialAdministrator(UserAccounts accounts, UserAccountRepository repository,
			@Value("${canbo.security.initial-admin-password:}") String password) {
		this.accounts = accounts;
		this.repository = repository;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.password.isBlank() || this.repository.count() > 0) {
			return;
		}
		if (this.password.length() < 12) {
			throw new IllegalStateException("CANBO_INITIAL_ADMIN_PASSWORD must have at least 12 characters");
		}
		this.accounts.provision(
				new CreateUserAccount("admin", "Quản trị hệ thống", this.password, Set.of(Role.ADMIN), null, true));
		log.info("Created the initial administrator 'admin'; change its password after signing in");
	}

}
