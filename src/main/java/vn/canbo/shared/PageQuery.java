package vn.canbo.shared;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads one page of a SQL list with its true total: the count over the same filter, then
 * the rows of the page ({@code limit :limit offset :offset}), so a list is never cut
 * silently (docs/decisions/015-lists-and-counts.md).
 */
public final class PageQuery {

	private PageQuery() {
	}

	/**
	 * One page of the rows.
	 * @param count the SQL counting every match ({@code select count(*) from … where …})
	 * @param select the SQL of the rows with the same filter, ending with its
	 * {@code order by} (which must make the order total)
	 * @param params the filter's parameters
	 * @param page the page number, from 0
	 * @param size the page size
	 */
	public static <T> PageResult<T> read(JdbcClient jdbc, String count, String select, Map<String, ?> params, int page,
			int size, RowMapper<T> rows) {
		long total = jdbc.sql(count).params(params).query(Long.class).single();
		List<T> items = jdbc.sql(select + " limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(rows)
			.list();
		return new PageResult<>(items, total, page, size);
	}

}
