package vn.canbo.streamlining;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A declaration as entered.
 *
 * @param kind a {@link StreamliningCase} an officer sets or a declarable
 * {@link Exclusion}
 * @param validFrom first day true (for a young child: the child's birth date)
 * @param validTo first day no longer true (for a young child: computed from the rule)
 * @param note what shows it
 */
public record NewFact(@Nullable String kind, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable String note) {

}
