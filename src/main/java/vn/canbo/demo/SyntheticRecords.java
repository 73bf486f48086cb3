package vn.canbo.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import vn.canbo.orgunits.UnitType;
import vn.canbo.people.CitizenId;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.shared.VietnameseText;

/**
 * Whole synthetic personnel records (the 2C résumé) for people working in the agencies of
 * one province: a {@link SyntheticPerson} for the name, sex, age and levels, then a life
 * that fits them, placed in time as of {@link SyntheticPeople#DEFAULT_AS_OF}: schooling,
 * military service for some men, recruitment, the Party, training courses dated after the
 * levels they give, two to five work periods ending in the current agency (every agency
 * of the demo dates from the 2025 reform), salary steps every three years (two for the
 * lower ranks) with a rank change for the senior ones, parents, spouse, children and
 * parents-in-law, health, and awards or (rarely) discipline. Deterministic for a seed,
 * and fast enough for hundreds of thousands of records. Synthetic: any resemblance to a
 * real person is chance.
 */
public final class SyntheticRecords {

	/** Names that differ only in their diacritics, for demos of search without them. */
	public static final List<SyntheticPeople.Namesake> NAMESAKES = List.of(
			SyntheticPeople.Namesake.of("Nguyễn Thị Hằng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Thị Hằng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Thị Hằng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Thị Hàng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Thị Hạng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Thị Thu Hằng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Thu Hằng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Thị Hăng", Gender.FEMALE),
			SyntheticPeople.Namesake.of("Nguyễn Văn Hùng", Gender.MALE),
			SyntheticPeople.Namesake.of("Nguyễn Văn Hưng", Gender.MALE),
			SyntheticPeople.Namesake.of("Nguyễn Văn Hưng", Gender.MALE),
			SyntheticPeople.Namesake.of("Lò Văn Hùng", Gender.MALE));

	/** The day the two-tier local government and every demo agency started. */
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private static final Map<String, String> PROVINCE_NAMES = provinceNames();

	private static final Map<String, Choice> CHOICES = new ConcurrentHashMap<>();

	private static final String[] BLOOD_TYPES = { "O", "O", "O", "O", "B", "B", "B", "A", "A", "AB" };

	private final SyntheticPeople people;

	private final Random random;

	private final LocalDate asOf;

	private final String provinceCode;

	private final String provinceName;

	private final List<Place> communes;

	private final String emailDomain;

	private final Set<String> citizenIds = new HashSet<>();

	private int serial;

	/**
	 * Records of people working in the province.
	 * @param seed the random seed; the same seed and calls give the same records
	 * @param provinceCode the province's two-digit code
	 * @param communes its communes, where local people were born and live
	 */
	public SyntheticRecords(long seed, String provinceCode, List<Place> communes) {
		if (communes.isEmpty()) {
			throw new IllegalArgumentException("A province needs communes");
		}
		this.people = new SyntheticPeople(seed);
		this.random = this.people.random();
		this.asOf = this.people.asOf();
		this.provinceCode = provinceCode;
		this.provinceName = provinceLabel(provinceCode);
		this.communes = List.copyOf(communes);
		this.emailDomain = VietnameseText.searchKey(PROVINCE_NAMES.getOrDefault(provinceCode, provinceCode))
			.replace(" ", "") + ".gov.vn";
	}

	/** A commune (or ward) of the province: its official code and name. */
	public record Place(String code, String name) {
	}

	/**
	 * An agency people can be placed in.
	 *
	 * @param agencyId the org unit's id
	 * @param name its name
	 * @param type its type
	 * @param communeCode the code of the commune it belongs to; null for provincial ones
	 */
	public record Workplace(long agencyId, String name, UnitType type, @Nullable String communeCode) {

		boolean school() {
			return this.name.startsWith("Trường") && !this.name.startsWith("Trường Chính trị");
		}

		boolean health() {
			return this.name.startsWith("Bệnh viện") || this.name.startsWith("Trung tâm Kiểm soát bệnh tật")
					|| this.name.startsWith("Trạm Y tế");
		}

		boolean commune() {
			return this.communeCode != null;
		}

	}

	/** The next record, of someone working in the agency. */
	public PersonDetails next(Workplace workplace) {
		return next(workplace, null);
	}

	/** The next record; with the namesake's name and sex when one is given. */
	public PersonDetails next(Workplace workplace, SyntheticPeople.@Nullable Namesake namesake) {
		PersonnelCategory category = category(workplace);
		SyntheticPerson person = this.people.next(this.provinceCode, category, namesake);
		return new Life(person, workplace).record();
	}

	private PersonnelCategory category(Workplace workplace) {
		String spec;
		if (workplace.type() == UnitType.PUBLIC_SERVICE_UNIT) {
			spec = workplace.name().startsWith("Trung tâm Phục vụ hành chính công")
					? "CIVIL_SERVANT:70|PUBLIC_EMPLOYEE:20|CONTRACT:10" : "PUBLIC_EMPLOYEE:91|CONTRACT:9";
		}
		else {
			spec = switch (workplace.type()) {
				case PARTY_COMMITTEE, PEOPLES_COUNCIL, FATHERLAND_FRONT, MASS_ORGANISATION -> workplace.commune()
						? "CADRE:50|CIVIL_SERVANT:20|PART_TIME:25|CONTRACT:5" : "CADRE:35|CIVIL_SERVANT:55|CONTRACT:10";
				case PEOPLES_COMMITTEE -> workplace.commune() ? "CADRE:40|CIVIL_SERVANT:50|CONTRACT:10"
						: "CADRE:20|CIVIL_SERVANT:70|CONTRACT:10";
				default -> workplace.commune() ? "CIVIL_SERVANT:75|PART_TIME:15|CONTRACT:10"
						: "CIVIL_SERVANT:88|CADRE:4|CONTRACT:8";
			};
		}
		return PersonnelCategory.valueOf(choose(spec));
	}

	/** The record of one synthetic person, built in the order of their life. */
	private final class Life {

		private final SyntheticPerson person;

		private final Workplace workplace;

		private final int age;

		private final ProfessionalLevel level;

		private final String field;

		private final List<PersonDetails.Training> trainings = new ArrayList<>();

		private final List<PersonDetails.WorkPeriod> work = new ArrayList<>();

