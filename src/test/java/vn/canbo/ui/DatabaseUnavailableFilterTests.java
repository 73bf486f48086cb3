package vn.canbo.ui;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request that finds the database unreachable answers 503 at once, in the user's
 * language, with a Retry-After: a page for people, a problem document for the API; any
 * other failure is left to the usual error handling.
 */
class DatabaseUnavailableFilterTests {

	final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(messages());

	@Test
	void aPageAnswers503InVietnameseWhenNoConnectionCanBeHad() throws Exception {
		MockHttpServletResponse response = run(new MockHttpServletRequest("GET", "/people"), (request, reply) -> {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLException("Connection refused", "08001"));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.contains("Cơ sở dữ liệu tạm thời không kết nối được")
			.contains("lang=\"vi\"");
	}

	@Test
	void theApiAnswersAProblemInTheLanguageOfTheCookie() throws Exception {
		MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/persons");
		api.setCookies(new Cookie("canbo-lang", "en"));
		MockHttpServletResponse response = run(api, (request, reply) -> {
			// JPA cannot begin: the cause chain ends at the refused socket.
			throw new CannotCreateTransactionException("Could not open JPA EntityManager",
					new RuntimeException(new ConnectException("Connection refused")));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":503")
			.contains("The database cannot be reached");
	}

	@Test
	void otherFailuresAreLeftToTheUsualHandling() {
		assertThatThrownBy(() -> run(new MockHttpServletRequest("GET", "/people"), (request, reply) -> {
			throw new IllegalStateException("a bug");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(DatabaseUnavailableFilter.unavailable(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(DatabaseUnavailableFilter.unavailable(new SQLException("shutting down", "57P01"))).isTrue();
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
