package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.canbo.documents.ImportRow;
import vn.canbo.documents.PartialDate;

/**
 * The columns of the personnel spreadsheet (danh sách cán bộ) that the import reads and
 * the export writes: the Vietnamese header, the record fields it holds, how a value is
 * written and how a cell is read. The export writes exactly these columns, so an exported
 * file re-imports unchanged.
 */
public final class PersonSheet {

	/** The column keys of the row number, which the import ignores. */
	public static final String ROW_NUMBER = "rowNumber";

	static final String AGENCY_CODE = "employment.agencyCode";

	static final String AGENCY_NAME = "employment.agencyName";

	/** Values a column reads, by column key; a key present with null clears the field. */
	static final class Values {

		private final Map<String, @Nullable Object> values = new HashMap<>();

		private final List<Problem> problems = new ArrayList<>();

		void put(String key, @Nullable Object value) {
			this.values.put(key, value);
		}

		boolean has(String key) {
			return this.values.containsKey(key);
		}

		@Nullable Object get(String key) {
			return this.values.get(key);
		}

		@SuppressWarnings("unchecked")
		<T> @Nullable T pick(String key, @Nullable T base) {
			return this.values.containsKey(key) ? (T) this.values.get(key) : base;
		}

		void problem(String key, String messageKey, Object... arguments) {
			this.problems.add(new Problem(key, messageKey, List.of(arguments)));
		}

		List<Problem> problems() {
			return this.problems;
		}

	}

	/**
	 * A cell that holds no acceptable value: the column key, the message and arguments.
	 */
	record Problem(String columnKey, String messageKey, List<Object> arguments) {
	}

	/** How a column reads its cell into the values. */
	@FunctionalInterface
	interface Reader {

		void read(ImportRow row, String key, Values values);

	}

	/**
	 * A column of the sheet.
	 *
	 * @param key the name the mapping uses: the (first) record field it holds
	 * @param header the Vietnamese header
	 * @param fields the record fields (property paths, indices removed) whose problems
	 * are reported against this column
	 * @param required whether a sheet without the column cannot be imported
	 * @param writer the value written for a record
	 * @param reader how a cell is read
	 * @param aliases other headers found in officers' own sheets
	 */
	public record Column(String key, String header, List<String> fields, boolean required,
			Function<ListedPerson, @Nullable Object> writer, Reader reader, List<String> aliases) {

		/** Whether a header of a user's sheet names this column (diacritics ignored). */
		public boolean matches(String candidate) {
			String wanted = Labels.matchKey(candidate);
			return Labels.matchKey(this.header).equals(wanted)
					|| this.aliases.stream().anyMatch((alias) -> Labels.matchKey(alias).equals(wanted));
		}

	}

