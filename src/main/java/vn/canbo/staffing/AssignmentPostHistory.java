package vn.canbo.staffing;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.canbo.people.PersonDetails;
import vn.canbo.people.PostHistory;

/** The recorded assignments as the résumé's work history: "post, unit" per period. */
@Component
class AssignmentPostHistory implements PostHistory {

	private final AssignmentStore store;

	private final MessageSource messages;

	AssignmentPostHistory(AssignmentStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	@Override
	public List<PersonDetails.WorkPeriod> periodsOf(long personId) {
		String concurrent = " (" + this.messages.getMessage("staffing.kind.CONCURRENT", null, "kiêm nhiệm",
				LocaleContextHolder.getLocale()) + ")";
		return this.store.ofPerson(personId)
			.stream()
			.map((assignment) -> new PersonDetails.WorkPeriod(assignment.validFrom(),
					(assignment.validTo() == null) ? null : assignment.validTo().minusDays(1),
					assignment.postName() + ((assignment.kind() == AssignmentKind.CONCURRENT) ? concurrent : "") + ", "
							+ assignment.unitName()))
			.toList();
	}

}
