package vn.canbo.people.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.Religion;
import vn.canbo.people.StateManagementLevel;

/**
 * The choices of the record form's lists, labelled in the user's language: the 54 ethnic
 * groups with their official codes ("01 – Kinh"), religions, categories and levels.
 */
@Component
class PersonFormOptions {

	private final MessageSource messages;

	PersonFormOptions(MessageSource messages) {
		this.messages = messages;
	}

	/** A choice: the value posted and the label shown. */
	record Option(String value, String label) {
	}

	Map<String, List<Option>> all(Locale locale) {
		Map<String, List<Option>> options = new LinkedHashMap<>();
		options.put("gender", labelled(Gender.values(), Gender::messageKey, locale));
		options.put("ethnicity",
				Arrays.stream(Ethnicity.values())
					.map((group) -> new Option(group.name(), group.code() + " – " + group.officialName()))
					.toList());
		options.put("religion", labelled(Religion.values(), Religion::messageKey, locale));
		options.put("category", labelled(PersonnelCategory.values(), PersonnelCategory::messageKey, locale));
		options.put("professionalLevel", labelled(ProfessionalLevel.values(), ProfessionalLevel::messageKey, locale));
		options.put("politicalTheory",
				labelled(PoliticalTheoryLevel.values(), PoliticalTheoryLevel::messageKey, locale));
		options.put("stateManagement",
				labelled(StateManagementLevel.values(), StateManagementLevel::messageKey, locale));
		options.put("trainingKind",
				labelled(PersonDetails.TrainingKind.values(), (kind) -> "people.trainingKind." + kind.name(), locale));
		return options;
	}

	private <E extends Enum<E>> List<Option> labelled(E[] constants, Function<E, String> key, Locale locale) {
		return Arrays.stream(constants)
			.map((constant) -> new Option(constant.name(),
					this.messages.getMessage(key.apply(constant), null, constant.name(), locale)))
			.toList();
	}

}
