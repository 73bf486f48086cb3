package vn.canbo.statreports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.canbo.orgunits.OrgLevel;

/**
 * A version of an official report form (biểu mẫu báo cáo thống kê), e.g. BM01/BNV of
 * Circular 11/2012/TT-BNV: its heading, the instrument it comes from and how sure we are
 * of it, its annual deadline and its columns. A version is in force from its date until
 * the next version's.
 *
 * @param id the version's id
 * @param key the form's key in addresses ({@code BM01-BNV}: the code holds a slash)
 * @param code the code printed on the form ({@code BM01/BNV})
 * @param validFrom the first day of the version
 * @param validTo the first day of the next version; null while none follows
 * @param title the title printed on the form
 * @param appliesTo who reports on it
 * @param forTiers the tiers whose units it is proposed for
 * @param receivingUnit the unit it is sent to
 * @param instrument the legal instrument that issued it
 * @param instrumentStatus what is known of the instrument's standing, "CHƯA XÁC MINH"
 * where the reference says so
 * @param confirmed whether the layout was checked against the official text
 * @param citation the citation
 * @param sourceUrl where the citation can be read
 * @param deadlineMonth month of the annual deadline, in the year after the reference year
 * @param deadlineDay day of the annual deadline
 * @param deadlineConfirmed whether the deadline was checked against the instrument in
 * force
 * @param deadlineNote where the deadline comes from
 * @param note notes on the layout (age bands, replaced columns)
 * @param columns the columns, by number
 */
public record ReportForm(long id, String key, String code, LocalDate validFrom, @Nullable LocalDate validTo,
		String title, String appliesTo, Set<OrgLevel> forTiers, String receivingUnit, String instrument,
		String instrumentStatus, boolean confirmed, String citation, @Nullable String sourceUrl, int deadlineMonth,
		int deadlineDay, boolean deadlineConfirmed, String deadlineNote, @Nullable String note,
		List<ReportColumn> columns) {

	public ReportForm {
		forTiers = Set.copyOf(forTiers);
		columns = List.copyOf(columns);
	}

	/** Whether the version is in force on the day. */
	public boolean inForceOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || this.validTo.isAfter(day));
	}

	/** The deadline's day and month as forms write it: "28/02". */
	public String deadlineDayMonth() {
		return String.format("%02d/%02d", this.deadlineDay, this.deadlineMonth);
	}

	/**
	 * The day a report with the reference date is due: the deadline in the year after the
	 * reference date's year (28/02 for the annual report at 31/12).
	 */
	public LocalDate deadlineFor(LocalDate asOf) {
		YearMonth month = YearMonth.of(asOf.getYear() + 1, this.deadlineMonth);
		return month.atDay(Math.min(this.deadlineDay, month.lengthOfMonth()));
	}

}
