package vn.canbo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.support.BrowserSession;
import vn.canbo.support.BrowserTest;
import vn.canbo.support.PageFaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Each demo account, in Chromium, signs in and opens every page its navigation bar offers
 * and the first row's link of every list on them, then its menu pages in English: no page
 * may answer a server error (the page or any htmx call), log a console or script error or
 * show a {@code ??key??} of a missing message. The menu is read from the rendered
 * navigation, so a new page joins by being in the menu. Every page is kept as a
 * screenshot in {@code target/screenshots/journeys/<account>/}.
 * <p>
 * {@link #KNOWN} lists failures seen and being fixed elsewhere: they are reported, not
 * failed, and an entry no longer seen fails the suite so that the list only shrinks.
 */
@BrowserTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "canbo.embedded-db.data-directory=")
class RoleJourneyBrowserTests {

	/** The demo accounts of the README. */
	static final List<Account> ACCOUNTS = List.of(new Account("admin", "admin"), new Account("tinh.tochuc", "demo1234"),
			new Account("tinh.lanhdao", "demo1234"), new Account("xa.tochuc", "demo1234"),
			new Account("xa.lanhdao", "demo1234"), new Account("xa.canbo", "demo1234"),
			new Account("so.noivu", "demo1234"), new Account("xem", "demo1234"));

	/**
	 * Failures observed on this suite's first run whose fix is another change's work;
	 * empty it as those land.
	 */
	static final List<KnownFailure> KNOWN = List.of();

	/** How long a page may take to load before it counts as a fault. */
	static final Duration PATIENCE = Duration.ofSeconds(120);

	@LocalServerPort
	int port;

	final List<BrowserSession> browsers = new ArrayList<>();

