package vn.canbo.audit;

import org.jspecify.annotations.Nullable;

/**
 * One top-level field of an audited record, before and after the change, for side-by-side
 * display.
 *
 * @param field the field name
 * @param before the value before as text (JSON for nested values); null if absent
 * @param after the value after as text (JSON for nested values); null if absent
 * @param changed whether the values differ
 */
public record AuditFieldChange(String field, @Nullable String before, @Nullable String after, boolean changed) {

}
