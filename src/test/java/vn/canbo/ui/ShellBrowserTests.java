package vn.canbo.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ShellBrowserTests {

	@LocalServerPort
	int port;

	@RegisterExtension
	final BrowserSession browser = new BrowserSession();

	@Test
	void showsTheSignInFormInChromium() {
		Page page = this.browser.open("http://localhost:" + this.port + "/login");

		assertThat(page.locator("input[name=username]").isVisible()).isTrue();
		assertThat(page.locator("input[name=password]").isVisible()).isTrue();
		Path screenshot = this.browser.screenshot("shell-login");
		assertThat(screenshot).exists();
		assertThat(screenshot.toFile().length()).isPositive();
	}

	@Test
	void sendsVisitorsToTheSignInFormFirst() {
		Response response = this.browser.page().navigate("http://localhost:" + this.port + "/admin/audit");

		assertThat(response.ok()).isTrue();
		assertThat(this.browser.page().url()).endsWith("/login");
	}

}
