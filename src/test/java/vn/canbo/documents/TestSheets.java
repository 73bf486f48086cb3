package vn.canbo.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;

/**
 * Opens workbooks that tests download (exports, templates, rejected rows) the way an
 * import opens an upload: checked against the default limits first.
 */
public final class TestSheets {

	private static final UploadedSheets UPLOADS = new UploadedSheets(ImportLimits.defaults(), Clock.systemUTC());

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(UPLOADS::deleteAll));
	}

	private TestSheets() {
	}

	/** The first sheet of the workbook. */
	public static XlsxRows open(byte[] xlsx) {
		return open(new ByteArrayInputStream(xlsx));
	}

	/** The first sheet of the workbook. */
	public static XlsxRows open(InputStream xlsx) {
		return XlsxRows.open(UPLOADS.accept(xlsx, "tests"));
	}

	/** A sheet of the workbook, by options. */
	public static XlsxRows open(byte[] xlsx, XlsxRows.Options options) {
		return XlsxRows.open(UPLOADS.accept(new ByteArrayInputStream(xlsx), "tests"), options);
	}

}
