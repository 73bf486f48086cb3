package vn.canbo.statreports;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merged column headings of a form: groups over their consecutive columns, subgroups
 * under them, labels down to the last heading row.
 */
class HeaderCellTests {

	@Test
	void groupsSpanTheirColumnsAndLabelsReachTheLastRow() {
		List<ReportColumn> columns = List.of(new ReportColumn(1, null, null, "Tổng số", "people.inPost", null),
				new ReportColumn(2, "Ngoại ngữ", "Anh văn", "Đại học", null, null),
				new ReportColumn(3, "Ngoại ngữ", "Anh văn", "Chứng chỉ", null, null),
				new ReportColumn(4, "Ngoại ngữ", null, "Tiếng dân tộc", null, null),
				new ReportColumn(5, "Độ tuổi", null, "Từ 30 trở xuống", "people.age.upTo30", null));

		List<List<HeaderCell>> rows = HeaderCell.of(columns);

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsExactly(new HeaderCell("Tổng số", 0, 0, 3, 1),
				new HeaderCell("Ngoại ngữ", 0, 1, 1, 3), new HeaderCell("Độ tuổi", 0, 4, 1, 1));
		assertThat(rows.get(1)).containsExactly(new HeaderCell("Anh văn", 1, 1, 1, 2),
				new HeaderCell("Tiếng dân tộc", 1, 3, 2, 1), new HeaderCell("Từ 30 trở xuống", 1, 4, 2, 1));
		assertThat(rows.get(2)).containsExactly(new HeaderCell("Đại học", 2, 1, 1, 1),
				new HeaderCell("Chứng chỉ", 2, 2, 1, 1));
	}

	@Test
	void theDeadlineIsTheTwentyEighthOfFebruaryOfTheNextYear() {
		ReportForm form = new ReportForm(1, "BM01-BNV", "BM01/BNV", java.time.LocalDate.of(2012, 12, 17), null, "t",
				"a", java.util.Set.of(), "BNV", "TT 11/2012", "s", false, "c", null, 2, 28, false, "n", null,
				List.of());
		assertThat(form.deadlineFor(java.time.LocalDate.of(2025, 12, 31))).isEqualTo("2026-02-28");
		// S-3: sent on 2026-03-05, the 2025 report is late under the TT 03/2018 deadline
		assertThat(java.time.LocalDate.of(2026, 3, 5)).isAfter(form.deadlineFor(java.time.LocalDate.of(2025, 12, 31)));
	}

}
