package vn.canbo.shared.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application outlives a PostgreSQL restart, over real HTTP: while the server is
 * away, health says DOWN and a request answers a Vietnamese 503 (not a 500, not a 401);
 * once it is back the pool reconnects by itself, health is UP again and the record
 * committed before the stop is there. On a database of its own, kept in a directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseRestartTests {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
		Path directory = Files.createTempDirectory("canbo-restart");
		// Always its own embedded server, also when the suite runs against a PostgreSQL
		// server (CANBO_DB_URL): it stops and starts that server.
		registry.add("spring.datasource.url", () -> "");
		registry.add("canbo.embedded-db.data-directory", directory::toString);
		registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
	}

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	SystemAccess system;

	@Autowired
	UserAccounts accounts;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void whileTheDatabaseIsAwayRequestsAnswer503AndAllComesBackWithIt() throws Exception {
		UserAccountView admin = this.system
			.call(() -> TestAccounts.provision(this.accounts, "khoi-dong-lai", null, Role.ADMIN));
		long agency = this.system.call(() -> this.orgUnits.getByCode("03334", this.orgUnits.today()).id());
		long person = this.system
			.call(() -> this.people.create(TestPeople.person("Lò Văn Khởiđộnglại", Gender.MALE, 1985, agency)).id());
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((admin.username() + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		assertThat(get("/api/v1/persons/" + person, basic).statusCode()).isEqualTo(200);

		this.database.stopServer();
		try {
			assertThat(get("/actuator/health", null).statusCode()).isEqualTo(503);
			HttpResponse<String> away = get("/api/v1/persons/" + person, basic);
			assertThat(away.statusCode()).isEqualTo(503);
			assertThat(away.headers().firstValue("Retry-After")).contains("30");
			assertThat(away.body()).contains("Cơ sở dữ liệu tạm thời không kết nối được");
		}
		finally {
			this.database.startServer();
		}

		Instant deadline = Instant.now().plusSeconds(60);
		while (get("/actuator/health", null).statusCode() != 200 && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
		}
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
		HttpResponse<String> back = get("/api/v1/persons/" + person, basic);
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Lò Văn Khởiđộnglại");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
