package vn.canbo.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in through a real HTTP client against the running server, as a browser does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityTestConfiguration.class)
class SignInOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void signedInNonAdministratorGetsVietnameseNoAccessPageAndSessionIsStored() throws Exception {
		UserAccountView staff = TestAccounts.provision(this.accounts, "http", SecurityTestConfiguration.COMMUNE,
				Role.STAFF);

		HttpResponse<String> loginPage = get("/login");
		assertThat(loginPage.statusCode()).isEqualTo(200);
		assertThat(loginPage.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'"));
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(staff.username()) + "&password="
					+ encode(TestAccounts.PASSWORD) + "&_csrf=" + encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));

		// "/" leads a staff member to their own page
		assertThat(get("/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/me"));
		HttpResponse<String> home = get("/me");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(staff.username());
		HttpResponse<String> admin = get("/admin/users");
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(admin.body()).contains("Không có quyền truy cập")
			.contains("Vai trò của bạn không được phép thực hiện thao tác này.");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(staff.username())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * Behind a reverse proxy that ends TLS the server sees plain HTTP: the proxy's
	 * X-Forwarded-Proto must still make the session cookie Secure, while plain HTTP keeps
	 * it usable on a developer's machine.
	 */
	@Test
	void sessionCookieIsSecureWhenTheClientCameOverTlsAndNoFullAddressLeaksToOtherSites() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> behindTls = client.send(
				HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> plain = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(behindTls.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		assertThat(plain.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).doesNotContain("Secure"));
		for (HttpResponse<String> response : List.of(behindTls, plain)) {
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).isPresent();
			assertThat(response.headers().firstValue("Permissions-Policy"))
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()"));
		}
		assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	/**
	 * A browser opens several links at once (htmx, tabs) on a session it has just got:
	 * each request stores the same new attributes, and two inserts of one attribute must
	 * not answer 500 (Spring Session's plain insert hits the primary key).
	 */
	@Test
	void eightParallelFirstRequestsOnAFreshSessionAllAnswer() throws Exception {
		for (int round = 0; round < 5; round++) {
			HttpClient fresh = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			HttpResponse<String> login = fresh.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<Integer>> answers = new ArrayList<>();
				for (int request = 0; request < 8; request++) {
					String path = "/people?q=" + round + "-" + request;
					answers.add(pool.submit(() -> {
						start.await();
						return fresh
							.send(HttpRequest.newBuilder(uri(path)).GET().build(),
									HttpResponse.BodyHandlers.discarding())
							.statusCode();
					}));
				}
				start.countDown();
				for (Future<Integer> answer : answers) {
					assertThat(answer.get(60, TimeUnit.SECONDS)).as("round %d", round).isEqualTo(302);
				}
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
