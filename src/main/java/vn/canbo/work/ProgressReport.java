package vn.canbo.work;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A progress report on a task, with optional evidence.
 *
 * @param progress percent done (0-100)
 * @param note what was done
 * @param done whether the task is now completed
 * @param completedOn when (default today)
 * @param fileName the evidence file's name
 * @param contentType its type
 * @param content its bytes
 */
public record ProgressReport(@Nullable Integer progress, @Nullable String note, boolean done,
		@Nullable LocalDate completedOn, @Nullable String fileName, @Nullable String contentType,
		byte @Nullable [] content) {
}
