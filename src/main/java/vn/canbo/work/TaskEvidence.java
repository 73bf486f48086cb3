package vn.canbo.work;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to a progress report as evidence (minh chứng).
 *
 * @param fileName its name as uploaded
 * @param contentType its type as uploaded
 * @param content its bytes
 */
public record TaskEvidence(String fileName, @Nullable String contentType, byte[] content) {
}
