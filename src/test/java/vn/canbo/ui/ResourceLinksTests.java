package vn.canbo.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages render their links without sending each through the resource resolvers (no
 * {@link ResourceUrlEncodingFilter} in the chain), and the version-less WebJars links
 * they carry are still served, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceLinksTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noLinkGoesThroughTheResourceResolversAndWebJarsAreStillServed() throws Exception {
		List<FilterRegistrationBean<?>> rewriting = this.context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.<FilterRegistrationBean<?>>map((registration) -> registration)
			.filter((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.toList();
		assertThat(rewriting).isNotEmpty().allSatisfy((registration) -> assertThat(registration.isEnabled()).isFalse());

		HttpClient http = HttpClient.newHttpClient();
		String login = http.send(request("/login"), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(login).contains("/webjars/bootstrap/css/bootstrap.min.css");
		HttpResponse<String> css = http.send(request("/webjars/bootstrap/css/bootstrap.min.css"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
	}

}
