package vn.canbo.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns the before and after states of a change into JSON and compares them field by
 * field, with the application's own JSON mapper.
 */
@Component
class Snapshots {

	/** The field name used when a state is a single value rather than a record. */
	static final String VALUE = "(value)";

	private final JsonMapper json;

	Snapshots(JsonMapper json) {
		this.json = json;
	}

	@Nullable JsonNode toTree(@Nullable Object state) {
		if (state == null) {
			return null;
		}
		JsonNode tree = this.json.valueToTree(state);
		return (tree == null || tree.isNull()) ? null : tree;
	}

	@Nullable String toText(@Nullable JsonNode tree) {
		return (tree != null) ? this.json.writeValueAsString(tree) : null;
	}

	@Nullable JsonNode parse(@Nullable String text) {
		return (text != null) ? this.json.readTree(text) : null;
	}

	/** The top-level fields whose values differ, sorted by name. */
	List<String> changedFields(@Nullable JsonNode before, @Nullable JsonNode after) {
		return compare(before, after).stream().filter(AuditFieldChange::changed).map(AuditFieldChange::field).toList();
	}

	/**
	 * Every top-level field of either state, sorted by name (jsonb keeps no field order).
	 */
	List<AuditFieldChange> compare(@Nullable JsonNode before, @Nullable JsonNode after) {
		if (!isRecord(before) || !isRecord(after)) {
			if (before == null && after == null) {
				return List.of();
			}
			if (!isRecord(before) && !isRecord(after)) {
				return List
					.of(new AuditFieldChange(VALUE, display(before), display(after), !Objects.equals(before, after)));
			}
		}
		Set<String> names = new TreeSet<>();
		if (isRecord(after)) {
			names.addAll(after.propertyNames());
		}
		if (isRecord(before)) {
			names.addAll(before.propertyNames());
		}
		List<AuditFieldChange> fields = new ArrayList<>(names.size());
		for (String name : names) {
			JsonNode old = field(before, name);
			JsonNode now = field(after, name);
			fields.add(new AuditFieldChange(name, display(old), display(now), !Objects.equals(old, now)));
		}
		return fields;
	}

	private static boolean isRecord(@Nullable JsonNode node) {
		return node != null && node.isObject();
	}

	private static @Nullable JsonNode field(@Nullable JsonNode node, String name) {
		if (!isRecord(node)) {
			return null;
		}
		JsonNode value = node.get(name);
		return (value == null || value.isMissingNode()) ? null : value;
	}

	private static @Nullable String display(@Nullable JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

}
