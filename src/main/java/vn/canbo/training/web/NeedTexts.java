package vn.canbo.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.canbo.training.Need;
import vn.canbo.ui.Formats;

/** A need as the pages and the API show it: its explanation in the reader's language. */
@Component
class NeedTexts {

	private final MessageSource messages;

	NeedTexts(MessageSource messages) {
		this.messages = messages;
	}

	List<Shown> show(List<Need> needs, Locale locale) {
		Formats formats = new Formats(locale);
		List<Shown> shown = new ArrayList<>();
		for (Need need : needs) {
			List<Object> args = new ArrayList<>();
			for (int i = 0; i < need.reasonArgs().size(); i++) {
				Object arg = need.reasonArgs().get(i);
				if (need.keyArgs().contains(i)) {
					args.add(this.messages.getMessage(String.valueOf(arg), null, String.valueOf(arg), locale));
				}
				else if (arg instanceof LocalDate day) {
					args.add(formats.date(day));
				}
				else {
					args.add(arg);
				}
			}
			String reason = this.messages.getMessage(
					new DefaultMessageSourceResolvable(new String[] { need.reasonKey() }, args.toArray()), locale);
			shown.add(
					new Shown(need.code(), need.source(),
							this.messages.getMessage(need.source().messageKey(), null, locale),
							(need.kind() != null) ? need.kind().name() : null, (need.kind() != null)
									? this.messages.getMessage(need.kind().messageKey(), null, locale) : null,
							reason, need.citation(), need.confirmed(), need.due()));
		}
		return shown;
	}

	/**
	 * A need, explained.
	 *
	 * @param code its code
	 * @param source where it comes from
	 * @param sourceText that, in words
	 * @param kind the course kind that meets it
	 * @param kindText that, in words
	 * @param reason why, with the figures
	 * @param citation the legal basis
	 * @param confirmed whether the rule was verified
	 * @param due by when
	 */
	record Shown(String code, Need.NeedSource source, String sourceText, @Nullable String kind,
			@Nullable String kindText, String reason, String citation, boolean confirmed, @Nullable LocalDate due) {
	}

}
