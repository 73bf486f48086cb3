package vn.canbo.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Checks an uploaded workbook against the {@link ImportLimits} before the Excel reader
 * opens it: the file's kind, the zip container, and every XML part the reader could read,
 * decompressed as a stream and parsed with a reader that never holds more than a segment
 * of text. It stops at the first limit passed, so a zip bomb costs about a megabyte of
 * decompression and a sheet of millions of rows the rows up to the cap.
 *
 * <p>
 * Why not in the reader itself: fastexcel-reader decompresses and parses without any
 * limit (its XML parser, Aalto, reads a whole text or attribute into memory, and it sizes
 * a row by the highest column a cell names), so what it will read is checked first.
 */
final class XlsxInspection {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/** Parts smaller than this are not judged by their compression ratio. */
	private static final long RATIO_GRACE = 1 << 20;

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final XMLInputFactory XML = xmlFactory();

	private final ImportLimits limits;

	/** A tag (with its attributes), comment or processing instruction, in bytes. */
	private final long maxMarkup;

	private final Set<String> overrides = new HashSet<>();

	private long expanded;

	private XlsxInspection(ImportLimits limits) {
		this.limits = limits;
		this.maxMarkup = Math.max(64 * 1024, 4L * limits.maxCellLength());
	}

	/**
	 * Refuses the file, with the reason as an {@link XlsxImportException}, unless it is
	 * an .xlsx within the limits.
	 */
	static void check(Path file, ImportLimits limits) {
		new XlsxInspection(limits).inspect(file);
	}

