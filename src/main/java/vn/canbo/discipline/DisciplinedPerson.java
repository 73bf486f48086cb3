package vn.canbo.discipline;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * The facts of a person that discipline needs: who, where, which category, and Party
 * membership (which decides the Party forms allowed).
 *
 * @param id the record's number
 * @param fullName the name
 * @param category category
 * @param agencyId the agency where the person works
 * @param agencyName its name
 * @param position current post
 * @param partyJoinedOn date of joining the Party; null for non-members
 * @param partyOfficialOn date of becoming a full member; null while probationary
 */
public record DisciplinedPerson(long id, String fullName, PersonnelCategory category, long agencyId, String agencyName,
		@Nullable String position, @Nullable LocalDate partyJoinedOn, @Nullable LocalDate partyOfficialOn) {

	public boolean partyMember() {
		return this.partyJoinedOn != null;
	}

	public boolean fullPartyMember() {
		return this.partyJoinedOn != null && this.partyOfficialOn != null;
	}

}
