package vn.canbo.people;

/**
 * A résumé ready to download.
 *
 * @param fileName the file name in plain ASCII, e.g.
 * {@code SYLL-2C-42-Nguyen-Thi-Hang.pdf}
 * @param displayName the same name with its Vietnamese letters
 * @param contentType the media type
 * @param content the file
 */
public record ResumeFile(String fileName, String displayName, String contentType, byte[] content) {

}