	private void inspect(Path file) {
		long size;
		byte[] head = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			size = Files.size(file);
			read = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new XlsxImportException("documents.import.file-unreadable");
		}
		if (size == 0) {
			throw new XlsxImportException("documents.import.file-empty");
		}
		if (size > this.limits.maxFileSize().toBytes()) {
			throw new XlsxImportException("documents.import.file-too-large", shown(this.limits.maxFileSize()));
		}
		if (read >= OLE2.length && Arrays.equals(head, 0, OLE2.length, OLE2, 0, OLE2.length)) {
			throw new XlsxImportException("documents.import.file-old-format");
		}
		if (read < ZIP.length || !Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length)) {
			throw new XlsxImportException("documents.import.file-unreadable");
		}
		checkDirectory(file);
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			ZipArchiveEntry contentTypes = zip.getEntry(CONTENT_TYPES);
			if (contentTypes == null) {
				throw new XlsxImportException("documents.import.file-unreadable");
			}
			scan(zip, contentTypes);
			for (ZipArchiveEntry entry : (Iterable<ZipArchiveEntry>) () -> zip.getEntries().asIterator()) {
				if (!entry.getName().equals(CONTENT_TYPES) && readByExcelReader(entry.getName())) {
					scan(zip, entry);
				}
			}
		}
		catch (IOException ex) {
			throw new XlsxImportException("documents.import.file-damaged");
		}
	}

	/**
	 * The number of parts and their names, with the JDK's reader, which keeps the central
	 * directory as one array: a container of a million empty parts is refused before a
	 * reader builds an object for each.
	 */
	private void checkDirectory(Path file) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			if (zip.size() > this.limits.maxEntries()) {
				throw new XlsxImportException("documents.import.too-many-parts", zip.size(), this.limits.maxEntries());
			}
			Set<String> names = new HashSet<>();
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				if (!names.add(entries.nextElement().getName())) {
					// Two parts of one name: which one a reader takes is not defined.
					throw new XlsxImportException("documents.import.file-damaged");
				}
			}
		}
		catch (ZipException ex) {
			throw new XlsxImportException("documents.import.file-damaged");
		}
		catch (IOException ex) {
			throw new XlsxImportException("documents.import.file-unreadable");
		}
	}

	/**
	 * XML parts and whatever the content types name (the reader finds the workbook, its
	 * sheets, styles and shared strings through them, whatever their file names).
	 */
	private boolean readByExcelReader(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels") || this.overrides.contains("/" + name)
				|| this.overrides.contains(name);
	}

	private void scan(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		String name = entry.getName();
		if (!zip.canReadEntryData(entry)) {
			throw new XlsxImportException("documents.import.file-damaged");
		}
		try (InputStream raw = zip.getInputStream(entry);
				GuardedPart part = new GuardedPart(raw, name, entry.getCompressedSize())) {
			XMLStreamReader xml = XML.createXMLStreamReader(part);
			try {
				walk(xml, name);
			}
			finally {
				xml.close();
			}
			this.expanded += part.count;
		}
		catch (XMLStreamException ex) {
			XlsxImportException limit = limitIn(ex);
			if (limit != null) {
				throw limit;
			}
			throw new XlsxImportException("documents.import.part-invalid", name);
		}
		catch (LimitPassed ex) {
			throw ex.refusal;
		}
	}

	private void walk(XMLStreamReader xml, String part) throws XMLStreamException {
		boolean contentTypes = part.equals(CONTENT_TYPES);
		long rows = 0;
		long cells = 0;
		long strings = 0;
		long text = 0;
		boolean inCell = false;
		@Nullable String cell = null;
		@Nullable String row = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String element = xml.getLocalName();
				switch (element) {
					case "row" -> {
						rows++;
						if (rows > this.limits.maxRows()) {
							throw new XlsxImportException("documents.import.too-many-rows", this.limits.maxRows());
						}
						cells = 0;
						row = xml.getAttributeValue(null, "r");
					}
					case "c" -> {
						cells++;
						cell = xml.getAttributeValue(null, "r");
						if (cells > this.limits.maxColumns()
								|| (cell != null && columnOf(cell) > this.limits.maxColumns())) {
							throw new XlsxImportException("documents.import.too-many-columns",
									(row != null) ? row : Long.toString(rows), this.limits.maxColumns());
						}
					}
					case "si" -> {
						strings++;
						if (strings > this.limits.maxSharedStrings()) {
							throw new XlsxImportException("documents.import.too-many-strings",
									this.limits.maxSharedStrings());
						}
						cell = null;
					}
					case "Override" -> {
						if (contentTypes) {
							String name = xml.getAttributeValue(null, "PartName");
							if (name != null) {
								this.overrides.add(name);
							}
						}
					}
					default -> {
					}
				}
				if (element.equals("c") || element.equals("si")) {
					inCell = true;
					text = 0;
				}
				else if (!inCell) {
					text = 0;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String element = xml.getLocalName();
				if (element.equals("c") || element.equals("si")) {
					inCell = false;
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text += xml.getTextLength();
				if (text > this.limits.maxCellLength()) {
					throw (cell != null)
							? new XlsxImportException("documents.import.cell-too-long", cell,
									this.limits.maxCellLength())
							: new XlsxImportException("documents.import.text-too-long", this.limits.maxCellLength());
				}
			}
			else if (event == XMLStreamConstants.DTD) {
				throw new XlsxImportException("documents.import.part-invalid", part);
			}
		}
	}

	/** The 1-based column of a cell reference such as "AB12"; past any cap if odd. */
	private static long columnOf(String reference) {
		long column = 0;
		int letters = 0;
		for (int i = 0; i < reference.length(); i++) {
			char ch = Character.toUpperCase(reference.charAt(i));
			if (ch < 'A' || ch > 'Z') {
				break;
			}
			if (++letters > 4) {
				return Long.MAX_VALUE;
			}
			column = column * 26 + (ch - 'A' + 1);
		}
		return column;
	}

	private static @Nullable XlsxImportException limitIn(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof LimitPassed passed) {
				return passed.refusal;
			}
			if (cause instanceof XlsxImportException refusal) {
				return refusal;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		if (ex instanceof XMLStreamException stream && stream.getNestedException() != null) {
			return limitIn(stream.getNestedException());
		}
		return null;
	}

	static String shown(DataSize size) {
		long megabytes = size.toMegabytes();
		return (megabytes >= 1024 && megabytes % 1024 == 0) ? (megabytes / 1024) + " GB" : megabytes + " MB";
	}

	private static XMLInputFactory xmlFactory() {
		// The JDK's own parser: not coalescing, it hands long text over in segments of at
		// most 16K characters, so no text is ever held whole.
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	/** A limit passed inside the stream, carried through the XML parser. */
	private static final class LimitPassed extends IOException {

		private final XlsxImportException refusal;

		LimitPassed(XlsxImportException refusal) {
			super(refusal.messageKey());
			this.refusal = refusal;
		}

	}

	/**
	 * A part's decompressed bytes, counted against the size caps and the compression
	 * ratio, and watched for markup (a tag with its attribute values, a comment) longer
	 * than any the reader should hold.
	 */
	private final class GuardedPart extends FilterInputStream {

		private static final int TEXT = 0;

		private static final int OPENED = 1;

		private static final int TAG = 2;

		private static final int QUOTED = 3;

		private static final int SPECIAL = 4;

		private final String name;

		private final long declaredCompressed;

		private final long cap;

		private long count;

		private int state = TEXT;

		private byte quote;

		private long markup;

		private byte previous;

		private byte beforePrevious;

		GuardedPart(InputStream in, String name, long declaredCompressed) {
			super(in);
			this.name = name;
			this.declaredCompressed = declaredCompressed;
			String lower = name.toLowerCase(java.util.Locale.ROOT);
			ImportLimits limits = XlsxInspection.this.limits;
			if (lower.contains("worksheets/")) {
				this.cap = limits.maxExpandedSize().toBytes();
			}
			else if (lower.contains("sharedstrings")) {
				this.cap = limits.maxSharedStringsSize().toBytes();
			}
			else {
				this.cap = limits.maxPartSize().toBytes();
			}
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int read = read(one, 0, 1);
			return (read < 0) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.count += read;
				checkSize();
				for (int i = offset; i < offset + read; i++) {
					watch(buffer[i]);
				}
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			throw new IOException("Parts are read, not skipped");
		}

		private void checkSize() throws LimitPassed {
			ImportLimits limits = XlsxInspection.this.limits;
			if (XlsxInspection.this.expanded + this.count > limits.maxExpandedSize().toBytes()) {
				throw new LimitPassed(new XlsxImportException("documents.import.expanded-too-large",
						shown(limits.maxExpandedSize())));
			}
			if (this.count > this.cap) {
				throw new LimitPassed(new XlsxImportException("documents.import.part-too-large", this.name,
						shown(DataSize.ofBytes(this.cap))));
			}
			if (this.count > RATIO_GRACE) {
				long compressed = (this.in instanceof InputStreamStatistics statistics)
						? statistics.getCompressedCount() : this.declaredCompressed;
				if ((double) compressed / this.count < limits.minInflateRatio()) {
					throw new LimitPassed(new XlsxImportException("documents.import.zip-bomb", this.name,
							Math.round(1 / limits.minInflateRatio())));
				}
			}
		}

		private void watch(byte current) throws LimitPassed {
			switch (this.state) {
				case TEXT -> {
					if (current == '<') {
						this.state = OPENED;
						this.markup = 1;
					}
				}
				case OPENED -> this.state = (current == '!' || current == '?') ? SPECIAL : TAG;
				case TAG -> {
					if (current == '"' || current == '\'') {
						this.state = QUOTED;
						this.quote = current;
					}
					else if (current == '>') {
						this.state = TEXT;
					}
				}
				case QUOTED -> {
					if (current == this.quote) {
						this.state = TAG;
					}
				}
				default -> {
					// A comment, CDATA section or processing instruction ends at "-->",
					// "]]>" or "?>".
					if (current == '>' && ((this.previous == '-' && this.beforePrevious == '-')
							|| (this.previous == ']' && this.beforePrevious == ']') || this.previous == '?')) {
						this.state = TEXT;
					}
				}
			}
			if (this.state != TEXT && ++this.markup > XlsxInspection.this.maxMarkup) {
				throw new LimitPassed(new XlsxImportException("documents.import.markup-too-long", this.name,
						XlsxInspection.this.limits.maxCellLength()));
			}
			this.beforePrevious = this.previous;
			this.previous = current;
		}

	}

}
