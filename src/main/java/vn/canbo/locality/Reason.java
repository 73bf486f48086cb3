package vn.canbo.locality;

import java.util.List;

/**
 * Why a verdict is what it is: a message of this module's bundle and its arguments.
 *
 * @param key the message key, {@code locality.why.*}
 * @param args its arguments, as text
 */
public record Reason(String key, List<String> args) {

	public Reason {
		args = List.copyOf(args);
	}

	static Reason of(String name, String... args) {
		return new Reason("locality.why." + name, List.of(args));
	}

}
