package vn.canbo.dashboard;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.Measurement;
import vn.canbo.indicators.MeasureUnit;
import vn.canbo.ui.Formats;

/**
 * The words and numbers of a dashboard outside a page (API, Excel): labels and
 * definitions from the defining module's messages, values written by the one formatter. A
 * missing message shows as {@code ??key??}, as on a page, so that tests catch it.
 */
@Component
public class DashboardTexts {

	private final MessageSource messages;

	DashboardTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, "??" + key + "??", locale);
	}

	public String label(Indicator indicator, Locale locale) {
		return text(indicator.labelKey(), locale);
	}

	public String definition(Indicator indicator, Locale locale) {
		return text(indicator.definitionKey(), locale);
	}

	public String unitOfMeasure(MeasureUnit unit, Locale locale) {
		return text(unitKey(unit), locale);
	}

	/**
	 * A value as read: "2.436/2.698 (90,3%)" for a share, "2.698" for a count.
	 */
	public static String shown(Measurement value, boolean share, Formats formats) {
		if (!share || value.denominator() == null) {
			return formats.count(value.value());
		}
		String fraction = formats.count(value.value()) + "/" + formats.count(value.denominator());
		return (value.percent() == null) ? fraction : fraction + " (" + formats.percent(value.percent()) + ")";
	}

	/** The message of a unit of measure, written out so that every key is checked. */
	public static String unitKey(MeasureUnit unit) {
		return switch (unit) {
			case PEOPLE -> "dashboard.measure.people";
			case POSTS -> "dashboard.measure.posts";
			case UNITS -> "dashboard.measure.units";
			case DECISIONS -> "dashboard.measure.decisions";
			case AMOUNT -> "dashboard.measure.amount";
			default -> "dashboard.measure.other";
		};
	}

}
