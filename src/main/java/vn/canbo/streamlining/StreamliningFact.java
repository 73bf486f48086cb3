package vn.canbo.streamlining;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A case or exclusion an officer declared for a person, with its dates.
 *
 * @param id the declaration
 * @param personId the person
 * @param kind a {@link StreamliningCase} or {@link Exclusion} name
 * @param validFrom first day true
 * @param validTo first day no longer true; null while it lasts
 * @param note what shows it
 * @param createdBy who declared it
 * @param createdAt when
 */
public record StreamliningFact(long id, long personId, String kind, LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable String note, String createdBy, Instant createdAt) {

	/** The label of its kind. */
	public String messageKey() {
		for (StreamliningCase found : StreamliningCase.values()) {
			if (found.name().equals(this.kind)) {
				return found.messageKey();
			}
		}
		return "streamlining.exclusion." + this.kind;
	}

	/** Whether it holds on the day. */
	public boolean holdsOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || day.isBefore(this.validTo));
	}

}
