package vn.canbo.shared;

import java.util.List;

/**
 * One page of a longer list, with the total number of matches.
 *
 * @param items the page's items
 * @param total how many items match in all
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record PageResult<T>(List<T> items, long total, int page, int size) {

	public PageResult {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return this.size == 0 ? 0 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