	final Set<KnownFailure> seen = ConcurrentHashMap.newKeySet();

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(BrowserSession::close);
	}

	@TestFactory
	Stream<DynamicNode> everyAccountOpensEveryPageOfItsMenuWithoutAFault() {
		return Stream.concat(ACCOUNTS.stream().map(this::journey),
				Stream.of(dynamicTest("every known failure is still seen", this::everyKnownFailureIsStillSeen)));
	}

	private DynamicNode journey(Account account) {
		Walk walk = new Walk(account);
		return dynamicContainer(account.username(),
				lazily(() -> Stream.of(dynamicTest("signs in and reads the menu", walk::signIn)),
						() -> walk.menu.stream()
							.map((page) -> dynamicContainer(page,
									lazily(() -> Stream.of(dynamicTest("opens " + page, () -> walk.openMenuPage(page))),
											() -> walk.detailOf(page)
												.stream()
												.map((detail) -> dynamicTest("opens the first row's " + detail,
														() -> walk.open(detail, "detail")))))),
						() -> Stream.of(dynamicTest("switches to English", walk::switchToEnglish)),
						() -> walk.menu.stream()
							.map((page) -> dynamicTest("opens " + page + " in English", () -> walk.open(page, "en")))));
	}

	void everyKnownFailureIsStillSeen() {
		assertThat(KNOWN.stream().filter((known) -> !this.seen.contains(known)))
			.as("known failures no longer seen: remove them from KNOWN")
			.isEmpty();
	}

	@SafeVarargs
	private static Stream<DynamicNode> lazily(Supplier<Stream<? extends DynamicNode>>... parts) {
		return Stream.of(parts).flatMap(Supplier::get);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** One account's way through its pages, in one tab. */
	final class Walk {

		final Account account;

		final List<String> menu = new ArrayList<>();

		final Map<String, String> details = new LinkedHashMap<>();

		BrowserSession browser;

		PageFaults faults;

		int shown;

		Walk(Account account) {
			this.account = account;
		}

		void signIn() {
			this.browser = new BrowserSession();
			RoleJourneyBrowserTests.this.browsers.add(this.browser);
			Page page = this.browser.page();
			page.setDefaultTimeout(PATIENCE.toMillis());
			page.setDefaultNavigationTimeout(PATIENCE.toMillis());
			this.faults = PageFaults.watch(page);
			this.browser.signIn(url(""), this.account.username(), this.account.password());
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) page.locator("nav.navbar a[href]:not(#language-switch)")
				.evaluateAll("links => links.map(a => a.getAttribute('href'))");
			links.stream()
				.filter((href) -> href.startsWith("/"))
				.map(Walk::pathAndQuery)
				.distinct()
				.forEach(this.menu::add);
			assertThat(this.menu).as("menu of " + this.account.username()).contains("/").hasSizeGreaterThan(2);
			this.faults.settle();
			judge(pathAndQuery(page.url()), "signed-in", this.faults.take());
		}

		void openMenuPage(String path) {
			Page page = open(path, "vi");
			Object detail = page.evaluate(
					"""
							() => {
							  const links = document.querySelectorAll('main table tbody a[href], main .list-group a[href]');
							  for (const a of links) {
							    const target = new URL(a.href, location.href);
							    if (target.origin !== location.origin || target.pathname === location.pathname
							        || a.hasAttribute('download') || /\\.(xlsx|pdf|docx)$|\\/export|\\/evidence\\//.test(target.pathname)) {
							      continue;
							    }
							    return target.pathname + target.search;
							  }
							  return null;
							}""");
			if (detail instanceof String href) {
				this.details.put(path, href);
			}
		}

		List<String> detailOf(String path) {
			return this.details.containsKey(path) ? List.of(this.details.get(path)) : List.of();
		}

		void switchToEnglish() {
			Page page = this.browser.open(url("/"));
			page.locator("#language-switch").click();
			page.waitForLoadState();
			this.faults.settle();
			judge("/", "en-switch", this.faults.take());
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		}

		Page open(String path, String pass) {
			List<String> late = this.faults.take();
			Page page = this.browser.page();
			List<String> found = new ArrayList<>(
					late.stream().map((fault) -> "after the page before: " + fault).toList());
			try {
				page.navigate(url(path));
			}
			catch (TimeoutError ex) {
				found.add("no answer within " + PATIENCE.toSeconds() + " s");
			}
			this.faults.settle();
			found.addAll(this.faults.take());
			if ("en".equals(pass)) {
				String language = page.locator("html").getAttribute("lang");
				if (!"en".equals(language)) {
					found.add("not in English: lang=" + language);
				}
			}
			this.shown++;
			String name = "%s-%02d%s".formatted(pass, this.shown,
					"/".equals(path) ? "-home" : path.replaceAll("[^A-Za-z0-9]+", "-"));
			try {
				this.browser.screenshot("journeys/" + this.account.username() + "/" + name);
			}
			catch (PlaywrightException ex) {
				found.add("no screenshot: " + ex.getMessage().lines().findFirst().orElse(""));
			}
			judge(path, name, found);
			return page;
		}

		private void judge(String path, String screenshot, List<String> found) {
			String page = URI.create(path.startsWith("http") ? path : url(path)).getPath();
			List<String> unknown = new ArrayList<>();
			for (String fault : found) {
				KnownFailure known = KNOWN.stream()
					.filter((entry) -> entry.matches(this.account.username(), page, fault))
					.findFirst()
					.orElse(null);
				if (known != null) {
					RoleJourneyBrowserTests.this.seen.add(known);
					System.out.printf("KNOWN FAILURE (%s) %s %s: %s — %s%n", known.slice(), this.account.username(),
							path, fault, known.reason());
				}
				else {
					unknown.add(fault);
				}
			}
			assertThat(unknown).as("faults of %s on %s (screenshot %s)", this.account.username(), path, screenshot)
				.isEmpty();
		}

		static String pathAndQuery(String href) {
			URI uri = URI.create(href);
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}

	}

	/** A demo account. */
	record Account(String username, String password) {
	}

	/**
	 * A failure seen on a page and fixed by another change: {@code account} is a user
	 * name or {@code *}, {@code page} a pattern of the page's path, {@code fault} a part
	 * of the fault's text; {@code slice} is the change that fixes it.
	 */
	record KnownFailure(String account, String page, String fault, String reason, String slice) {

		boolean matches(String username, String path, String text) {
			return ("*".equals(this.account) || this.account.equals(username))
					&& Pattern.compile(this.page).matcher(path).matches() && text.contains(this.fault);
		}

	}

}
