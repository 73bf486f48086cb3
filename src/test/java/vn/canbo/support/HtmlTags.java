package vn.canbo.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one tag of a rendered page, for web tests that follow what the page itself sends
 * (an htmx address, a field's name) rather than repeat it.
 */
public final class HtmlTags {

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

	private HtmlTags() {
	}

	/** The opening tag of the input with that id; fails when the page has none. */
	public static String input(String html, String id) {
		Matcher tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		if (!tag.find()) {
			throw new AssertionError("no input #" + id + " on the page");
		}
		return tag.group();
	}

	/** The attribute's value in the tag, entities of an address decoded. */
	public static String attribute(String tag, String name) {
		Matcher attribute = ATTRIBUTE.matcher(tag);
		while (attribute.find()) {
			if (attribute.group(1).equals(name)) {
				return attribute.group(2).replace("&amp;", "&");
			}
		}
		throw new AssertionError("no " + name + " in " + tag);
	}

}
