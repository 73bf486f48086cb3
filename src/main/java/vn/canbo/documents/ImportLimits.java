package vn.canbo.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded workbook may hold and how long it may wait, under
 * {@code canbo.imports}; every import checks them while it streams the file, before the
 * rows are read (see docs/decisions/014-import-limits.md).
 *
 * @param maxFileSize the largest file accepted
 * @param maxEntries parts of the zip container (a workbook has a few dozen)
 * @param maxExpandedSize the XML parts of one file together, once decompressed
 * @param maxPartSize one XML part other than a worksheet or the shared strings,
 * decompressed
 * @param maxSharedStringsSize the shared strings part, decompressed (they are held in
 * memory while the sheet is read)
 * @param maxSharedStrings the number of shared strings
 * @param minInflateRatio compressed size over decompressed size below which a part is
 * taken for a zip bomb (as POI's {@code ZipSecureFile}), once it is past 1 MB
 * @param maxRows rows of one worksheet
 * @param maxColumns cells of one row, and the highest column a cell may name
 * @param maxCellLength characters of one cell (Excel's own limit is 32,767)
 * @param directory where uploads waiting for their import are kept; blank for the
 * system's temporary directory
 * @param maxPending uploads kept at once, for everyone
 * @param maxPendingPerUser uploads kept at once for one user (the oldest idle one gives
 * way)
 * @param maxPendingSize bytes of the uploads kept at once
 * @param pendingTtl how long an upload nobody uses is kept
 * @param maxConcurrentReads workbooks read at once (each holds at most one row and its
 * shared strings); another read waits up to 30 seconds for its turn, then is refused
 */
@ConfigurationProperties("canbo.imports")
public record ImportLimits(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("1000") int maxEntries,
		@DefaultValue("1GB") DataSize maxExpandedSize, @DefaultValue("32MB") DataSize maxPartSize,
		@DefaultValue("128MB") DataSize maxSharedStringsSize, @DefaultValue("2000000") int maxSharedStrings,
		@DefaultValue("0.01") double minInflateRatio, @DefaultValue("300000") int maxRows,
		@DefaultValue("1000") int maxColumns, @DefaultValue("32767") int maxCellLength,
		@DefaultValue("") String directory, @DefaultValue("20") int maxPending,
		@DefaultValue("3") int maxPendingPerUser, @DefaultValue("1GB") DataSize maxPendingSize,
		@DefaultValue("30m") Duration pendingTtl, @DefaultValue("2") int maxConcurrentReads) {

	/** The defaults above, for code that runs without Spring (tests, tools). */
	public static ImportLimits defaults() {
		return new ImportLimits(DataSize.ofMegabytes(50), 1000, DataSize.ofGigabytes(1), DataSize.ofMegabytes(32),
				DataSize.ofMegabytes(128), 2_000_000, 0.01, 300_000, 1000, 32767, "", 20, 3, DataSize.ofGigabytes(1),
				Duration.ofMinutes(30), 2);
	}

	/** The same limits with another row cap. */
	public ImportLimits withMaxRows(int rows) {
		return new ImportLimits(this.maxFileSize, this.maxEntries, this.maxExpandedSize, this.maxPartSize,
				this.maxSharedStringsSize, this.maxSharedStrings, this.minInflateRatio, rows, this.maxColumns,
				this.maxCellLength, this.directory, this.maxPending, this.maxPendingPerUser, this.maxPendingSize,
				this.pendingTtl, this.maxConcurrentReads);
	}

}
