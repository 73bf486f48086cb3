package vn.canbo.locality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the derivation needs to know about the codes in play, read in a few queries for a
 * whole list: the units holding each home-town code (a code may have named an old unit
 * and a new one), the units merged into each area (the 2025 mapping), and the old
 * provinces merged into each province.
 */
final class AreaFacts {

	/** A unit that holds (or held) a code. */
	record CodedUnit(String code, String name, String level, @Nullable String provinceCode) {

		String province() {
			return ("PROVINCE".equals(this.level) || this.provinceCode == null) ? this.code : this.provinceCode;
		}

	}

	/** A unit merged, fully or partly, into an area. */
	record Predecessor(String code, String name, String kind) {

	}

	final Map<String, List<CodedUnit>> unitsByCode = new HashMap<>();

	final Map<Long, List<Predecessor>> predecessors = new HashMap<>();

	/** Province code → itself and the codes of the old provinces merged into it. */
	final Map<String, Set<String>> provinceFamilies = new HashMap<>();

	Set<String> provinceFamily(String code) {
		Set<String> family = new HashSet<>(this.provinceFamilies.getOrDefault(code, Set.of()));
		family.add(code);
		return family;
	}

}
