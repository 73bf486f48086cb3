package vn.canbo.movements;

import java.util.EnumSet;
import java.util.Set;

/**
 * A circumstance in which a person is not transferred or seconded (NĐ 170/2025 Art.
 * 25(5), applied to secondment by Art. 27), declared by the officer: the records do not
 * hold them. The last two do not bar the move when the person asks for it.
 */
public enum Exclusion {

	/** Under disciplinary review (đang bị xem xét kỷ luật). */
	UNDER_DISCIPLINARY_REVIEW(false),
	/** Investigated, prosecuted or tried, or involved in an inspection. */
	UNDER_INVESTIGATION(false),
	/** Treating a serious illness. */
	SERIOUS_ILLNESS(false),
	/** On long-term study. */
	LONG_TERM_STUDY(false),
	/** Pregnant, on maternity leave or raising a child under 36 months. */
	MATERNITY_OR_YOUNG_CHILD(true),
	/** Especially difficult family circumstances. */
	FAMILY_HARDSHIP(true);

	private final boolean waivedOnRequest;

	Exclusion(boolean waivedOnRequest) {
		this.waivedOnRequest = waivedOnRequest;
	}

	/** Whether the person's own request lifts it. */
	public boolean waivedOnRequest() {
		return this.waivedOnRequest;
	}

	/**
	 * The exclusions that apply to a move: discipline review and investigation to every
	 * move (Luật CBCC 2025 Art. 38(2)), all of them to transfers and secondments.
	 */
	public static Set<Exclusion> applyingTo(MovementType type) {
		return (type == MovementType.ROTATION) ? EnumSet.of(UNDER_DISCIPLINARY_REVIEW, UNDER_INVESTIGATION)
				: EnumSet.allOf(Exclusion.class);
	}

	public String messageKey() {
		return "movements.exclusion." + name();
	}

}