	private static final List<Column> COLUMNS = List
		.of(column(ROW_NUMBER, "STT", List.of(), false, (person) -> null, (row, key, values) -> {
		}, "Số thứ tự", "TT"),
				text("employment.staffCode", "Số hiệu", (d) -> d.employment().staffCode(), "Số hiệu CBCC", "Mã cán bộ"),
				column("identity.fullName", "Họ và tên", List.of("identity.fullName"), true,
						(person) -> person.details().identity().fullName(), PersonSheet::readText, "Họ tên"),
				column("identity.birthDate", "Ngày sinh",
						List.of("identity.birthDay", "identity.birthMonth", "identity.birthYear"), true,
						(person) -> birthText(person.details().identity()), PersonSheet::readBirth,
						"Ngày tháng năm sinh", "Năm sinh"),
				column("identity.gender", "Giới tính", List.of("identity.gender"), true,
						(person) -> label(person.details().identity().gender()),
						enumReader(Gender::fromLabel, "peopleimport.error.gender"), "Nam/Nữ"),
				column("identity.ethnicity", "Dân tộc", List.of("identity.ethnicity"), true,
						(person) -> ethnicityName(person.details().identity().ethnicity()),
						enumReader((text) -> Ethnicity.fromName(text).or(() -> Ethnicity.fromCode(text)),
								"peopleimport.error.ethnicity")),
				column("identity.religion", "Tôn giáo", List.of("identity.religion"), false,
						(person) -> label(person.details().identity().religion()),
						enumReader(Religion::fromLabel, "peopleimport.error.religion")),
				column("identity.citizenId", "Số CCCD", List.of("identity.citizenId"), false,
						(person) -> person.details().identity().citizenId(), digitsReader(12), "CCCD", "Số căn cước",
						"Số căn cước công dân", "Số CCCD/CMND"),
				date("identity.citizenIdIssuedOn", "Ngày cấp", (d) -> d.identity().citizenIdIssuedOn(),
						"Ngày cấp CCCD"),
				column("identity.socialInsuranceNumber", "Số sổ BHXH", List.of("identity.socialInsuranceNumber"), false,
						(person) -> person.details().identity().socialInsuranceNumber(), digitsReader(10), "Số BHXH",
						"Mã số BHXH"),
				text("identity.homeTown", "Quê quán", (d) -> d.identity().homeTown()),
				text("identity.birthPlace", "Nơi sinh", (d) -> d.identity().birthPlace()),
				text("identity.currentAddress", "Nơi ở hiện nay", (d) -> d.identity().currentAddress(), "Nơi ở",
						"Chỗ ở hiện nay"),
				column("employment.category", "Đối tượng", List.of("employment.category"), true,
						(person) -> label(person.details().employment().category()),
						enumReader(PersonnelCategory::fromLabel, "peopleimport.error.category"), "Loại cán bộ"),
				column(AGENCY_CODE, "Mã cơ quan", List.of("employment.agencyId"), false, ListedPerson::agencyCode,
						PersonSheet::readText, "Mã đơn vị"),
				column(AGENCY_NAME, "Cơ quan, đơn vị", List.of(), false, ListedPerson::agencyName,
						PersonSheet::readText, "Cơ quan", "Đơn vị", "Đơn vị công tác", "Cơ quan, đơn vị công tác"),
				text("employment.position", "Chức vụ", (d) -> d.employment().position(), "Chức vụ, chức danh",
						"Chức danh"),
				column("employment.local", "Người địa phương", List.of("employment.local"), false,
						(person) -> person.details().employment().local() ? "Có" : "Không", PersonSheet::readYesNo),
				column("qualifications.generalEducation", "Trình độ GDPT", List.of("qualifications.generalEducation"),
						false, (person) -> educationLabel(person.details().qualifications().generalEducation()),
						enumReader(EducationLevel::fromLabel, "peopleimport.error.education"), "Giáo dục phổ thông",
						"Trình độ giáo dục phổ thông"),
				column("qualifications.professionalLevel", "Trình độ chuyên môn",
						List.of("qualifications.professionalLevel"), false,
						(person) -> label(person.details().qualifications().professionalLevel()),
						enumReader(ProfessionalLevel::fromLabel, "peopleimport.error.professionalLevel")),
				text("qualifications.professionalField", "Chuyên ngành", (d) -> d.qualifications().professionalField()),
				column("qualifications.politicalTheory", "Lý luận chính trị", List.of("qualifications.politicalTheory"),
						false, (person) -> label(person.details().qualifications().politicalTheory()),
						enumReader(PoliticalTheoryLevel::fromLabel, "peopleimport.error.politicalTheory"), "LLCT"),
				column("qualifications.stateManagement", "Quản lý nhà nước", List.of("qualifications.stateManagement"),
						false, (person) -> label(person.details().qualifications().stateManagement()),
						enumReader(StateManagementLevel::fromLabel, "peopleimport.error.stateManagement"), "QLNN"),
				text("qualifications.foreignLanguages", "Ngoại ngữ", (d) -> d.qualifications().foreignLanguages()),
				text("qualifications.informationTechnology", "Tin học",
						(d) -> d.qualifications().informationTechnology()),
				date("memberships.partyJoinedOn", "Ngày vào Đảng", (d) -> d.memberships().partyJoinedOn()),
				date("memberships.partyOfficialOn", "Ngày chính thức", (d) -> d.memberships().partyOfficialOn()),
				text("salary.rankCode", "Mã ngạch", (d) -> salary(d, PersonDetails.SalaryStep::rankCode)),
				text("salary.rankName", "Ngạch", (d) -> salary(d, PersonDetails.SalaryStep::rankName), "Tên ngạch"),
				column("salary.step", "Bậc", List.of("salaryHistory.step"), false,
						(person) -> salary(person.details(), PersonDetails.SalaryStep::step), PersonSheet::readStep,
						"Bậc lương"),
				column("salary.coefficient", "Hệ số", List.of("salaryHistory.coefficient"), false,
						(person) -> salary(person.details(), PersonDetails.SalaryStep::coefficient),
						PersonSheet::readNumber, "Hệ số lương"),
				column("salary.effectiveOn", "Ngày hưởng", List.of("salaryHistory.effectiveOn"), false,
						(person) -> salary(person.details(), PersonDetails.SalaryStep::effectiveOn),
						PersonSheet::readDate, "Ngày hưởng lương"),
				date("employment.recruitedOn", "Ngày tuyển dụng", (d) -> d.employment().recruitedOn()));

