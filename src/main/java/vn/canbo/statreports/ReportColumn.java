package vn.canbo.statreports;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A numbered column of a report form, under its group and subgroup headings, and the
 * indicator that fills it.
 *
 * @param number its number on the form, from 1
 * @param group the heading above it ("Trình độ chuyên môn"); null when it stands alone
 * @param subgroup the heading between the group and the column ("Anh văn"); null when
 * none
 * @param label its own heading ("Tiến sĩ")
 * @param indicatorId the indicator that fills it; null when nothing in CanBo measures it
 * @param note why it is what it is (shown on the notes sheet)
 */
public record ReportColumn(int number, @Nullable String group, @Nullable String subgroup, String label,
		@Nullable String indicatorId, @Nullable String note) {

	/** The headings from the top down: group, subgroup, label, those present. */
	public List<String> headings() {
		List<String> headings = new ArrayList<>(3);
		if (this.group != null) {
			headings.add(this.group);
		}
		if (this.subgroup != null) {
			headings.add(this.subgroup);
		}
		headings.add(this.label);
		return headings;
	}

	/** The headings in one line, for lists: "Trình độ chuyên môn — Tiến sĩ". */
	public String fullLabel() {
		return String.join(" — ", headings());
	}

}
