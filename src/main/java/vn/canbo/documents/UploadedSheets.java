package vn.canbo.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The one way an uploaded workbook comes into CanBo: it is written to a file of this
 * process's upload directory (never kept in memory), checked against the
 * {@link ImportLimits} while streaming, and kept while its import needs it. The files
 * kept are bounded in number (in all and per user) and in bytes; those nobody used for
 * {@link ImportLimits#pendingTtl()} are deleted, and so is the directory at shutdown
 * (and, at the next start, what a crashed process left a day ago or more).
 */
@Component
@EnableConfigurationProperties(ImportLimits.class)
public class UploadedSheets {

	private static final Duration LEFTOVER_AGE = Duration.ofDays(1);

	private static final Duration READ_WAIT = Duration.ofSeconds(30);

	private final ImportLimits limits;

	private final Clock clock;

	private final Path directory;

	private final List<UploadedSheet> kept = new ArrayList<>();

	private final Semaphore reads;

	public UploadedSheets(ImportLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
		this.reads = new Semaphore(limits.maxConcurrentReads(), true);
		this.directory = createDirectory(limits, clock);
	}

	/** The limits every upload is checked against. */
	public ImportLimits limits() {
		return this.limits;
	}

	/**
	 * Writes the upload to disk and checks it; the caller closes the sheet when done.
	 * @param owner the user name the upload counts against
	 * @throws XlsxImportException when the file is refused or no more uploads may be kept
	 */
	public UploadedSheet accept(InputStream in, String owner) {
		sweep();
		synchronized (this) {
			makeRoom(owner, 0);
		}
		Path file;
		try {
			file = Files.createTempFile(this.directory, "upload-", ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			long size = copy(in, file);
			XlsxInspection.check(file, this.limits);
			synchronized (this) {
				makeRoom(owner, size);
				UploadedSheet sheet = new UploadedSheet(owner, file, size, now(), this);
				this.kept.add(sheet);
				return sheet;
			}
		}
		catch (RuntimeException ex) {
			deleteQuietly(file);
			throw ex;
		}
	}

	/** The number of uploads kept now, for everyone. */
	public synchronized int keptCount() {
		return this.kept.size();
	}

	/** Deletes the uploads nobody used for longer than the limits allow. */
	@Scheduled(fixedDelayString = "PT1M")
	public void sweep() {
		Instant oldest = now().minus(this.limits.pendingTtl());
		List<UploadedSheet> stale;
		synchronized (this) {
			stale = this.kept.stream().filter((sheet) -> sheet.idle() && sheet.lastUsed().isBefore(oldest)).toList();
		}
		stale.forEach(this::forget);
	}

	@PreDestroy
	void deleteAll() {
		List<UploadedSheet> all;
		synchronized (this) {
			all = List.copyOf(this.kept);
		}
		all.forEach((sheet) -> sheet.delete(true));
		FileSystemUtils.deleteRecursively(this.directory.toFile());
	}

	void forget(UploadedSheet sheet) {
		sheet.delete(true);
		synchronized (this) {
			this.kept.remove(sheet);
		}
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * Waits for a turn to read a workbook: reads at once are bounded, so is the memory
	 * they hold.
	 */
	void startReading() {
		try {
			if (this.reads.tryAcquire(READ_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new XlsxImportException("documents.import.busy", this.limits.maxConcurrentReads());
	}

	void stopReading() {
		this.reads.release();
	}

	/**
	 * Frees a place for one more upload of the owner: the owner's oldest idle upload
	 * gives way at the owner's cap; at the overall caps the upload is refused.
	 */
	private void makeRoom(String owner, long size) {
		List<UploadedSheet> own = this.kept.stream().filter((sheet) -> sheet.owner().equals(owner)).toList();
		if (own.size() >= this.limits.maxPendingPerUser()) {
			UploadedSheet oldest = own.stream()
				.filter(UploadedSheet::idle)
				.min(Comparator.comparing(UploadedSheet::lastUsed))
				.orElseThrow(() -> new XlsxImportException("documents.import.uploads-busy",
						this.limits.maxPendingPerUser()));
			oldest.delete(false);
			this.kept.remove(oldest);
		}
		long bytes = this.kept.stream().mapToLong(UploadedSheet::size).sum();
		if (this.kept.size() >= this.limits.maxPending() || bytes + size > this.limits.maxPendingSize().toBytes()) {
			throw new XlsxImportException("documents.import.uploads-full", this.limits.maxPending());
		}
	}

	private long copy(InputStream in, Path file) {
		long max = this.limits.maxFileSize().toBytes();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				total += read;
				if (total > max) {
					throw new XlsxImportException("documents.import.file-too-large",
							XlsxInspection.shown(this.limits.maxFileSize()));
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new XlsxImportException("documents.import.file-unreadable");
		}
		return total;
	}

	private static Path createDirectory(ImportLimits limits, Clock clock) {
		Path base = limits.directory().isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "canbo-imports")
				: Path.of(limits.directory());
		try {
			Files.createDirectories(base);
			removeLeftovers(base, clock.instant().minus(LEFTOVER_AGE));
			return Files.createTempDirectory(base, "run-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Directories of processes that ended without cleaning up (another may be running).
	 */
	private static void removeLeftovers(Path base, Instant age) throws IOException {
		FileTime before = FileTime.from(age);
		try (Stream<Path> runs = Files.list(base)) {
			for (Path run : runs.toList()) {
				if (run.getFileName().toString().startsWith("run-")
						&& Files.getLastModifiedTime(run).compareTo(before) < 0) {
					FileSystemUtils.deleteRecursively(run);
				}
			}
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Swept with the directory.
		}
	}

}
