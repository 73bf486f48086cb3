package vn.canbo.shared;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A half-open validity period {@code [validFrom, validTo)}. A null start means "since
 * before our records"; a null end means "still valid".
 */
public record Period(@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	public Period {
		if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
			throw new IllegalArgumentException("validTo must be after validFrom: " + validFrom + " / " + validTo);
		}
	}

	public static Period from(@Nullable LocalDate validFrom) {
		return new Period(validFrom, null);
	}

	public boolean contains(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || date.isBefore(this.validTo));
	}

	public boolean isOpenEnded() {
		return this.validTo == null;
	}

}
