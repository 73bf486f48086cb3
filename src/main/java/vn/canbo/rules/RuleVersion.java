package vn.canbo.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One version of a legal rule: in force from {@code validFrom} (null: since always) until
 * the next version's {@code validFrom} (null: still in force), with the legal text it
 * comes from and whether that text was verified.
 *
 * @param id the version's identifier
 * @param key the rule
 * @param validFrom first day in force; null when in force since always
 * @param validTo first day no longer in force (the next version's start); null while in
 * force
 * @param citation the legal basis, e.g. "Bộ luật Lao động 2019, Điều 169"
 * @param sourceUrl where the text can be read
 * @param confirmed false when the value is a default that nobody verified against the
 * text yet ("chưa xác minh")
 * @param parameters the rule's values by {@link RuleParameter#name()}
 * @param note a remark for readers
 * @param createdBy who added the version
 * @param createdAt when
 */
public record RuleVersion(long id, RuleKey key, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		String citation, @Nullable String sourceUrl, boolean confirmed, Map<String, Long> parameters,
		@Nullable String note, String createdBy, Instant createdAt) {

	public RuleVersion {
		parameters = Map.copyOf(parameters);
	}

	/** Whether the version is in force on the day (half-open validity). */
	public boolean inForceOn(LocalDate day) {
		return (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validTo == null || day.isBefore(this.validTo));
	}

	/** A parameter's value; fails when the version lacks it. */
	public long parameter(String name) {
		Long value = this.parameters.get(name);
		if (value == null) {
			throw new IllegalStateException("Rule " + this.key + " version " + this.id + " lacks " + name);
		}
		return value;
	}

	int intParameter(String name) {
		return Math.toIntExact(parameter(name));
	}

	/**
	 * The versions ordered by start (since-always first), each closed by its successor's
	 * start.
	 */
	static List<RuleVersion> chained(List<RuleVersion> versions) {
		List<RuleVersion> ordered = versions.stream()
			.sorted(Comparator.comparing(RuleVersion::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
		List<RuleVersion> closed = new ArrayList<>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			LocalDate end = (i + 1 < ordered.size()) ? ordered.get(i + 1).validFrom() : null;
			closed.add(ordered.get(i).until(end));
		}
		return closed;
	}

	private RuleVersion until(@Nullable LocalDate end) {
		return new RuleVersion(this.id, this.key, this.validFrom, end, this.citation, this.sourceUrl, this.confirmed,
				this.parameters, this.note, this.createdBy, this.createdAt);
	}

}
