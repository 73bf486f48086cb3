package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.canbo.locality.Area;
import vn.canbo.locality.KeyLeader;
import vn.canbo.locality.Locality;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;

/**
 * Home towns for the demo's key leaders, set deterministically so that the non-local
 * figures are neither 0 nor 100%: every key leader comes from the commune (or province)
 * of the post, except the People's Committee chair of every third commune (in code
 * order), who comes from the next commune.
 */
@Component
public class DemoLocality {

	static final String CHAIR = "XA_CT_UBND";

	private final Locality locality;

	private final People people;

	DemoLocality(Locality locality, People people) {
		this.locality = locality;
		this.people = people;
	}

	/** Sets the home towns of the province's key leaders on the day; returns how many. */
	public int load(List<DemoStaffing.Placed> placed, long provinceId, LocalDate day) {
		Map<Long, PersonDetails> details = new HashMap<>();
		placed.forEach((person) -> details.put(person.personId(), person.details()));
		List<KeyLeader> leaders = this.locality.allKeyLeaders(provinceId, day, null);
		List<Area> communes = new ArrayList<>(leaders.stream().map(KeyLeader::area).filter(Area::isCommune).toList());
		communes = communes.stream().distinct().sorted(Comparator.comparing(Area::code)).toList();
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < communes.size(); i++) {
			index.put(communes.get(i).id(), i);
		}
		Set<Long> done = new HashSet<>();
		int changed = 0;
		for (KeyLeader leader : leaders) {
			PersonDetails record = details.get(leader.personId());
			if (record == null || !done.add(leader.personId())) {
				continue;
			}
			Area home = leader.area();
			if (home.isCommune() && CHAIR.equals(leader.titleCode()) && index.get(home.id()) % 3 == 0
					&& communes.size() > 1) {
				home = communes.get((index.get(home.id()) + 1) % communes.size());
			}
			PersonDetails.Identity identity = record.identity();
			PersonDetails.Identity moved = new PersonDetails.Identity(identity.fullName(), identity.otherNames(),
					identity.birthDay(), identity.birthMonth(), identity.birthYear(), identity.gender(),
					identity.birthPlaceCode(), identity.birthPlace(), home.code(), home.name(),
					identity.permanentAddress(), identity.currentAddress(), identity.phone(), identity.email(),
					identity.ethnicity(), identity.religion(), identity.citizenId(), identity.citizenIdIssuedOn(),
					identity.citizenIdIssuedBy(), identity.socialInsuranceNumber(), identity.familyBackground());
			PersonDetails updated = record.withIdentity(moved);
			// a record the checks would refuse keeps its home town (a refusal inside the
			// demo's one transaction would roll all of it back)
			if (this.people.problems(updated, leader.personId()).isEmpty()) {
				long version = this.people.summary(leader.personId()).version();
				this.people.update(leader.personId(), version, updated);
				changed++;
			}
		}
		return changed;
	}

}
