package vn.canbo.unitstandards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Several units merged into one on paper: their combined figures against the standard of
 * the chosen kind, their staff and quota, and the surplus the merger creates.
 *
 * @param asOf the date
 * @param kind the kind of the merged unit
 * @param units each unit with its own analysis and staff
 * @param areaKm2 the combined area; null when one is unknown
 * @param population the combined population; null when one is unknown
 * @param figuresQuality the weakest quality among the units' figures
 * @param requirements the merged unit against the standard
 * @param meetsFigures whether the combined figures meet it (null when unknown)
 * @param exemptUnits the number of merged units from which the standard need not be met
 * (0: none under the version)
 * @param meets whether the merged unit meets the standards or is exempt
 * @param headcount the people in post in the units
 * @param quota their combined quota; null when none was set
 * @param newQuota the quota the merged unit is given (the user's, else the combined one)
 * @param surplus headcount minus the new quota; null without a quota
 * @param keyTitles per key title, the holders of the units against one unit's slots
 */
public record MergeSimulation(LocalDate asOf, UnitKind kind, List<Member> units, @Nullable BigDecimal areaKm2,
		@Nullable Integer population, String figuresQuality, List<Requirement> requirements,
		@Nullable Boolean meetsFigures, int exemptUnits, @Nullable Boolean meets, long headcount, @Nullable Long quota,
		@Nullable Long newQuota, @Nullable Long surplus, List<KeyTitle> keyTitles) {

	public MergeSimulation {
		units = List.copyOf(units);
		requirements = List.copyOf(requirements);
		keyTitles = List.copyOf(keyTitles);
	}

	/** Whether the merger is exempt by the number of units merged. */
	public boolean exempt() {
		return this.exemptUnits > 0 && this.units.size() >= this.exemptUnits;
	}

	/** The key title holders beyond the merged unit's slots. */
	public long surplusKeyHolders() {
		return this.keyTitles.stream().mapToLong(KeyTitle::surplus).sum();
	}

	/**
	 * One merged unit.
	 *
	 * @param analysis the unit against its own standard
	 * @param headcount its people in post
	 * @param quota its quota; null when none
	 */
	public record Member(Analysis analysis, long headcount, @Nullable Long quota) {

	}

	/**
	 * A key title of the merged units.
	 *
	 * @param code the title
	 * @param name its name
	 * @param slots the slots of one unit (the most any of them has)
	 * @param holders the holders in all the units
	 */
	public record KeyTitle(String code, String name, long slots, long holders) {

		public long surplus() {
			return Math.max(0, this.holders - this.slots);
		}

	}

}
