package vn.canbo.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.canbo.shared.VietnameseText;

/** The header row of an imported sheet and the mapping of field names onto it. */
record ImportColumns(int headerRowNumber, List<String> headers, Map<String, String> fieldToHeader,
		Map<String, Integer> indexByKey, Map<String, Integer> indexByColumn) {

	ImportColumns(int headerRowNumber, List<String> headers, Map<String, String> fieldToHeader) {
		this(headerRowNumber, List.copyOf(headers), Map.copyOf(fieldToHeader), index(headers),
				new ConcurrentHashMap<>());
	}

	/**
	 * The header a column name stands for: the mapped header of a field, or the name
	 * itself.
	 */
	String headerFor(String column) {
		return this.fieldToHeader.getOrDefault(column, column);
	}

	/** The cell index of the column, or -1; headers match without diacritics and case. */
	int indexOf(String column) {
		// Remembered per column: every cell read asks, and the search key is costly.
		return this.indexByColumn.computeIfAbsent(column,
				(name) -> this.indexByKey.getOrDefault(VietnameseText.searchKey(headerFor(name)), -1));
	}

	private static Map<String, Integer> index(List<String> headers) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			index.putIfAbsent(VietnameseText.searchKey(headers.get(i)), i);
		}
		return index;
	}

}
