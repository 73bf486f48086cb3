package vn.canbo.dataexchange;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person whose dossier is not exported, with everything that keeps it back.
 *
 * @param personId the record's number
 * @param fullName the person's name
 * @param citizenId the CCCD as the record holds it, if any
 * @param agencyCode the code of the agency where they work
 * @param agencyName its name
 * @param problems what is missing or invalid
 */
public record InvalidDossier(long personId, String fullName, @Nullable String citizenId, String agencyCode,
		String agencyName, List<DossierProblem> problems) {

	public InvalidDossier {
		problems = List.copyOf(problems);
	}

}
