package vn.canbo.documents;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every upload passes the import limits before a reader opens it: zip bombs, a sheet of
 * millions of rows, over-long cells and files that are no .xlsx are refused with the
 * reason; the uploads kept on disk are bounded and cleaned.
 */
class UploadedSheetsTests {

	@TempDir
	Path directory;

	private UploadedSheets uploads;

	@AfterEach
	void cleanUp() {
		if (this.uploads != null) {
			this.uploads.deleteAll();
		}
	}

	@Test
	void refusesTheSharedStringBombAtItsFirstLongText() {
		byte[] bomb = HostileWorkbooks.sharedStringBomb();
		assertThat(bomb.length).isLessThan(4 << 20);
		assertRefused(bomb, "documents.import.text-too-long");
	}

	@Test
	void refusesTheHugeCellBombNamingTheCell() {
		assertThat(refusal(defaults(), HostileWorkbooks.hugeCellBomb()).messageArguments()).startsWith("A2");
	}

	@Test
	void refusesBombsByTheirCompressionRatioPastTheFirstMegabyte() {
		ImportLimits anyLength = limits(DataSize.ofGigabytes(1), DataSize.ofMegabytes(256), 0.01, Integer.MAX_VALUE);
		assertRefused(anyLength, HostileWorkbooks.sharedStringBomb(), "documents.import.zip-bomb");
		assertRefused(anyLength, HostileWorkbooks.hugeCellBomb(), "documents.import.zip-bomb");
	}

	@Test
	void refusesBombsByTheirDecompressedSizeWhenNoRatioIsSet() {
		ImportLimits noRatio = limits(DataSize.ofMegabytes(64), DataSize.ofMegabytes(32), 0, Integer.MAX_VALUE);
		assertRefused(noRatio, HostileWorkbooks.sharedStringBomb(), "documents.import.part-too-large");
		assertRefused(noRatio, HostileWorkbooks.hugeCellBomb(), "documents.import.expanded-too-large");
	}

	@Test
	void refusesASheetOfFiveMillionRowsAtTheRowCap() {
		byte[] sheet = HostileWorkbooks.manyRows(5_000_000);
		assertRefused(sheet, "documents.import.too-many-rows");
	}

	@Test
	void acceptsASheetAtTheRowCapAndReadsIt() {
		ImportLimits limits = ImportLimits.defaults().withMaxRows(1001);
		this.uploads = new UploadedSheets(limits, Clock.systemUTC());
		try (UploadedSheet sheet = this.uploads.accept(new ByteArrayInputStream(HostileWorkbooks.manyRows(1000)),
				"nhap"); XlsxRows rows = XlsxRows.open(sheet)) {
			assertThat(rows.headers()).containsExactly("Họ và tên", "Ngày sinh", "Giới tính");
			assertThat(rows.rows().count()).isEqualTo(1000);
		}
		assertRefused(limits, HostileWorkbooks.manyRows(1001), "documents.import.too-many-rows");
	}

	@Test
	void refusesACellLongerThanExcelAllowsAndAColumnPastTheCap() {
		this.uploads = new UploadedSheets(ImportLimits.defaults(), Clock.systemUTC());
		this.uploads.accept(new ByteArrayInputStream(HostileWorkbooks.longCell(32767)), "nhap").close();
		assertThat(refusal(defaults(), HostileWorkbooks.longCell(32768)).messageKey())
			.isEqualTo("documents.import.cell-too-long");
		assertRefused(HostileWorkbooks.farColumn(), "documents.import.too-many-columns");
	}

	@Test
	void namesWhatIsWrongWithFilesThatAreNoWorkbook() {
		byte[] valid = HostileWorkbooks.manyRows(100);
		assertRefused(new byte[0], "documents.import.file-empty");
		assertRefused(HostileWorkbooks.pdf(), "documents.import.file-unreadable");
		assertRefused(HostileWorkbooks.randomBytes(), "documents.import.file-unreadable");
		assertRefused(HostileWorkbooks.xls(), "documents.import.file-old-format");
		assertRefused(HostileWorkbooks.truncated(valid), "documents.import.file-damaged");
		assertRefused("Họ và tên;Ngày sinh\nNguyễn Văn A;1/1/1980\n".getBytes(), "documents.import.file-unreadable");
	}

	@Test
	void refusesAFileLargerThanTheLimitWhileCopyingIt() {
		ImportLimits small = new ImportLimits(DataSize.ofKilobytes(32), 1000, DataSize.ofGigabytes(1),
				DataSize.ofMegabytes(32), DataSize.ofMegabytes(256), 2_000_000, 0.01, 300_000, 1000, 32767,
				this.directory.toString(), 20, 3, DataSize.ofGigabytes(1), Duration.ofMinutes(30), 2);
		assertRefused(small, HostileWorkbooks.randomBytes(), "documents.import.file-too-large");
		assertThat(filesIn(this.directory)).isEmpty();
	}

	@Test
	void keepsUploadsOnDiskUntilClosedAndForgetsStaleOnes() {
		MutableClock clock = new MutableClock();
		this.uploads = new UploadedSheets(limits(20, 3), clock);
		UploadedSheet first = accept("mot");
		UploadedSheet second = accept("mot");
		assertThat(filesIn(this.directory)).hasSize(2);
		first.close();
		assertThat(first.kept()).isFalse();
		assertThat(filesIn(this.directory)).hasSize(1);
		assertThatThrownBy(() -> XlsxRows.open(first)).isInstanceOf(XlsxImportException.class)
			.extracting((ex) -> ((XlsxImportException) ex).messageKey())
			.isEqualTo("documents.import.upload-gone");
		clock.advance(Duration.ofMinutes(31));
		this.uploads.sweep();
		assertThat(second.kept()).isFalse();
		assertThat(filesIn(this.directory)).isEmpty();
		assertThat(this.uploads.keptCount()).isZero();
	}

