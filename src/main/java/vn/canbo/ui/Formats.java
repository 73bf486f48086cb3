package vn.canbo.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one way numbers and dates are written on pages and in exports, in the reader's
 * language: in Vietnamese {@code 2.698} people, {@code 83,74} points, {@code 90,2%},
 * {@code 07/12/2026}; in English {@code 2,698}, {@code 83.74}, {@code 90.2%}. Pages reach
 * it as {@code #fmt} (see {@link FormatDialect}); null is written as an empty string.
 */
public final class Formats {

	/** The time zone of the instants shown: CanBo's users are in Vietnam. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final Locale locale;

	public Formats(Locale locale) {
		this.locale = locale;
	}

	/** A whole number with thousands separators: 2.698 (2,698 in English). */
	public String count(@Nullable Number value) {
		return (value == null) ? "" : format(value, 0, 0);
	}

	/** A decimal with two places: 83,74 (83.74 in English). */
	public String decimal(@Nullable Number value) {
		return decimal(value, 2);
	}

	/** A decimal with the given places. */
	public String decimal(@Nullable Number value, int places) {
		return (value == null) ? "" : format(value, places, places);
	}

	/** A coefficient or amount: up to two places, none when whole (2,34; 2). */
	public String amount(@Nullable Number value) {
		return (value == null) ? "" : format(value, 0, 2);
	}

	/** A difference with its sign: +1.234, -5, 0; empty when unknown. */
	public String signed(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		int sign = new BigDecimal(value.toString()).signum();
		String magnitude = count(new BigDecimal(value.toString()).abs());
		return (sign > 0) ? "+" + magnitude : (sign < 0) ? "-" + magnitude : magnitude;
	}

	/** A share already in percent, one place: 90,2% (90.2% in English). */
	public String percent(@Nullable Number value) {
		return (value == null) ? "" : format(value, 1, 1) + "%";
	}

	/** Day, month and year: 07/12/2026. */
	public String date(@Nullable TemporalAccessor value) {
		return (value == null) ? "" : DATE.format(local(value));
	}

	/** Month and year: 12/2026. */
	public String month(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return MONTH.format((value instanceof LocalDate date) ? YearMonth.from(date) : value);
	}

	/** Date and time of day: 07/12/2026 14:05. */
	public String dateTime(@Nullable TemporalAccessor value) {
		return (value == null) ? "" : DATE_TIME.format(local(value));
	}

	/** Date and time to the second, for the audit trail: 07/12/2026 14:05:09. */
	public String moment(@Nullable TemporalAccessor value) {
		return (value == null) ? "" : MOMENT.format(local(value));
	}

	/**
	 * A report's reference: a day as {@link #date}, anything else (a period already
	 * written out) as it is.
	 */
	public String reference(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof TemporalAccessor temporal) ? date(temporal) : value.toString();
	}

	/** Whether {@link #reference} writes the value as a day. */
	public boolean isDay(@Nullable Object value) {
		return value instanceof TemporalAccessor;
	}

	/** An instant as Vietnam's clocks show it; other values as they are. */
	private static TemporalAccessor local(TemporalAccessor value) {
		return (value instanceof Instant instant) ? instant.atZone(VIETNAM) : value;
	}

	private String format(Number value, int minPlaces, int maxPlaces) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(this.locale));
		format.setMinimumFractionDigits(minPlaces);
		format.setMaximumFractionDigits(maxPlaces);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format((value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString()));
	}

}
