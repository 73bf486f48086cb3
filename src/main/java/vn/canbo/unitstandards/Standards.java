package vn.canbo.unitstandards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.RuleVersion;

/**
 * The figures a rule version of the unit standards requires of a kind, and a unit's
 * figures measured against them.
 */
final class Standards {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Standards() {
	}

	/**
	 * What a kind must reach: area in km² and population; zero when the version asks no
	 * figure.
	 */
	record Threshold(BigDecimal areaKm2, long population) {

		boolean none() {
			return this.areaKm2.signum() == 0 && this.population == 0;
		}

	}

	/**
	 * The threshold of a kind under the version; a ward's population depends on its
	 * province's kind (NQ 76/2025: centrally-run city, mountainous or border province).
	 */
	static Threshold of(RuleVersion version, UnitKind kind, UnitKind provinceKind) {
		return switch (kind) {
			case COMMUNE -> commune(version, "commune");
			case MOUNTAIN -> commune(version, "mountain");
			case BORDER -> commune(version, "border");
			case ISLAND -> commune(version, "island");
			case WARD ->
				new Threshold(hectares(version.parameter("wardAreaHa")), version.parameter(switch (provinceKind) {
					case CITY -> "wardCityPopulation";
					case MOUNTAIN_PROVINCE -> "wardMountainPopulation";
					default -> "wardPopulation";
				}));
			case PROVINCE -> province(version, "province");
			case MOUNTAIN_PROVINCE -> province(version, "mountainProvince");
			case CITY -> province(version, "city");
		};
	}

	/** The key of {@link #of}'s threshold, for the lists computed in SQL. */
	static String key(UnitKind kind, UnitKind provinceKind) {
		return (kind == UnitKind.WARD) ? kind.name() + "/" + provinceKind.name() : kind.name();
	}

	private static Threshold commune(RuleVersion version, String prefix) {
		return new Threshold(hectares(version.parameter(prefix + "AreaHa")), version.parameter(prefix + "Population"));
	}

	private static Threshold province(RuleVersion version, String prefix) {
		return new Threshold(BigDecimal.valueOf(version.parameter(prefix + "AreaKm2")),
				version.parameter(prefix + "Population"));
	}

	private static BigDecimal hectares(long value) {
		BigDecimal km2 = BigDecimal.valueOf(value).movePointLeft(2).stripTrailingZeros();
		return (km2.scale() < 0) ? km2.setScale(0) : km2;
	}

	/** The version's name in answers: key and first day. */
	static String rule(RuleVersion version) {
		return version.key().name() + "@" + version.validFrom();
	}

	/**
	 * The requirements of the threshold with the unit's figures (none when none asked).
	 */
	static List<Requirement> requirements(Threshold threshold, @Nullable BigDecimal area, @Nullable Integer population,
			RuleVersion version) {
		List<Requirement> requirements = new ArrayList<>();
		if (threshold.areaKm2().signum() > 0) {
			requirements.add(requirement("area", threshold.areaKm2(), area, version));
		}
		if (threshold.population() > 0) {
			requirements.add(requirement("population", BigDecimal.valueOf(threshold.population()),
					(population == null) ? null : BigDecimal.valueOf(population), version));
		}
		return requirements;
	}

	private static Requirement requirement(String code, BigDecimal required, @Nullable BigDecimal actual,
			RuleVersion version) {
		BigDecimal percent = (actual == null) ? null : percent(actual, required);
		Boolean met = (actual == null) ? null : actual.compareTo(required) >= 0;
		return new Requirement(code, required, actual, percent, met, rule(version), version.citation());
	}

	/** actual / required in percent, two places, half up. */
	static BigDecimal percent(BigDecimal actual, BigDecimal required) {
		return actual.multiply(HUNDRED).divide(required, 2, RoundingMode.HALF_UP);
	}

	/**
	 * Whether all are met: false when one is not, null when one is unknown or there are
	 * none.
	 */
	static @Nullable Boolean meets(List<Requirement> requirements) {
		if (requirements.isEmpty()) {
			return null;
		}
		boolean unknown = false;
		for (Requirement requirement : requirements) {
			if (requirement.met() == null) {
				unknown = true;
			}
			else if (!requirement.met()) {
				return false;
			}
		}
		return unknown ? null : true;
	}

	static Band band(List<Requirement> requirements) {
		BigDecimal area = null;
		BigDecimal population = null;
		for (Requirement requirement : requirements) {
			if (requirement.code().equals("area")) {
				area = requirement.percent();
			}
			else {
				population = requirement.percent();
			}
		}
		return Band.of(area, population);
	}

}