	private PersonSheet() {
	}

	/** The columns in sheet order. */
	public static List<Column> columns() {
		return COLUMNS;
	}

	/** The column of the key. */
	public static Optional<Column> column(String key) {
		return COLUMNS.stream().filter((column) -> column.key().equals(key)).findFirst();
	}

	/**
	 * The mapping a user's sheet suggests: each column to the first header that names it
	 * (without diacritics or case); columns no header names are left out.
	 */
	public static Map<String, String> suggestMapping(List<String> headers) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (Column column : COLUMNS) {
			headers.stream()
				.filter(column::matches)
				.findFirst()
				.ifPresent((header) -> mapping.put(column.key(), header));
		}
		return mapping;
	}

	/**
	 * The values a coded column accepts, as the template's drop-downs offer them, by
	 * column key: the labels the export writes and the import reads back.
	 */
	public static Map<String, List<String>> choices() {
		Map<String, List<String>> choices = new LinkedHashMap<>();
		choices.put("identity.gender", labels(Gender.values()));
		choices.put("identity.ethnicity",
				java.util.Arrays.stream(Ethnicity.values()).map(Ethnicity::officialName).toList());
		choices.put("identity.religion", labels(Religion.values()));
		choices.put("employment.category", labels(PersonnelCategory.values()));
		choices.put("employment.local", List.of("Có", "Không"));
		List<String> education = new ArrayList<>();
		for (int system : new int[] { 12, 10 }) {
			for (int grade = system; grade >= 1; grade--) {
				education.add(new EducationLevel(grade, system).label());
			}
		}
		choices.put("qualifications.generalEducation", education);
		choices.put("qualifications.professionalLevel", labels(ProfessionalLevel.values()));
		choices.put("qualifications.politicalTheory", labels(PoliticalTheoryLevel.values()));
		choices.put("qualifications.stateManagement", labels(StateManagementLevel.values()));
		return choices;
	}

	private static List<String> labels(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(PersonSheet::label).map(String::valueOf).toList();
	}

	/** The row written for a record, in column order. */
	static @Nullable Object[] row(ListedPerson person, int rowNumber) {
		@Nullable Object[] row = new Object[COLUMNS.size()];
		row[0] = rowNumber;
		for (int i = 1; i < COLUMNS.size(); i++) {
			row[i] = COLUMNS.get(i).writer().apply(person);
		}
		return row;
	}

	/**
	 * The record with the sheet's values over the base: the columns the sheet has replace
	 * the base's fields (a blank cell clears one), the rest of the base is kept. A
	 * current salary step that differs from the base's becomes a new entry of its history
	 * (or replaces the entry of the same date).
	 */
	static PersonDetails merge(PersonDetails base, Values values, @Nullable Long agencyId) {
		PersonDetails.Identity identity = base.identity();
		Integer birthDay = identity.birthDay();
		Integer birthMonth = identity.birthMonth();
		Integer birthYear = identity.birthYear();
		if (values.has("identity.birthDate")) {
			PartialDate birth = (PartialDate) values.get("identity.birthDate");
			birthDay = birth == null ? null : birth.day();
			birthMonth = birth == null ? null : birth.month();
			birthYear = birth == null ? null : birth.year();
		}
		PersonDetails.Identity newIdentity = new PersonDetails.Identity(
				values.pick("identity.fullName", identity.fullName()), identity.otherNames(), birthDay, birthMonth,
				birthYear, values.pick("identity.gender", identity.gender()), identity.birthPlaceCode(),
				values.pick("identity.birthPlace", identity.birthPlace()), identity.homeTownCode(),
				values.pick("identity.homeTown", identity.homeTown()), identity.permanentAddress(),
				values.pick("identity.currentAddress", identity.currentAddress()), identity.phone(), identity.email(),
				values.pick("identity.ethnicity", identity.ethnicity()),
				values.pick("identity.religion", identity.religion()),
				values.pick("identity.citizenId", identity.citizenId()),
				values.pick("identity.citizenIdIssuedOn", identity.citizenIdIssuedOn()), identity.citizenIdIssuedBy(),
				values.pick("identity.socialInsuranceNumber", identity.socialInsuranceNumber()),
				identity.familyBackground());
		PersonDetails.Employment employment = base.employment();
		Boolean local = values.pick("employment.local", employment.local());
		PersonDetails.Employment newEmployment = new PersonDetails.Employment(
				values.pick("employment.staffCode", employment.staffCode()),
				values.pick("employment.category", employment.category()),
				agencyId == null ? employment.agencyId() : agencyId,
				values.pick("employment.position", employment.position()), employment.mainDuties(),
				local != null && local, employment.occupationBeforeRecruitment(),
				values.pick("employment.recruitedOn", employment.recruitedOn()), employment.recruitingAgency(),
				employment.joinedAgencyOn());
		PersonDetails.Qualifications qualifications = base.qualifications();
		PersonDetails.Qualifications newQualifications = new PersonDetails.Qualifications(
				values.pick("qualifications.generalEducation", qualifications.generalEducation()),
				values.pick("qualifications.professionalLevel", qualifications.professionalLevel()),
				values.pick("qualifications.professionalField", qualifications.professionalField()),
				qualifications.academicTitle(),
				values.pick("qualifications.politicalTheory", qualifications.politicalTheory()),
				values.pick("qualifications.stateManagement", qualifications.stateManagement()),
				values.pick("qualifications.foreignLanguages", qualifications.foreignLanguages()),
				values.pick("qualifications.informationTechnology", qualifications.informationTechnology()));
		PersonDetails.Memberships memberships = base.memberships();
		PersonDetails.Memberships newMemberships = new PersonDetails.Memberships(
				values.pick("memberships.partyJoinedOn", memberships.partyJoinedOn()),
				values.pick("memberships.partyOfficialOn", memberships.partyOfficialOn()),
				memberships.partyCardNumber(), memberships.massOrganisations(), memberships.militaryEnlistedOn(),
				memberships.militaryDischargedOn(), memberships.militaryRank());
		return base.withIdentity(newIdentity)
			.withEmployment(newEmployment)
			.withQualifications(newQualifications)
			.withMemberships(newMemberships)
			.withHistories(base.trainings(), base.workHistory(), salaryHistory(base, values), base.relatives());
	}

	private static List<PersonDetails.SalaryStep> salaryHistory(PersonDetails base, Values values) {
		PersonDetails.SalaryStep current = base.currentSalary();
		String rankCode = values.pick("salary.rankCode", current == null ? null : current.rankCode());
		String rankName = values.pick("salary.rankName", current == null ? null : current.rankName());
		Integer step = values.pick("salary.step", current == null ? null : current.step());
		BigDecimal coefficient = values.pick("salary.coefficient", current == null ? null : current.coefficient());
		LocalDate effectiveOn = values.pick("salary.effectiveOn", current == null ? null : current.effectiveOn());
		if (rankCode == null && rankName == null && step == null && coefficient == null && effectiveOn == null) {
			// A flat list never deletes a history it does not show.
			return base.salaryHistory();
		}
		if (current != null && java.util.Objects.equals(rankCode, current.rankCode())
				&& java.util.Objects.equals(rankName, current.rankName())
				&& java.util.Objects.equals(step, current.step()) && sameNumber(coefficient, current.coefficient())
				&& java.util.Objects.equals(effectiveOn, current.effectiveOn())) {
			return base.salaryHistory();
		}
		PersonDetails.SalaryStep incoming = new PersonDetails.SalaryStep(effectiveOn, rankCode, rankName, step,
				coefficient, current == null ? null : current.positionAllowance(),
				current == null ? null : current.otherAllowances());
		List<PersonDetails.SalaryStep> history = new ArrayList<>();
		for (PersonDetails.SalaryStep entry : base.salaryHistory()) {
			if (!java.util.Objects.equals(entry.effectiveOn(), effectiveOn)) {
				history.add(entry);
			}
		}
		history.add(incoming);
		return history;
	}

	static boolean sameNumber(@Nullable BigDecimal first, @Nullable BigDecimal second) {
		return (first == null) ? second == null : second != null && first.compareTo(second) == 0;
	}

	/** The column key whose cell a problem of the record field belongs to, if any. */
	static Optional<Column> columnOfField(String field) {
		String plain = field.replaceAll("\\[\\d+]", "");
		return COLUMNS.stream().filter((column) -> column.fields().contains(plain)).findFirst();
	}

	/** The keys of the columns a sheet must have. */
	static Set<String> requiredKeys() {
		Set<String> keys = new java.util.LinkedHashSet<>();
		COLUMNS.stream().filter(Column::required).forEach((column) -> keys.add(column.key()));
		return keys;
	}

	private static Column column(String key, String header, List<String> fields, boolean required,
			Function<ListedPerson, @Nullable Object> writer, Reader reader, String... aliases) {
		return new Column(key, header, fields, required, writer, reader, List.of(aliases));
	}

	private static Column text(String key, String header, Function<PersonDetails, @Nullable Object> value,
			String... aliases) {
		return column(key, header, List.of(key), false, (person) -> value.apply(person.details()),
				PersonSheet::readText, aliases);
	}

	private static Column date(String key, String header, Function<PersonDetails, @Nullable Object> value,
			String... aliases) {
		return column(key, header, List.of(key), false, (person) -> value.apply(person.details()),
				PersonSheet::readDate, aliases);
	}

	private static void readText(ImportRow row, String key, Values values) {
		values.put(key, row.text(key).orElse(null));
	}

	private static void readDate(ImportRow row, String key, Values values) {
		values.put(key, row.date(key).orElse(null));
	}

	private static void readNumber(ImportRow row, String key, Values values) {
		values.put(key, row.number(key).orElse(null));
	}

	private static void readStep(ImportRow row, String key, Values values) {
		Optional<BigDecimal> number = row.number(key);
		if (number.isPresent()) {
			try {
				values.put(key, number.get().intValueExact());
				return;
			}
			catch (ArithmeticException ex) {
				values.problem(key, "peopleimport.error.step", number.get().toPlainString());
			}
		}
		values.put(key, null);
	}

	private static void readBirth(ImportRow row, String key, Values values) {
		values.put(key, row.partialDate(key).orElse(null));
	}

	private static void readYesNo(ImportRow row, String key, Values values) {
		Optional<String> text = row.text(key);
		if (text.isEmpty()) {
			values.put(key, false);
			return;
		}
		String answer = Labels.matchKey(text.get());
		if (Set.of("co", "x", "true", "1", "yes", "dung").contains(answer)) {
			values.put(key, true);
		}
		else if (Set.of("khong", "false", "0", "no").contains(answer)) {
			values.put(key, false);
		}
		else {
			values.problem(key, "peopleimport.error.yesNo", text.get());
		}
	}

	/**
	 * Reads digits. Only a number cell is padded: Excel drops the leading zeros of a
	 * number (ID numbers start with a province code such as 001), while digits written as
	 * text are as the officer typed them, and one too few is an error to report, not a
	 * zero to add.
	 */
	private static Reader digitsReader(int length) {
		return (row, key, values) -> {
			String text = row.text(key).orElse(null);
			if (text != null && row.isNumber(key)) {
				String digits = text.replaceAll("[\\s.]", "");
				if (digits.matches("\\d+") && digits.length() < length && digits.length() >= length - 2) {
					text = "0".repeat(length - digits.length()) + digits;
				}
			}
			values.put(key, text);
		};
	}

	private static <T> Reader enumReader(Function<String, Optional<T>> parse, String messageKey) {
		return (row, key, values) -> {
			Optional<String> text = row.text(key);
			if (text.isEmpty()) {
				values.put(key, null);
				return;
			}
			Optional<T> parsed = parse.apply(text.get());
			if (parsed.isEmpty()) {
				values.problem(key, messageKey, text.get());
			}
			values.put(key, parsed.orElse(null));
		};
	}

	private static @Nullable String birthText(PersonDetails.Identity identity) {
		Integer year = identity.birthYear();
		if (year == null) {
			return null;
		}
		if (identity.birthMonth() == null) {
			return String.valueOf(year);
		}
		if (identity.birthDay() == null) {
			return "%02d/%d".formatted(identity.birthMonth(), year);
		}
		return "%02d/%02d/%d".formatted(identity.birthDay(), identity.birthMonth(), year);
	}

	private static @Nullable String label(@Nullable Enum<?> value) {
		if (value == null) {
			return null;
		}
		String key;
		if (value instanceof Gender gender) {
			key = gender.messageKey();
		}
		else if (value instanceof Religion religion) {
			key = religion.messageKey();
		}
		else if (value instanceof PersonnelCategory category) {
			key = category.messageKey();
		}
		else if (value instanceof ProfessionalLevel level) {
			key = level.messageKey();
		}
		else if (value instanceof PoliticalTheoryLevel level) {
			key = level.messageKey();
		}
		else if (value instanceof StateManagementLevel level) {
			key = level.messageKey();
		}
		else {
			throw new IllegalArgumentException("No label for " + value);
		}
		return Labels.vietnamese(key);
	}

	private static @Nullable String ethnicityName(@Nullable Ethnicity ethnicity) {
		return ethnicity == null ? null : ethnicity.officialName();
	}

	private static @Nullable String educationLabel(@Nullable EducationLevel level) {
		return level == null ? null : level.label();
	}

	private static <T> @Nullable T salary(PersonDetails details, Function<PersonDetails.SalaryStep, T> part) {
		PersonDetails.SalaryStep current = details.currentSalary();
		return current == null ? null : part.apply(current);
	}

}
