package vn.canbo.people;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Valid synthetic records for tests, each with a citizen ID no other test uses. */
public final class TestPeople {

	private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(0, 400_000));

	private TestPeople() {
	}

	/** A citizen ID that agrees with the sex and year and that no other call returns. */
	public static String citizenId(Gender gender, int birthYear) {
		long serial = SERIAL.incrementAndGet() % 1_000_000;
		// Cà Mau (096), not Điện Biên: the demo generator, whose records some tests
		// store in the shared database, draws random Điện Biên (011) numbers.
		return "096" + CitizenId.centuryGenderDigit(gender, birthYear) + "%02d".formatted(birthYear % 100)
				+ "%06d".formatted(serial);
	}

	/** A minimal valid record of a civil servant placed in the unit. */
	public static PersonDetails person(String fullName, Gender gender, int birthYear, long agencyId) {
		return PersonDetails.of(
				new PersonDetails.Identity(fullName, null, 12, 5, birthYear, gender, null, "Xã Thanh Xương, Điện Biên",
						null, "Xã Thanh Xương, Điện Biên", null, null, null, null, Ethnicity.KINH, Religion.NONE,
						citizenId(gender, birthYear), null, null, null, null),
				new PersonDetails.Employment(null, PersonnelCategory.CIVIL_SERVANT, agencyId, "Chuyên viên", null, true,
						null, null, null, null));
	}

}
