package vn.canbo.shared;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One page of a longer list, with the total number of matches: the one way a list longer
 * than a page is read (see docs/decisions/015-lists-and-counts.md). The total comes from
 * a count over the whole scope, never from the length of a capped list.
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

	/** The page number asked for, from 0. */
	public static int page(int asked) {
		return Math.max(asked, 0);
	}

	/** The page size asked for, between 1 and {@code largest}. */
	public static int size(int asked, int largest) {
		return Math.min(Math.max(asked, 1), largest);
	}

	/**
	 * One page of a list already computed whole (for a report whose every row is needed
	 * for its figures anyway).
	 */
	public static <T> PageResult<T> of(List<T> all, int page, int size) {
		int number = page(page);
		int from = (int) Math.min(all.size(), (long) number * size);
		return new PageResult<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), number, size);
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

	/** The position of the page's first item, from 1 (0 when the page is empty). */
	public long first() {
		return this.items.isEmpty() ? 0 : (long) this.page * this.size + 1;
	}

	/** The position of the page's last item, from 1 (0 when the page is empty). */
	public long last() {
		return this.items.isEmpty() ? 0 : (long) this.page * this.size + this.items.size();
	}

	/** The page numbers to offer around this one, from 0. */
	public List<Integer> pagesAround() {
		int pages = Math.max(1, totalPages());
		int from = Math.max(0, Math.min(this.page, pages - 1) - 3);
		int to = Math.min(pages - 1, this.page + 3);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

}