		private LocalDate cursor;

		Life(SyntheticPerson person, Workplace workplace) {
			this.person = person;
			this.workplace = workplace;
			this.age = SyntheticRecords.this.asOf.getYear() - person.birthYear();
			this.level = person.professionalLevel();
			this.field = field(workplace);
			this.cursor = LocalDate.of(person.birthYear() + 18, 9, 1);
		}

		PersonDetails record() {
			Place home = commune();
			boolean local = this.person.birthProvinceCode().equals(SyntheticRecords.this.provinceCode);
			Place birthPlace = local ? (chance(80) ? home : commune()) : null;
			String position = position();
			PersonDetails.Memberships military = military();
			LocalDate recruited = study();
			boolean moved = recruited.isBefore(REFORM);
			LocalDate joined = moved ? REFORM : recruited;
			workHistory(recruited, joined, position, birthPlace == null ? commune() : birthPlace);
			furtherTraining(recruited);
			PersonDetails.Memberships memberships = party(recruited, military);
			List<PersonDetails.SalaryStep> salary = salary(recruited, position);
			this.trainings.sort(Comparator.comparing(PersonDetails.Training::from));
			PersonDetails.Identity identity = identity(home, birthPlace, local);
			PersonDetails.Employment employment = new PersonDetails.Employment(staffCode(), this.person.category(),
					this.workplace.agencyId(), position, duties(position), local,
					this.level == ProfessionalLevel.NONE ? "Lao động tự do" : "Sinh viên", recruited,
					recruitingAgency(), joined);
			return new PersonDetails(identity, employment, qualifications(), memberships, recognition(recruited),
					health(), new PersonDetails.PersonalHistory("Không", "Không", "Không", "Không"), this.trainings,
					this.work, salary, relatives(home));
		}

		private PersonDetails.Identity identity(Place home, @Nullable Place birthPlace, boolean local) {
			SyntheticPerson p = this.person;
			String birthCode = (birthPlace != null) ? birthPlace.code() : p.birthProvinceCode();
			String birthText = (birthPlace != null) ? placeText(birthPlace) : provinceLabel(p.birthProvinceCode());
			boolean bornAtHome = !local || chance(85);
			String homeCode = bornAtHome ? birthCode : home.code();
			String homeText = bornAtHome ? birthText : placeText(home);
			String address = address(home);
			String currentAddress = chance(85) ? address : address(commune());
			String otherNames = chance(4) ? otherName() : null;
			String ascii = VietnameseText.searchKey(p.name().givenName() + p.name().familyName()).replace(" ", "");
			String email = chance(60) ? ascii + (1960 + number(60)) + "@" + SyntheticRecords.this.emailDomain : null;
			LocalDate issued = (p.birthYear() <= 2006)
					? monthIn(LocalDate.of(2021, 3, 1), LocalDate.of(2024, 6, 1)).plusDays(number(28)) : null;
			return new PersonDetails.Identity(p.name().fullName(), otherNames,
					p.birthDate() == null ? null : p.birthDate().getDayOfMonth(),
					p.birthDate() == null ? null : p.birthDate().getMonthValue(), p.birthYear(), p.gender(), birthCode,
					birthText, homeCode, homeText, address, currentAddress,
					"0" + choose("9:4|8:3|3:3") + "%08d".formatted(number(100_000_000)), email, p.ethnicity(),
					p.religion(), uniqueCitizenId(p.citizenId()), issued,
					issued == null ? null : "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
					"%02d%08d".formatted(Integer.parseInt(SyntheticRecords.this.provinceCode), number(100_000_000)),
					choose("Nông dân:50|Công nhân:10|Cán bộ, công chức:20|Tiểu thương:8|Quân nhân:4|Trí thức:8"));
		}

		private PersonDetails.Qualifications qualifications() {
			String academic = switch (this.level) {
				case THAC_SI -> "Thạc sĩ";
				case TIEN_SI -> "Tiến sĩ";
				default -> null;
			};
			String languages = null;
			String it = null;
			for (PersonDetails.Training training : this.trainings) {
				if (training.kind() == PersonDetails.TrainingKind.FOREIGN_LANGUAGE) {
					languages = training.qualification();
				}
				if (training.kind() == PersonDetails.TrainingKind.INFORMATION_TECHNOLOGY) {
					it = training.qualification();
				}
			}
			return new PersonDetails.Qualifications(this.person.education(), this.level,
					this.level == ProfessionalLevel.NONE ? null : this.field, academic,
					this.person.politicalTheoryLevel(), this.person.stateManagementLevel(), languages, it);
		}

		/**
		 * Two years' service for about one man in eight over 30, at 18 to 20 (younger
		 * ones would not have finished their studies since).
		 */
		private PersonDetails.Memberships military() {
			if (this.person.gender() != Gender.MALE || this.age < 30 || !chance(12)) {
				return PersonDetails.Memberships.EMPTY;
			}
			LocalDate enlisted = LocalDate.of(this.person.birthYear() + 18 + number(3), 2 + number(2), 1);
			LocalDate discharged = enlisted.plusMonths(24);
			if (!discharged.isBefore(SyntheticRecords.this.asOf.minusMonths(6))) {
				return PersonDetails.Memberships.EMPTY;
			}
			this.cursor = LocalDate.of(discharged.getYear(), 9, 1);
			this.work.add(new PersonDetails.WorkPeriod(enlisted, discharged, "Chiến sĩ, Quân đội nhân dân Việt Nam"));
			return new PersonDetails.Memberships(null, null, null, null, enlisted, discharged,
					choose("Binh nhất:2|Hạ sĩ:3|Trung sĩ:3|Thượng sĩ:2"));
		}

