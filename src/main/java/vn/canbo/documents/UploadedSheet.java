package vn.canbo.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An uploaded workbook that passed the {@link ImportLimits}, kept on disk (never in
 * memory) until its import is done with it: {@link #close()} deletes it, and
 * {@link UploadedSheets} deletes it too when nobody used it for a while or room is
 * needed.
 */
public final class UploadedSheet implements AutoCloseable {

	private final String owner;

	private final Path file;

	private final long size;

	private final UploadedSheets sheets;

	private final AtomicInteger readers = new AtomicInteger();

	private volatile Instant lastUsed;

	private volatile boolean deleted;

	UploadedSheet(String owner, Path file, long size, Instant now, UploadedSheets sheets) {
		this.owner = owner;
		this.file = file;
		this.size = size;
		this.lastUsed = now;
		this.sheets = sheets;
	}

	/** The user who uploaded it. */
	public String owner() {
		return this.owner;
	}

	/** Its size in bytes. */
	public long size() {
		return this.size;
	}

	/** Whether it is still kept (false once deleted, by its owner or as stale). */
	public boolean kept() {
		return !this.deleted;
	}

	/** Deletes the file; a later read is refused with a message to upload it again. */
	@Override
	public void close() {
		this.sheets.forget(this);
	}

	/** Opens the file for a reader; refused once deleted. */
	Path acquire() {
		this.sheets.startReading();
		synchronized (this) {
			if (this.deleted) {
				this.sheets.stopReading();
				throw new XlsxImportException("documents.import.upload-gone");
			}
			this.readers.incrementAndGet();
			this.lastUsed = this.sheets.now();
		}
		return this.file;
	}

	void release() {
		this.readers.decrementAndGet();
		this.lastUsed = this.sheets.now();
		this.sheets.stopReading();
	}

	boolean idle() {
		return this.readers.get() == 0;
	}

	Instant lastUsed() {
		return this.lastUsed;
	}

	/** Deletes the file unless a reader has it open; true when deleted. */
	synchronized boolean delete(boolean evenIfRead) {
		if (this.deleted) {
			return true;
		}
		if (!evenIfRead && !idle()) {
			return false;
		}
		this.deleted = true;
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			// Left for the sweep of the directory at the next start.
		}
		return true;
	}

}
