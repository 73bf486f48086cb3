package vn.canbo.locality;

import java.util.List;

/**
 * Why a derived verdict is what it is, with the names and codes its sentence shows.
 *
 * @param why the grounds
 * @param args the sentence's arguments, as text
 */
public record Reason(Why why, List<String> args) {

	public Reason {
		args = List.copyOf(args);
	}

	/** The message key of the sentence. */
	public String key() {
		return this.why.messageKey();
	}

	static Reason of(Why why, String... args) {
		return new Reason(why, List.of(args));
	}

}