		/**
		 * The first degree, then recruitment within three years of it; returns the
		 * recruitment date, before the date records are counted at.
		 */
		private LocalDate study() {
			LocalDate latestRecruitment = SyntheticRecords.this.asOf.minusMonths(3);
			int months = switch (this.level) {
				case NONE -> 0;
				case SO_CAP -> 6;
				case TRUNG_CAP -> 24;
				case CAO_DANG -> 36;
				default -> this.field.startsWith("Y") || this.field.startsWith("Dược") ? 72 : 48;
			};
			LocalDate start = this.cursor;
			LocalDate end = start.plusMonths(months).minusMonths(3);
			if (end.isAfter(latestRecruitment.minusMonths(1))) {
				end = latestRecruitment.minusMonths(1).withDayOfMonth(1);
				start = end.minusMonths(months).plusMonths(3);
			}
			if (months > 0) {
				String institution = institution();
				this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.PROFESSIONAL, institution,
						this.field, start, end, "Chính quy", degree()));
				this.work.add(new PersonDetails.WorkPeriod(start, end,
						(this.level == ProfessionalLevel.SO_CAP ? "Học viên " : "Sinh viên ") + institution));
			}
			LocalDate recruited = monthIn(end.plusMonths(2), end.plusMonths(2 + number(36)));
			return recruited.isAfter(latestRecruitment) ? latestRecruitment.withDayOfMonth(1) : recruited;
		}

		private void workHistory(LocalDate recruited, LocalDate joined, String position, Place origin) {
			String current = position + ", " + this.workplace.name();
			if (!joined.isAfter(recruited)) {
				this.work.add(new PersonDetails.WorkPeriod(recruited, null, current));
				return;
			}
			int earlier = 1 + number(Math.min(3, 1 + (int) ChronoUnit.YEARS.between(recruited, joined) / 4));
			LocalDate from = recruited;
			for (int i = 0; i < earlier; i++) {
				LocalDate to = (i == earlier - 1) ? joined.minusMonths(1) : monthIn(from.plusMonths(12),
						from.plusMonths(Math.max(13, ChronoUnit.MONTHS.between(from, joined) * (i + 1) / earlier)));
				if (!to.isBefore(joined)) {
					to = joined.minusMonths(1);
				}
				this.work.add(new PersonDetails.WorkPeriod(from, to, earlierPost(i == 0, origin)));
				from = to.plusMonths(1);
				if (!from.isBefore(joined)) {
					break;
				}
			}
			this.work.add(new PersonDetails.WorkPeriod(joined, null, current));
		}

		private String earlierPost(boolean first, Place origin) {
			String place = origin.name().substring(origin.name().indexOf(' ') + 1);
			String title = switch (this.person.category()) {
				case PUBLIC_EMPLOYEE -> this.workplace.school() ? "Giáo viên"
						: this.workplace.health() ? choose("Bác sĩ:1|Điều dưỡng:1") : "Viên chức";
				case PART_TIME -> "Người hoạt động không chuyên trách";
				case CONTRACT -> "Nhân viên hợp đồng";
				default -> first ? "Chuyên viên" : choose("Chuyên viên:6|Phó Trưởng phòng:1");
			};
			String unit = switch (this.person.category()) {
				case PUBLIC_EMPLOYEE -> this.workplace.school()
						? choose("Trường Tiểu học:1|Trường Trung học cơ sở:1|Trường Mầm non:1") + " " + place
						: this.workplace.health() ? "Trung tâm Y tế huyện " + place : this.workplace.name();
				case PART_TIME -> "Ủy ban nhân dân xã " + place;
				default -> choose("Ủy ban nhân dân xã :3|Phòng Nội vụ huyện :2|Phòng Tài chính - Kế hoạch huyện :2|"
						+ "Văn phòng Huyện ủy :1|Phòng Nông nghiệp và Phát triển nông thôn huyện :1") + place;
			};
			return title + ", " + unit + ", " + SyntheticRecords.this.provinceName;
		}

		/**
		 * Master's, doctorate and the political, state-management, language and IT
		 * courses.
		 */
		private void furtherTraining(LocalDate recruited) {
			LocalDate end = SyntheticRecords.this.asOf.minusMonths(1);
			LocalDate degree = this.trainings.isEmpty() ? recruited : this.trainings.get(0).to();
			if (this.level == ProfessionalLevel.THAC_SI || this.level == ProfessionalLevel.TIEN_SI) {
				LocalDate from = monthIn(degree.plusMonths(3), laterOf(degree.plusMonths(3),
						end.minusMonths(this.level == ProfessionalLevel.TIEN_SI ? 70 : 26)));
				LocalDate to = from.plusMonths(24);
				this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.PROFESSIONAL, institution(),
						this.field, from, to, "Vừa làm vừa học", "Thạc sĩ"));
				if (this.level == ProfessionalLevel.TIEN_SI) {
					LocalDate phd = monthIn(to.plusMonths(3), laterOf(to.plusMonths(3), end.minusMonths(44)));
					this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.PROFESSIONAL,
							"Học viện Chính trị quốc gia Hồ Chí Minh", this.field, phd, phd.plusMonths(42), "Tập trung",
							"Tiến sĩ"));
				}
			}
			PoliticalTheoryLevel theory = this.person.politicalTheoryLevel();
			if (theory != PoliticalTheoryLevel.NONE) {
				LocalDate from = monthIn(recruited.plusMonths(6), laterOf(recruited.plusMonths(6), end.minusMonths(4)));
				from = earlierOf(from, end.minusMonths(4));
				this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.POLITICAL_THEORY,
						"Trung tâm Chính trị huyện", "Lý luận chính trị", from, from.plusMonths(2), "Tập trung",
						"Sơ cấp lý luận chính trị"));
				if (theory != PoliticalTheoryLevel.SO_CAP) {
					LocalDate middle = monthIn(from.plusMonths(24), laterOf(from.plusMonths(24), end.minusMonths(14)));
					middle = earlierOf(middle, end.minusMonths(13));
					this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.POLITICAL_THEORY,
							"Trường Chính trị " + SyntheticRecords.this.provinceName, "Lý luận chính trị - hành chính",
							middle, middle.plusMonths(12), "Vừa làm vừa học",
							"Trung cấp lý luận chính trị - hành chính"));
					if (theory == PoliticalTheoryLevel.CAO_CAP || theory == PoliticalTheoryLevel.CU_NHAN) {
						LocalDate high = monthIn(middle.plusMonths(36),
								laterOf(middle.plusMonths(36), end.minusMonths(19)));
						high = earlierOf(high, end.minusMonths(18));
						boolean bachelor = theory == PoliticalTheoryLevel.CU_NHAN;
						this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.POLITICAL_THEORY,
								"Học viện Chính trị khu vực I", "Lý luận chính trị", high,
								high.plusMonths(bachelor ? 36 : 18).isAfter(end) ? high.plusMonths(17)
										: high.plusMonths(bachelor ? 36 : 18),
								"Vừa làm vừa học", bachelor ? "Cử nhân chính trị" : "Cao cấp lý luận chính trị"));
					}
				}
			}
			StateManagementLevel management = this.person.stateManagementLevel();
			LocalDate previous = recruited;
			for (StateManagementLevel step : List.of(StateManagementLevel.CHUYEN_VIEN,
					StateManagementLevel.CHUYEN_VIEN_CHINH, StateManagementLevel.CHUYEN_VIEN_CAO_CAP)) {
				if (!management.atLeast(step)) {
					break;
				}
				LocalDate from = monthIn(previous.plusMonths(12), laterOf(previous.plusMonths(12), end.minusMonths(3)));
				from = earlierOf(from, end.minusMonths(3));
				String programme = switch (step) {
					case CHUYEN_VIEN -> "chuyên viên";
					case CHUYEN_VIEN_CHINH -> "chuyên viên chính";
					default -> "chuyên viên cao cấp";
				};
				this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.STATE_MANAGEMENT,
						step == StateManagementLevel.CHUYEN_VIEN
								? "Trường Chính trị " + SyntheticRecords.this.provinceName
								: "Học viện Hành chính Quốc gia",
						"Quản lý nhà nước", from, from.plusMonths(2), "Bồi dưỡng",
						"Chứng chỉ bồi dưỡng kiến thức quản lý nhà nước chương trình " + programme));
				previous = from.plusMonths(2);
			}
			if (this.level.atLeast(ProfessionalLevel.CAO_DANG) && chance(85)) {
				boolean old = recruited.getYear() < 2016;
				LocalDate from = monthIn(laterOf(recruited.minusMonths(12), degree), end.minusMonths(1));
				from = earlierOf(from, end.minusMonths(2));
				this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.FOREIGN_LANGUAGE,
						"Trung tâm Ngoại ngữ - Tin học", "Tiếng Anh", from, from.plusMonths(1), "Bồi dưỡng",
						old ? "Tiếng Anh trình độ " + choose("B:3|C:1")
								: "Tiếng Anh bậc " + choose("2 (A2):2|3 (B1):3")));
				LocalDate itFrom = monthIn(laterOf(recruited.minusMonths(12), degree), end.minusMonths(1));
				itFrom = earlierOf(itFrom, end.minusMonths(2));
				this.trainings.add(new PersonDetails.Training(PersonDetails.TrainingKind.INFORMATION_TECHNOLOGY,
						"Trung tâm Ngoại ngữ - Tin học", "Tin học", itFrom, itFrom.plusMonths(1), "Bồi dưỡng",
						old ? "Tin học trình độ " + choose("A:1|B:2")
								: "Chứng chỉ ứng dụng công nghệ thông tin cơ bản"));
			}
		}

		/** Joined the Party after 18, full member twelve months later. */
		private PersonDetails.Memberships party(LocalDate recruited, PersonDetails.Memberships military) {
			String mass = "Đoàn Thanh niên Cộng sản Hồ Chí Minh (%02d/%d)".formatted(3,
					this.person.birthYear() + 15 + number(3));
			if (this.person.category() != PersonnelCategory.CONTRACT) {
				mass += "; Công đoàn Việt Nam (%02d/%d)".formatted(recruited.getMonthValue(), recruited.getYear());
			}
			if (!this.person.partyMember()) {
				return new PersonDetails.Memberships(null, null, null, mass, military.militaryEnlistedOn(),
						military.militaryDischargedOn(), military.militaryRank());
			}
			LocalDate earliest = laterOf(LocalDate.of(this.person.birthYear() + 19, 1, 1),
					military.militaryEnlistedOn() == null ? recruited.minusMonths(24)
							: military.militaryEnlistedOn().plusMonths(12));
			LocalDate latest = SyntheticRecords.this.asOf.minusMonths(2);
			LocalDate joined = monthIn(earliest, laterOf(earliest, earlierOf(latest, recruited.plusYears(8))));
			joined = earlierOf(joined, latest).withDayOfMonth(1 + number(28));
			LocalDate official = joined.plusMonths(12);
			return new PersonDetails.Memberships(joined, official.isAfter(SyntheticRecords.this.asOf) ? null : official,
					"%08d".formatted(number(100_000_000)), mass, military.militaryEnlistedOn(),
					military.militaryDischargedOn(), military.militaryRank());
		}

		private List<PersonDetails.SalaryStep> salary(LocalDate recruited, String position) {
			if (this.person.category() == PersonnelCategory.PART_TIME) {
				return List.of();
			}
			Rank rank = firstRank();
			List<PersonDetails.SalaryStep> steps = new ArrayList<>();
			int step = (this.level.atLeast(ProfessionalLevel.THAC_SI) && rank.table() == Table.A1) ? 2 : 1;
			LocalDate on = recruited;
			Rank target = finalRank(rank);
			LocalDate promotion = (target == rank) ? null
					: monthIn(laterOf(recruited.plusYears(9), LocalDate.of(this.person.birthYear() + 34, 1, 1)),
							laterOf(recruited.plusYears(9), SyntheticRecords.this.asOf.minusMonths(6)));
			BigDecimal allowance = allowance(position);
			while (!on.isAfter(SyntheticRecords.this.asOf)) {
				steps.add(new PersonDetails.SalaryStep(on, rank.code(), rank.label(), step,
						rank.table().coefficient(step), null, null));
				LocalDate next = on.plusMonths(rank.table().months());
				if (promotion != null && !promotion.isAfter(next) && !promotion.isAfter(SyntheticRecords.this.asOf)) {
					BigDecimal before = rank.table().coefficient(step);
					rank = target;
					step = rank.table().stepAbove(before);
					on = promotion;
					promotion = null;
					continue;
				}
				if (step >= rank.table().steps()) {
					break;
				}
				step++;
				on = next;
			}
			if (allowance != null && !steps.isEmpty()) {
				PersonDetails.SalaryStep last = steps.remove(steps.size() - 1);
				steps.add(new PersonDetails.SalaryStep(last.effectiveOn(), last.rankCode(), last.rankName(),
						last.step(), last.coefficient(), allowance, null));
			}
			return steps;
		}

		private Rank firstRank() {
			if (this.person.category() == PersonnelCategory.CONTRACT
					|| !this.level.atLeast(ProfessionalLevel.CAO_DANG)) {
				return Rank.NHAN_VIEN;
			}
			if (this.level == ProfessionalLevel.CAO_DANG) {
				return this.workplace.school() ? Rank.GIAO_VIEN_MAM_NON : Rank.CAN_SU;
			}
			if (this.person.category() == PersonnelCategory.PUBLIC_EMPLOYEE) {
				if (this.workplace.school()) {
					String name = this.workplace.name();
					return name.startsWith("Trường Trung học phổ thông") || name.startsWith("Trường Phổ thông")
							? Rank.GIAO_VIEN_THPT
							: name.startsWith("Trường Trung học cơ sở") ? Rank.GIAO_VIEN_THCS
									: name.startsWith("Trường Mầm non") ? Rank.GIAO_VIEN_MAM_NON
											: Rank.GIAO_VIEN_TIEU_HOC;
				}
				if (this.workplace.health()) {
					return this.field.startsWith("Y") ? Rank.BAC_SI
							: this.field.startsWith("Dược") ? Rank.DUOC_SI : Rank.DIEU_DUONG;
				}
			}
			return Rank.CHUYEN_VIEN;
		}

		/** Chuyên viên chính for the experienced with its state-management training. */
		private Rank finalRank(Rank first) {
			if (first == Rank.CHUYEN_VIEN && this.age >= 36
					&& this.person.stateManagementLevel().atLeast(StateManagementLevel.CHUYEN_VIEN_CHINH)) {
				return Rank.CHUYEN_VIEN_CHINH;
			}
			return first;
		}

		private PersonDetails.Recognition recognition(LocalDate recruited) {
			String awards = null;
			int years = SyntheticRecords.this.asOf.getYear() - recruited.getYear();
			if (years >= 3 && chance(35)) {
				int year = recruited.getYear() + 2 + number(Math.max(1, years - 2));
				awards = choose("Giấy khen của Chủ tịch Ủy ban nhân dân huyện:4|Bằng khen của Chủ tịch Ủy ban nhân dân "
						+ "tỉnh:2|Chiến sĩ thi đua cơ sở:3|Giấy khen của Giám đốc Sở:2") + " (" + Math.min(year, 2025)
						+ ")";
			}
			String discipline = null;
			if (years >= 2 && chance(1)) {
				discipline = choose("Khiển trách:4|Cảnh cáo:1") + " (" + (recruited.getYear() + 1 + number(years - 1))
						+ "), " + choose("Ủy ban Kiểm tra Đảng ủy:1|Thủ trưởng cơ quan:2");
			}
			String title = (this.workplace.school() && this.age >= 45 && chance(3)) ? "Nhà giáo ưu tú" : null;
			return new PersonDetails.Recognition(title, null, awards, discipline);
		}

		private PersonDetails.Health health() {
			boolean male = this.person.gender() == Gender.MALE;
			int height = male ? 158 + number(20) : 148 + number(16);
			int weight = male ? 52 + number(26) : 42 + number(20);
			return new PersonDetails.Health(choose("Tốt:90|Khá:8|Trung bình:2"), height, weight,
					BLOOD_TYPES[number(BLOOD_TYPES.length)], null, chance(3) ? "Con thương binh" : null);
		}

		/** Parents, spouse and children, and the spouse's parents. */
		private List<PersonDetails.Relative> relatives(Place home) {
			List<PersonDetails.Relative> relatives = new ArrayList<>();
			SyntheticPerson p = this.person;
			boolean male = p.gender() == Gender.MALE;
			int fatherYear = p.birthYear() - 24 - number(12);
			int motherYear = Math.min(fatherYear + number(8), p.birthYear() - 19);
			relatives.add(parent(PersonDetails.FamilySide.OWN, "Bố đẻ", name(Gender.MALE, p.name().familyName()),
					fatherYear, home));
			relatives.add(parent(PersonDetails.FamilySide.OWN, "Mẹ đẻ", name(Gender.FEMALE, null), motherYear, home));
			if (this.age < 24 || !chance(this.age < 30 ? 55 : 92)) {
				return relatives;
			}
			int spouseYear = male ? p.birthYear() + number(7) : p.birthYear() - number(7);
			String spouse = name(male ? Gender.FEMALE : Gender.MALE, null);
			String spouseFamily = spouse.substring(0, Math.max(0, spouse.indexOf(' ')));
			relatives.add(new PersonDetails.Relative(PersonDetails.FamilySide.OWN, male ? "Vợ" : "Chồng", spouse,
					spouseYear, spouseJob() + ", trú tại " + placeText(home)));
			String family = male ? p.name().familyName() : spouseFamily;
			int married = p.birthYear() + 23 + number(Math.max(1, Math.min(8, this.age - 23)));
			int children = choose("1:3|2:6|3:1").charAt(0) - '0';
			int year = married + 1 + number(2);
			for (int i = 0; i < children && year <= SyntheticRecords.this.asOf.getYear() - 1; i++) {
				String child = name(chance(50) ? Gender.MALE : Gender.FEMALE, family.isEmpty() ? null : family);
				int childAge = SyntheticRecords.this.asOf.getYear() - year;
				relatives.add(new PersonDetails.Relative(PersonDetails.FamilySide.OWN, "Con", child, year, childAge < 6
						? "Còn nhỏ" : childAge < 18 ? "Học sinh" : childAge < 23 ? "Sinh viên" : "Đã đi làm"));
				year += 2 + number(4);
			}
			int inLawYear = spouseYear - 24 - number(10);
			relatives.add(parent(PersonDetails.FamilySide.SPOUSE, male ? "Bố vợ" : "Bố chồng",
					name(Gender.MALE, spouseFamily.isEmpty() ? null : spouseFamily), inLawYear, commune()));
			relatives.add(parent(PersonDetails.FamilySide.SPOUSE, male ? "Mẹ vợ" : "Mẹ chồng",
					name(Gender.FEMALE, null), inLawYear + number(6), commune()));
			return relatives;
		}

		private PersonDetails.Relative parent(PersonDetails.FamilySide side, String relation, String name,
				int birthYear, Place home) {
			int age = SyntheticRecords.this.asOf.getYear() - birthYear;
			String details = (age > 85 || (age > 70 && chance(35))) ? "Đã mất"
					: choose("Làm ruộng:5|Cán bộ hưu trí:2|Buôn bán nhỏ:1|Nội trợ:1") + ", trú tại " + placeText(home);
			return new PersonDetails.Relative(side, relation, name, birthYear, details);
		}

		private String name(Gender gender, @Nullable String family) {
			return SyntheticRecords.this.people.fullName(SyntheticRecords.this.provinceCode, this.person.ethnicity(),
					gender, family);
		}

		private String position() {
			Workplace w = this.workplace;
			PersonnelCategory category = this.person.category();
			if (category == PersonnelCategory.CONTRACT) {
				return choose("Nhân viên lái xe:3|Nhân viên bảo vệ:3|Nhân viên phục vụ:2|Nhân viên văn thư:2");
			}
			if (category == PersonnelCategory.PART_TIME) {
				return choose("Phụ trách công tác Văn phòng:1|Phó Chủ tịch Hội Nông dân:2|Phó Bí thư Đoàn Thanh niên:2|"
						+ "Phó Chủ tịch Hội Liên hiệp Phụ nữ:2|Nhân viên thú y:1|Phụ trách Đài truyền thanh:1");
			}
			String spec;
			if (category == PersonnelCategory.PUBLIC_EMPLOYEE && w.school()) {
				spec = "Giáo viên:85|Tổ trưởng chuyên môn:6|Phó Hiệu trưởng:4|Hiệu trưởng:2|Kế toán:2|Văn thư:1";
			}
			else if (category == PersonnelCategory.PUBLIC_EMPLOYEE && w.health()) {
				spec = "Bác sĩ:28|Điều dưỡng:38|Dược sĩ:7|Kỹ thuật viên:9|Hộ sinh:5|Trưởng khoa:4|Phó Trưởng khoa:5|"
						+ "Kế toán:2|Phó Giám đốc:1|Giám đốc:1";
			}
			else if (category == PersonnelCategory.PUBLIC_EMPLOYEE && w.name().startsWith("Trường Chính trị")) {
				spec = "Giảng viên:70|Trưởng khoa:5|Phó Hiệu trưởng:2|Hiệu trưởng:1|Chuyên viên:22";
			}
			else if (category == PersonnelCategory.PUBLIC_EMPLOYEE) {
				spec = "Viên chức:40|Chuyên viên:25|Kỹ sư:15|Kế toán:5|Phó Giám đốc:4|Giám đốc:1";
			}
			else if (category == PersonnelCategory.CADRE) {
				spec = switch (w.type()) {
					case PARTY_COMMITTEE -> "Bí thư:1|Phó Bí thư:2|Ủy viên Ban Thường vụ:4|Ủy viên Ban Chấp hành:6";
					case PARTY_BOARD -> "Trưởng ban:1|Phó Trưởng ban:3|Ủy viên:2";
					case PEOPLES_COUNCIL -> "Chủ tịch Hội đồng nhân dân:1|Phó Chủ tịch Hội đồng nhân dân:2|"
							+ "Trưởng ban Hội đồng nhân dân:2|Phó Trưởng ban Hội đồng nhân dân:2";
					case PEOPLES_COMMITTEE ->
						"Chủ tịch Ủy ban nhân dân:1|Phó Chủ tịch Ủy ban nhân dân:3|" + "Ủy viên Ủy ban nhân dân:3";
					case FATHERLAND_FRONT ->
						"Chủ tịch Ủy ban Mặt trận Tổ quốc:1|Phó Chủ tịch Ủy ban Mặt trận Tổ quốc:3";
					case MASS_ORGANISATION -> "Chủ tịch:1|Phó Chủ tịch:2";
					case DIVISION -> "Trưởng phòng:1|Phó Trưởng phòng:2";
					default -> "Giám đốc:1|Phó Giám đốc:3";
				};
			}
			else {
				spec = "Chuyên viên:80|Trưởng phòng:3|Phó Trưởng phòng:6|Kế toán viên:5|Văn thư:3|Thanh tra viên:3";
			}
			String position = choose(spec);
			boolean leader = position.startsWith("Phó") || head(position);
			if (leader && this.age < 32) {
				return category == PersonnelCategory.CADRE ? "Ủy viên"
						: w.school() ? "Giáo viên" : w.health() ? "Điều dưỡng" : "Chuyên viên";
			}
			return position;
		}

		private String duties(String position) {
			if (position.startsWith("Giáo viên")) {
				return "Giảng dạy";
			}
			return head(position) ? "Phụ trách chung" : position.startsWith("Phó") ? "Giúp người đứng đầu phụ trách "
					+ choose("công tác tổ chức:1|công tác chuyên môn:2|công tác tài chính:1") : null;
		}

		private @Nullable BigDecimal allowance(String position) {
			boolean commune = this.workplace.commune();
			if (head(position)) {
				return new BigDecimal(commune ? "0.30" : "0.70");
			}
			if (position.startsWith("Phó")) {
				return new BigDecimal(commune ? "0.20" : "0.50");
			}
			return null;
		}

		private String staffCode() {
			SyntheticRecords.this.serial++;
			return SyntheticRecords.this.provinceCode + "%07d".formatted(SyntheticRecords.this.serial);
		}

		private String recruitingAgency() {
			return switch (this.person.category()) {
				case PUBLIC_EMPLOYEE -> this.workplace.school() ? "Phòng Giáo dục và Đào tạo" : this.workplace.health()
						? "Sở Y tế " + SyntheticRecords.this.provinceName : this.workplace.name();
				case PART_TIME -> "Ủy ban nhân dân xã";
				case CONTRACT -> this.workplace.name();
				default -> choose("Sở Nội vụ :3|Ủy ban nhân dân :2") + SyntheticRecords.this.provinceName;
			};
		}

		private String institution() {
			String spec;
			if (this.workplace.school()) {
				spec = "Trường Đại học Tây Bắc:4|Trường Đại học Sư phạm Hà Nội:2|Trường Cao đẳng Sư phạm:2|"
						+ "Trường Đại học Sư phạm - Đại học Thái Nguyên:2";
			}
			else if (this.workplace.health()) {
				spec = "Trường Đại học Y Hà Nội:2|Trường Đại học Y Dược Thái Bình:2|Trường Đại học Y Dược Thái Nguyên:2|"
						+ "Trường Cao đẳng Y tế:3|Trường Đại học Dược Hà Nội:1";
			}
			else {
				spec = "Học viện Hành chính Quốc gia:3|Trường Đại học Luật Hà Nội:2|Trường Đại học Kinh tế Quốc dân:2|"
						+ "Trường Đại học Nông Lâm - Đại học Thái Nguyên:2|Trường Đại học Tây Bắc:3|"
						+ "Học viện Tài chính:1|Trường Đại học Công đoàn:1|Trường Cao đẳng Kinh tế - Kỹ thuật:1";
			}
			return choose(spec);
		}

		private String degree() {
			return switch (this.level) {
				case SO_CAP -> "Sơ cấp";
				case TRUNG_CAP -> "Trung cấp";
				case CAO_DANG -> "Cao đẳng";
				default -> this.field.startsWith("Y") ? "Bác sĩ"
						: this.field.startsWith("Dược") ? "Dược sĩ"
								: this.field.startsWith("Kỹ thuật") || this.field.startsWith("Xây dựng")
										|| this.field.startsWith("Nông") ? "Kỹ sư" : "Cử nhân";
			};
		}

		private String spouseJob() {
			return choose("Giáo viên:3|Công chức:2|Làm ruộng:3|Kinh doanh:2|Nhân viên y tế:1|Công nhân:1|Nội trợ:1");
		}

		private String otherName() {
			return choose("Tý:1|Tèo:1|Út:2|Cả:1|Bé:2|Hai:1");
		}

	}

	/**
	 * How many of the wanted people work in each agency, by its weight (largest
	 * remainders).
	 */
	public static int[] headcounts(List<SyntheticRecords.Workplace> workplaces, int wanted, String demoCommuneCode) {
		double[] weights = new double[workplaces.size()];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			SyntheticRecords.Workplace workplace = workplaces.get(i);
			weights[i] = weight(workplace) * (demoCommuneCode.equals(workplace.communeCode()) ? 2 : 1);
			total += weights[i];
		}
		int[] counts = new int[weights.length];
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double share = wanted * weights[i] / total;
			counts[i] = (int) share;
			remainders[i] = share - counts[i];
			given += counts[i];
		}
		Integer[] order = new Integer[weights.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
		for (int i = 0; given < wanted; i = (i + 1) % order.length, given++) {
			counts[order[i]]++;
		}
		return counts;
	}

	/**
	 * The usual relative size of an agency: a provincial hospital or department employs
	 * many, a commune's mass organisation two or three.
	 */
	private static double weight(SyntheticRecords.Workplace workplace) {
		boolean commune = workplace.communeCode() != null;
		if (workplace.type() == UnitType.PUBLIC_SERVICE_UNIT) {
			if (workplace.name().startsWith("Bệnh viện Đa khoa")) {
				return 400;
			}
			if (workplace.health()) {
				return 120;
			}
			if (workplace.school()) {
				return commune ? 30 : 80;
			}
			return commune ? 8 : 60;
		}
		return switch (workplace.type()) {
			case PARTY_COMMITTEE -> commune ? 6 : 30;
			case PARTY_BOARD -> 25;
			case PEOPLES_COUNCIL -> commune ? 3 : 8;
			case PEOPLES_COMMITTEE -> commune ? 5 : 12;
			case SPECIALISED_OFFICE -> commune ? 7 : 30;
			case DIVISION -> commune ? 5 : 10;
			case FATHERLAND_FRONT -> commune ? 5 : 20;
			case MASS_ORGANISATION -> commune ? 2 : 10;
			default -> 5;
		};
	}

	private String field(Workplace workplace) {
		if (workplace.school()) {
			return choose("Sư phạm Toán:3|Sư phạm Ngữ văn:3|Giáo dục Tiểu học:3|Giáo dục Mầm non:2|Sư phạm Tiếng Anh:2|"
					+ "Sư phạm Vật lý:1|Sư phạm Hóa học:1|Sư phạm Lịch sử:1|Giáo dục Thể chất:1");
		}
		if (workplace.health()) {
			return choose("Y đa khoa:4|Điều dưỡng:5|Dược:2|Y học cổ truyền:1|Kỹ thuật xét nghiệm y học:1");
		}
		return choose("Luật:3|Kinh tế:3|Quản lý nhà nước:3|Kế toán:2|Hành chính học:2|Nông học:1|Công nghệ thông tin:1|"
				+ "Xây dựng:1|Quản lý đất đai:1|Xây dựng Đảng và chính quyền nhà nước:1|Tài chính - Ngân hàng:1");
	}

	private String choose(String spec) {
		return CHOICES.computeIfAbsent(spec, Choice::parse).pick(this.random);
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private int number(int bound) {
		return this.random.nextInt(Math.max(1, bound));
	}

	/** The first of a month from {@code from} to {@code to}, both included. */
	private LocalDate monthIn(LocalDate from, LocalDate to) {
		long months = Math.max(0, ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)));
		return from.withDayOfMonth(1).plusMonths(this.random.nextLong(months + 1));
	}

	private Place commune() {
		return this.communes.get(this.random.nextInt(this.communes.size()));
	}

	private String address(Place place) {
		boolean ward = place.name().startsWith("Phường");
		return (ward ? "Tổ dân phố " + (1 + number(20))
				: "Bản " + choose("Na:1|Co:1|Nà:1|Huổi:1|Pá:1") + " " + (1 + number(9))) + ", " + placeText(place);
	}

	private String placeText(Place place) {
		return place.name() + ", " + this.provinceName;
	}

	/**
	 * The generated ID, or a free one of the same sex, year and province: ten thousand
	 * people of a province born in one year share a million numbers.
	 */
	private String uniqueCitizenId(CitizenId id) {
		String number = id.number();
		String prefix = number.substring(0, 6);
		int serial = Integer.parseInt(number.substring(6));
		while (!this.citizenIds.add(number)) {
			serial = (serial + 1) % 1_000_000;
			number = prefix + "%06d".formatted(serial);
		}
		return number;
	}

	private static LocalDate laterOf(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlierOf(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static boolean head(String position) {
		return position.startsWith("Bí thư") || position.startsWith("Chủ tịch") || position.startsWith("Giám đốc")
				|| position.startsWith("Hiệu trưởng") || position.startsWith("Trưởng")
				|| position.startsWith("Tổ trưởng");
	}

	/** "tỉnh Điện Biên", as addresses write a (pre-2025) province. */
	static String provinceLabel(String code) {
		String name = PROVINCE_NAMES.getOrDefault(code, code);
		return (List.of("01", "31", "48", "79", "92").contains(code) ? "thành phố " : "tỉnh ") + name;
	}

	private static Map<String, String> provinceNames() {
		String[] entries = ("01 Hà Nội|02 Hà Giang|04 Cao Bằng|06 Bắc Kạn|08 Tuyên Quang|10 Lào Cai|11 Điện Biên|"
				+ "12 Lai Châu|14 Sơn La|15 Yên Bái|17 Hòa Bình|19 Thái Nguyên|20 Lạng Sơn|22 Quảng Ninh|24 Bắc Giang|"
				+ "25 Phú Thọ|26 Vĩnh Phúc|27 Bắc Ninh|30 Hải Dương|31 Hải Phòng|33 Hưng Yên|34 Thái Bình|35 Hà Nam|"
				+ "36 Nam Định|37 Ninh Bình|38 Thanh Hóa|40 Nghệ An|42 Hà Tĩnh|44 Quảng Bình|45 Quảng Trị|"
				+ "46 Thừa Thiên Huế|48 Đà Nẵng|49 Quảng Nam|51 Quảng Ngãi|52 Bình Định|54 Phú Yên|56 Khánh Hòa|"
				+ "58 Ninh Thuận|60 Bình Thuận|62 Kon Tum|64 Gia Lai|66 Đắk Lắk|67 Đắk Nông|68 Lâm Đồng|70 Bình Phước|"
				+ "72 Tây Ninh|74 Bình Dương|75 Đồng Nai|77 Bà Rịa - Vũng Tàu|79 Hồ Chí Minh|80 Long An|82 Tiền Giang|"
				+ "83 Bến Tre|84 Trà Vinh|86 Vĩnh Long|87 Đồng Tháp|89 An Giang|91 Kiên Giang|92 Cần Thơ|93 Hậu Giang|"
				+ "94 Sóc Trăng|95 Bạc Liêu|96 Cà Mau")
			.split("\\|");
		Map<String, String> names = new java.util.HashMap<>();
		for (String entry : entries) {
			names.put(entry.substring(0, 2), entry.substring(3));
		}
		return Map.copyOf(names);
	}

	/** A weighted choice among texts, written "text:weight|text:weight". */
	private record Choice(List<String> values, int[] cumulative) {

		static Choice parse(String spec) {
			String[] entries = spec.split("\\|");
			List<String> values = new ArrayList<>();
			int[] cumulative = new int[entries.length];
			int total = 0;
			for (int i = 0; i < entries.length; i++) {
				int colon = entries[i].lastIndexOf(':');
				values.add(entries[i].substring(0, colon));
				total += Integer.parseInt(entries[i].substring(colon + 1));
				cumulative[i] = total;
			}
			return new Choice(List.copyOf(values), cumulative);
		}

		String pick(Random random) {
			int point = random.nextInt(this.cumulative[this.cumulative.length - 1]);
			for (int i = 0; i < this.cumulative.length; i++) {
				if (point < this.cumulative[i]) {
					return this.values.get(i);
				}
			}
			return this.values.get(this.values.size() - 1);
		}

	}

	/**
	 * The pay tables of NĐ 204/2004: first coefficient, increment, steps, months per
	 * step.
	 */
	private enum Table {

		A1("2.34", "0.33", 9, 36), A0("2.10", "0.31", 10, 36), A2_1("4.40", "0.34", 8, 36), B("1.86", "0.20", 12, 24);

		private final BigDecimal first;

		private final BigDecimal increment;

		private final int steps;

		private final int months;

		Table(String first, String increment, int steps, int months) {
			this.first = new BigDecimal(first);
			this.increment = new BigDecimal(increment);
			this.steps = steps;
			this.months = months;
		}

		BigDecimal coefficient(int step) {
			return this.first.add(this.increment.multiply(BigDecimal.valueOf(step - 1)))
				.setScale(2, RoundingMode.UNNECESSARY);
		}

		/**
		 * The first step paying more than the coefficient (a rank change never pays
		 * less).
		 */
		int stepAbove(BigDecimal coefficient) {
			for (int step = 1; step <= this.steps; step++) {
				if (coefficient(step).compareTo(coefficient) > 0) {
					return step;
				}
			}
			return this.steps;
		}

		int steps() {
			return this.steps;
		}

		int months() {
			return this.months;
		}

	}

	/** The ranks and professional titles the demo uses, with their codes. */
	private enum Rank {

		CHUYEN_VIEN_CHINH("01.002", "Chuyên viên chính", Table.A2_1), CHUYEN_VIEN("01.003", "Chuyên viên", Table.A1),
		CAN_SU("01.004", "Cán sự", Table.A0), NHAN_VIEN("01.005", "Nhân viên", Table.B),
		GIAO_VIEN_MAM_NON("V.07.02.26", "Giáo viên mầm non hạng III", Table.A0),
		GIAO_VIEN_TIEU_HOC("V.07.03.29", "Giáo viên tiểu học hạng III", Table.A1),
		GIAO_VIEN_THCS("V.07.04.32", "Giáo viên trung học cơ sở hạng III", Table.A1),
		GIAO_VIEN_THPT("V.07.05.15", "Giáo viên trung học phổ thông hạng III", Table.A1),
		BAC_SI("V.08.01.03", "Bác sĩ hạng III", Table.A1), DUOC_SI("V.08.08.22", "Dược sĩ hạng III", Table.A1),
		DIEU_DUONG("V.08.05.12", "Điều dưỡng hạng III", Table.A1);

		private final String code;

		private final String label;

		private final Table table;

		Rank(String code, String label, Table table) {
			this.code = code;
			this.label = label;
			this.table = table;
		}

		String code() {
			return this.code;
		}

		String label() {
			return this.label;
		}

		Table table() {
			return this.table;
		}

	}

}
