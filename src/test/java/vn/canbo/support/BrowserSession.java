package vn.canbo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A headless Debian Chromium driven by Playwright, for browser tests. Playwright never
 * downloads a browser here: the machine's {@code /usr/bin/chromium} is used, with the
 * flags it needs as root on a closed network.
 *
 * <pre>
 * try (BrowserSession browser = new BrowserSession()) {
 *     Page page = browser.open(baseUrl + "/login");
 *     browser.screenshot("login");
 * }
 * </pre>
 *
 * A test class that uses one session per test registers it as an extension, which closes
 * it after each test:
 *
 * <pre>
 * &#64;RegisterExtension
 * final BrowserSession browser = new BrowserSession();
 * </pre>
 */
public final class BrowserSession implements AutoCloseable, AfterEachCallback {

	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** How much of a long page a screenshot keeps, in CSS pixels from the top. */
	public static final int SCREENSHOT_HEIGHT = 30_000;

	static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final Browser browser;

	private final BrowserContext context;

	private final Page page;

	public BrowserSession() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			this.browser = this.playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(ARGUMENTS));
			this.context = this.browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
				.setTimezoneId("Asia/Ho_Chi_Minh")
				.setViewportSize(1280, 900));
			this.page = this.context.newPage();
		}
		catch (RuntimeException ex) {
			this.playwright.close();
			throw ex;
		}
	}

	/** Opens the address in the session's tab and waits until it has loaded. */
	public Page open(String url) {
		this.page.navigate(url);
		return this.page;
	}

	/**
	 * Signs in through the login form at {@code baseUrl} and waits until it has left it.
	 */
	public Page signIn(String baseUrl, String username, String password) {
		open(baseUrl + "/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password);
		this.page.locator("#login-form button[type=submit]").click();
		this.page.waitForURL((address) -> !address.contains("/login"));
		return this.page;
	}

	/** The session's tab. */
	public Page page() {
		return this.page;
	}

	/**
	 * Saves a full-page PNG of the tab (its first {@link #SCREENSHOT_HEIGHT} pixels) as
	 * {@code target/screenshots/<name>.png}; a name may name sub-folders
	 * ({@code journeys/xem/people}).
	 * @return the file written
	 */
	public Path screenshot(String name) {
		String file = name.replaceAll("[^A-Za-z0-9._/-]", "_").replace("..", "_");
		Path path = SCREENSHOTS.resolve(file.endsWith(".png") ? file : file + ".png");
		try {
			Files.createDirectories(path.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Page.ScreenshotOptions options = new Page.ScreenshotOptions().setPath(path).setFullPage(true);
		Number height = (Number) this.page.evaluate("() => document.documentElement.scrollHeight");
		if (height.intValue() > SCREENSHOT_HEIGHT) {
			Number width = (Number) this.page.evaluate("() => document.documentElement.scrollWidth");
			options.setClip(0, 0, width.doubleValue(), SCREENSHOT_HEIGHT);
		}
		this.page.screenshot(options);
		return path;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close();
	}

	@Override
	public void close() {
		try {
			this.context.close();
			this.browser.close();
		}
		finally {
			this.playwright.close();
		}
	}

}
