package vn.canbo.audit;

import java.util.List;

/**
 * One recorded change with its fields laid out before and after.
 *
 * @param entry the change
 * @param fields every top-level field of the before and after states, sorted by name
 */
public record AuditEntryDetail(AuditEntryView entry, List<AuditFieldChange> fields) {

	public AuditEntryDetail {
		fields = List.copyOf(fields);
	}

}
