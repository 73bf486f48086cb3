package vn.canbo.ratings;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.Disciplines;

/**
 * The discipline decisions that make the year "not completed", as the discipline module
 * computes each decision's effects from the dated rule (one source of truth: NĐ 90/2020
 * as amended by NĐ 48/2023, any decision of the year; from 2026 NĐ 335/2025 Điều 20 khoản
 * 4 c, a civil servant's only when duty-related), named by form, number and date for the
 * rating's explanation.
 */
@Component
class DisciplineDecisions implements DisciplineInYear {

	private final Disciplines disciplines;

	DisciplineDecisions(Disciplines disciplines) {
		this.disciplines = disciplines;
	}

	@Override
	public Map<Long, String> disciplined(Collection<Long> personIds, int year) {
		Map<Long, String> notes = new HashMap<>();
		this.disciplines.forcingNotCompleted(personIds, year).forEach((person, records) -> {
			if (!records.isEmpty()) {
				notes.put(person, describe(records));
			}
		});
		return notes;
	}

	@Override
	public boolean mayRead(long personId) {
		return this.disciplines.mayRead(personId);
	}

	private static String describe(List<DisciplineRecord> records) {
		return String.join("; ", records.stream()
			.map((record) -> record.form().name() + " " + record.decisionNumber() + " (" + record.effectiveOn() + ")")
			.toList());
	}

}
