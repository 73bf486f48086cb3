package vn.canbo.unitstandards.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.unitstandards.UnitKind;

/** The parameters the pages and the API share. */
final class UnitParams {

	private UnitParams() {
	}

	/** The kind named, null when blank; an unknown one names the field. */
	static @Nullable UnitKind kind(@Nullable String kind) {
		UnitKind parsed = UnitKind.parse(kind);
		if (parsed == null && kind != null && !kind.isBlank()) {
			throw new InvalidInputException(List.of(FieldProblem.of("kind", "unitstandards.error.kind")));
		}
		return parsed;
	}

}
