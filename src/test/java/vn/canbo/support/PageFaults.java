package vn.canbo.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;

/**
 * What went wrong in a tab while a page was shown: error answers (4xx, 5xx) to any
 * request (the page, its resources and its htmx calls), console errors, uncaught script
 * errors, and {@code ??key??} texts of messages missing from a bundle, and the layout
 * faults of {@link #LAYOUT}. Attach once to a tab, then {@link #settle()} after each
 * navigation and {@link #take()} what was seen since the last take.
 */
public final class PageFaults {

	/** How Thymeleaf renders a message key no bundle holds: {@code ??key_vi??}. */
	static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^\\s?<>\"']+\\?\\?");

	/**
	 * Layout faults: the menu pushing the account and the sign-out button off the screen,
	 * and a page so long that a list in it has no pages.
	 */
	static final String LAYOUT = """
			() => {
			  const faults = [];
			  const height = document.documentElement.scrollHeight;
			  if (height > %d) {
			    faults.push('page ' + height + ' px tall: a list without pages');
			  }
			  const signOut = document.querySelector('nav form[action$="/logout"] button');
			  if (signOut && signOut.getBoundingClientRect().right > window.innerWidth) {
			    faults.push('sign-out button off screen: the menu is wider than the window');
			  }
			  return faults;
			}""".formatted(BrowserSession.SCREENSHOT_HEIGHT);

	private final Page page;

	private final List<String> faults = new ArrayList<>();

	private PageFaults(Page page) {
		this.page = page;
	}

	/** Starts watching the tab. */
	public static PageFaults watch(Page page) {
		PageFaults faults = new PageFaults(page);
		page.onResponse((response) -> {
			if (response.status() >= 400) {
				faults.add(
						"HTTP " + response.status() + " " + response.request().method() + " " + pathOf(response.url()));
			}
		});
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				faults.add("console error: " + message.text() + " (" + pathOf(message.location()) + ")");
			}
		});
		page.onPageError((error) -> faults.add("page error: " + error));
		return faults;
	}

	/**
	 * Waits until the page's own requests (htmx loads included) are over, then reads its
	 * HTML for missing message keys. A page that keeps polling is read after ten seconds.
	 */
	public void settle() {
		try {
			this.page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(10_000));
		}
		catch (PlaywrightException ex) {
			// A progress bar polls for ever: what has loaded by now is judged.
		}
		@SuppressWarnings("unchecked")
		List<String> layout = (List<String>) this.page.evaluate(LAYOUT);
		layout.forEach(this::add);
		Matcher missing = MISSING_MESSAGE.matcher(this.page.content());
		while (missing.find()) {
			add("missing message " + missing.group());
		}
	}

	/** The faults seen since the last call, each once, in the order seen. */
	public synchronized List<String> take() {
		List<String> taken = this.faults.stream().distinct().toList();
		this.faults.clear();
		return taken;
	}

	private synchronized void add(String fault) {
		this.faults.add(fault);
	}

	static String pathOf(String url) {
		if (url == null || !url.startsWith("http")) {
			return String.valueOf(url);
		}
		URI uri = URI.create(url);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

}
