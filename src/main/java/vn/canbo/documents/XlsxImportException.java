package vn.canbo.documents;

import vn.canbo.shared.DomainException;

/**
 * The file as a whole cannot be imported (not an .xlsx, no such sheet, no header row);
 * problems of single cells are {@link CellProblem}s instead.
 */
public class XlsxImportException extends DomainException {

	public XlsxImportException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
