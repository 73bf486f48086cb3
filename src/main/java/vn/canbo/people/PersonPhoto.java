package vn.canbo.people;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;

/**
 * The portrait on a record (ảnh 4×6 of the 2C form), a JPEG or PNG image.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param content the image's bytes
 */
public record PersonPhoto(String contentType, byte[] content) {

	/** The largest photo accepted: a scanned 4×6 portrait is far smaller. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/**
	 * The photo in the bytes, its type told by their first bytes, since the type a
	 * browser sends cannot be trusted.
	 * @throws InvalidInputException if it is empty, too large, or neither JPEG nor PNG
	 */
	public static PersonPhoto of(byte[] content) {
		if (content.length == 0) {
			throw invalid("peopleui.photo.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw invalid("peopleui.photo.error.tooLarge");
		}
		if (startsWith(content, JPEG)) {
			return new PersonPhoto("image/jpeg", content);
		}
		if (startsWith(content, PNG)) {
			return new PersonPhoto("image/png", content);
		}
		throw invalid("peopleui.photo.error.type");
	}

	/** The image inline, for an {@code <img src>} in a rendered document. */
	public String dataUri() {
		return "data:" + this.contentType + ";base64," + Base64.getEncoder().encodeToString(this.content);
	}

	/** What the audit trail keeps of a photo: its type, size and fingerprint. */
	Map<String, Object> summary() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.content);
			return Map.of("contentType", this.contentType, "bytes", this.content.length, "sha256",
					HexFormat.of().formatHex(digest));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static InvalidInputException invalid(String messageKey) {
		return new InvalidInputException(List.of(FieldProblem.of("photo", messageKey)));
	}

}