	@Test
	void boundsTheUploadsKeptPerUserAndInAll() {
		this.uploads = new UploadedSheets(limits(4, 2), Clock.systemUTC());
		UploadedSheet first = accept("mot");
		UploadedSheet second = accept("mot");
		UploadedSheet third = accept("mot");
		// At a user's cap, the user's oldest idle upload gives way.
		assertThat(first.kept()).isFalse();
		assertThat(second.kept()).isTrue();
		assertThat(third.kept()).isTrue();
		try (XlsxRows reading = XlsxRows.open(second); XlsxRows alsoReading = XlsxRows.open(third)) {
			assertThatThrownBy(() -> accept("mot")).extracting((ex) -> ((XlsxImportException) ex).messageKey())
				.isEqualTo("documents.import.uploads-busy");
		}
		accept("hai");
		accept("hai");
		assertThatThrownBy(() -> accept("ba")).extracting((ex) -> ((XlsxImportException) ex).messageKey())
			.isEqualTo("documents.import.uploads-full");
		assertThat(filesIn(this.directory)).hasSize(4);
	}

	@Test
	void readsAtMostTheConfiguredNumberOfWorkbooksAtOnce() throws Exception {
		ImportLimits defaults = ImportLimits.defaults();
		this.uploads = new UploadedSheets(
				new ImportLimits(defaults.maxFileSize(), defaults.maxEntries(), defaults.maxExpandedSize(),
						defaults.maxPartSize(), defaults.maxSharedStringsSize(), defaults.maxSharedStrings(),
						defaults.minInflateRatio(), defaults.maxRows(), defaults.maxColumns(), defaults.maxCellLength(),
						this.directory.toString(), 20, 3, defaults.maxPendingSize(), Duration.ofMinutes(30), 1),
				Clock.systemUTC());
		UploadedSheet first = accept("mot");
		UploadedSheet second = accept("hai");
		java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
		Thread other;
		try (XlsxRows reading = XlsxRows.open(first)) {
			other = new Thread(() -> {
				try (XlsxRows waiting = XlsxRows.open(second)) {
					opened.countDown();
				}
			});
			other.start();
			// The second read waits for the first to end.
			assertThat(opened.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)).isFalse();
		}
		assertThat(opened.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		other.join();
	}

	private UploadedSheet accept(String owner) {
		return this.uploads.accept(new ByteArrayInputStream(HostileWorkbooks.manyRows(10)), owner);
	}

	private ImportLimits limits(int pending, int perUser) {
		ImportLimits defaults = ImportLimits.defaults();
		return new ImportLimits(defaults.maxFileSize(), defaults.maxEntries(), defaults.maxExpandedSize(),
				defaults.maxPartSize(), defaults.maxSharedStringsSize(), defaults.maxSharedStrings(),
				defaults.minInflateRatio(), defaults.maxRows(), defaults.maxColumns(), defaults.maxCellLength(),
				this.directory.toString(), pending, perUser, defaults.maxPendingSize(), Duration.ofMinutes(30), 2);
	}

	private ImportLimits defaults() {
		ImportLimits defaults = ImportLimits.defaults();
		return limits(defaults.maxExpandedSize(), defaults.maxSharedStringsSize(), defaults.minInflateRatio(),
				defaults.maxCellLength());
	}

	private ImportLimits limits(DataSize expanded, DataSize sharedStrings, double ratio, int cellLength) {
		ImportLimits defaults = ImportLimits.defaults();
		return new ImportLimits(defaults.maxFileSize(), defaults.maxEntries(), expanded, defaults.maxPartSize(),
				sharedStrings, defaults.maxSharedStrings(), ratio, defaults.maxRows(), defaults.maxColumns(),
				cellLength, this.directory.toString(), 20, 3, defaults.maxPendingSize(), Duration.ofMinutes(30), 2);
	}

	private void assertRefused(byte[] file, String messageKey) {
		assertRefused(defaults(), file, messageKey);
	}

	private void assertRefused(ImportLimits limits, byte[] file, String messageKey) {
		assertThat(refusal(limits, file).messageKey()).isEqualTo(messageKey);
	}

	/**
	 * Why the file is refused; the time and heap printed for the report, not asserted.
	 */
	private XlsxImportException refusal(ImportLimits limits, byte[] file) {
		UploadedSheets sheets = new UploadedSheets(limits, Clock.systemUTC());
		try {
			Runtime runtime = Runtime.getRuntime();
			long started = System.nanoTime();
			XlsxImportException refusal = null;
			try {
				sheets.accept(new ByteArrayInputStream(file), "nhap").close();
			}
			catch (XlsxImportException ex) {
				refusal = ex;
			}
			System.out.printf("%,d bytes: %s in %d ms, heap in use %d MB%n", file.length,
					(refusal == null) ? "accepted" : refusal.messageKey(), (System.nanoTime() - started) / 1_000_000,
					(runtime.totalMemory() - runtime.freeMemory()) >> 20);
			assertThat(refusal).as("the refusal").isNotNull();
			assertThat(sheets.keptCount()).isZero();
			assertThat(filesIn(this.directory)).isEmpty();
			return refusal;
		}
		finally {
			sheets.deleteAll();
		}
	}

	private static List<Path> filesIn(Path directory) {
		try (var files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A clock the test moves forward. */
	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-03-01T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
