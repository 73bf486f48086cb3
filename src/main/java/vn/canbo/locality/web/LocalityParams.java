package vn.canbo.locality.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.locality.LocalStatus;
import vn.canbo.locality.Locality;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;

/** The parameters the pages and the API share: unit, date, status. */
final class LocalityParams {

	private LocalityParams() {
	}

	static LocalDate day(@Nullable LocalDate asOf, Locality locality) {
		return (asOf != null) ? asOf : locality.today();
	}

	/** The unit by id, else by code, else the caller's scope unit. */
	static long unit(@Nullable Long unitId, @Nullable String code, LocalDate day, Locality locality) {
		if (unitId != null) {
			return unitId;
		}
		if (code != null && !code.isBlank()) {
			return locality.unitIdForCode(code.strip(), day);
		}
		Long scope = locality.scopeUnitId();
		if (scope == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("unit", "locality.error.unit")));
		}
		return scope;
	}

	static @Nullable LocalStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return LocalStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(List.of(FieldProblem.of("status", "locality.error.status")));
		}
	}

}
