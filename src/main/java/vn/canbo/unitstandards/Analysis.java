package vn.canbo.unitstandards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A commune or province against the standards in force at a date.
 *
 * @param unitId the unit
 * @param code its official code
 * @param name its name
 * @param asOf the date
 * @param kind the kind that picked the standard
 * @param kindSet whether a user set the kind (else derived from the unit's type)
 * @param figure the figure in force; null when none
 * @param requirements the standards with the unit's share of each
 * @param meets whether every requirement is met; null when a figure is missing (and none
 * is unmet) or the kind has no figure to meet
 * @param band how far below: {@link Band}
 */
public record Analysis(long unitId, String code, String name, LocalDate asOf, UnitKind kind, boolean kindSet,
		@Nullable Figure figure, List<Requirement> requirements, @Nullable Boolean meets, Band band) {

	public Analysis {
		requirements = List.copyOf(requirements);
	}

	public @Nullable BigDecimal areaKm2() {
		return (this.figure == null) ? null : this.figure.areaKm2();
	}

	public @Nullable Integer population() {
		return (this.figure == null) ? null : this.figure.population();
	}

	public String figuresQuality() {
		return (this.figure == null) ? "missing" : this.figure.quality();
	}

	/** The rule version the verdict comes from (of the first requirement). */
	public @Nullable Requirement first() {
		return this.requirements.isEmpty() ? null : this.requirements.get(0);
	}

}
