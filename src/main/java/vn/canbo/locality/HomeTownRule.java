package vn.canbo.locality;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The derived verdict: a person is local to an area when the home-town code of the record
 * (quê quán) names the area itself or a unit merged into it by the 2025 reorganisation
 * (fully or partly), and for a province any commune or district of the province or of a
 * province merged into it. A code that says only the province cannot tell a commune
 * apart: unknown, unless the province is another one. No code: unknown. The definition of
 * "local" is not in the texts read (vn-legal-rules-2 §4.5, UNCONFIRMED): the home town is
 * this module's choice, and an officer may override it.
 */
final class HomeTownRule {

	private HomeTownRule() {
	}

	record Derived(LocalStatus status, Reason reason) {

	}

	static Derived derive(Area area, @Nullable String homeTownCode, @Nullable String homeTown, AreaFacts facts) {
		if (homeTownCode == null || homeTownCode.isBlank()) {
			return (homeTown == null || homeTown.isBlank())
					? new Derived(LocalStatus.UNKNOWN, Reason.of(Why.NO_HOME_TOWN))
					: new Derived(LocalStatus.UNKNOWN, Reason.of(Why.TEXT_ONLY, homeTown));
		}
		String code = homeTownCode.strip();
		List<AreaFacts.CodedUnit> units = facts.unitsByCode.getOrDefault(code, List.of());
		if (units.isEmpty()) {
			return new Derived(LocalStatus.UNKNOWN, Reason.of(Why.UNKNOWN_CODE, code));
		}
		AreaFacts.CodedUnit unit = units.get(0);
		String place = unit.name() + " (" + code + ")";
		boolean sameProvince = units.stream()
			.anyMatch((candidate) -> facts.provinceFamily(area.province()).contains(candidate.province()));
		if (area.isProvince()) {
			return sameProvince ? new Derived(LocalStatus.LOCAL, Reason.of(Why.IN_PROVINCE, place, area.name()))
					: new Derived(LocalStatus.NON_LOCAL, Reason.of(Why.OTHER_PROVINCE, place, area.name()));
		}
		if (code.equals(area.code())) {
			return new Derived(LocalStatus.LOCAL, Reason.of(Why.SAME_UNIT, area.name()));
		}
		for (AreaFacts.Predecessor predecessor : facts.predecessors.getOrDefault(area.id(), List.of())) {
			if (predecessor.code().equals(code)) {
				return new Derived(LocalStatus.LOCAL,
						Reason.of("PARTIAL".equals(predecessor.kind()) ? Why.MERGED_PARTLY : Why.MERGED,
								predecessor.name() + " (" + code + ")", area.name()));
			}
		}
		if (!sameProvince) {
			return new Derived(LocalStatus.NON_LOCAL, Reason.of(Why.OTHER_PROVINCE, place, area.name()));
		}
		if (units.stream().noneMatch((candidate) -> "COMMUNE".equals(candidate.level()))) {
			return new Derived(LocalStatus.UNKNOWN, Reason.of(Why.NOT_PRECISE, place, area.name()));
		}
		return new Derived(LocalStatus.NON_LOCAL, Reason.of(Why.OTHER_COMMUNE, place, area.name()));
	}

}
