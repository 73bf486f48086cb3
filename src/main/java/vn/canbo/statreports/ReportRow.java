package vn.canbo.statreports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of a report: a unit (its own people, or a child's whole subtree) or the total,
 * with one value per column of the form; null where the column has no data.
 *
 * @param unitId the unit (the reported unit itself for its own row and the total)
 * @param code the unit's code
 * @param name the unit's name
 * @param own whether the row holds the reported unit's own people, not a child's
 * @param values per column, in the form's order
 */
public record ReportRow(long unitId, String code, String name, boolean own, List<@Nullable Long> values) {

	public ReportRow {
		values = Collections.unmodifiableList(new ArrayList<>(values));
	}

	/** The value in the column at the index (0-based); null when it has no data. */
	public @Nullable Long value(int index) {
		return this.values.get(index);
	}

}
