package vn.canbo.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.DataChanged;

/**
 * Filters for the audit trail; a null (or blank) filter matches everything.
 *
 * @param entityType exact entity type, e.g. {@code OrgUnit}
 * @param entityId exact entity identifier
 * @param actor exact username of who made the change
 * @param action what happened
 * @param from first day (inclusive, Vietnam time)
 * @param to last day (inclusive, Vietnam time)
 * @param text free text searched (case-insensitively) in the type, id, actor and the
 * before/after values
 */
public record AuditQuery(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
		DataChanged.@Nullable Action action, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {

	public AuditQuery {
		entityType = trimToNull(entityType);
		entityId = trimToNull(entityId);
		actor = trimToNull(actor);
		text = trimToNull(text);
	}

	/** No filter at all: the whole trail the caller may see. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

	/** The history of one thing. */
	public static AuditQuery of(String entityType, String entityId) {
		return new AuditQuery(entityType, entityId, null, null, null, null, null);
	}

	private static @Nullable String trimToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
