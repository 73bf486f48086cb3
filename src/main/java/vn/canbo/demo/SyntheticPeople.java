package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.CitizenId;
import vn.canbo.people.EducationLevel;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonName;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.Religion;
import vn.canbo.people.StateManagementLevel;

/**
 * A deterministic source of realistic but fake people for the demo and tests. Names are
 * drawn from common family, middle and given names with rough national frequencies,
 * varied by region and by the ethnic mix of the mountain, Central Highlands and Mekong
 * provinces; every other field is drawn to be consistent with them (the citizen ID
 * encodes the sex, birth year and province of birth). The frequencies are approximations
 * for a plausible demo, not statistics.
 */
public final class SyntheticPeople {

	/** The date the ages are counted at unless another is given. */
	public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 1);

	private static final List<String> KINH_MALE_GIVEN = words("Hùng Dũng Tuấn Minh Hải Nam Long Sơn Thắng Cường Hưng "
			+ "Quân Trung Đức Phong Hiếu Tùng Bình Thành Hòa Khánh Lâm Quang Huy Tâm Toàn Việt Hoàng Kiên Đạt Phúc Anh "
			+ "Đông Hiệp Lợi Tiến Vinh Thịnh Chiến Hậu Nghĩa Tú Lộc Sang Phát Tài Lực Thanh Trí Duy Khoa Thái Bảo Đào");

	private static final List<String> KINH_FEMALE_GIVEN = words("Hằng Lan Hương Hoa Mai Linh Trang Thủy Hà Nga Huyền "
			+ "Nhung Thảo Loan Yến Phương Thu Vân Anh Ngọc Hạnh Dung Liên Oanh Tuyết Hiền Thúy Nhàn Hồng Quyên Ánh "
			+ "Giang Chi Trinh Xuân Duyên Hậu Diệp Ly Vy Nhi Tâm Thắm Huệ Lụa Hạ Hoài");

	private static final String KINH_MALE_MIDDLE = "Văn=35 Đức=8 Minh=8 Hữu=7 Quang=6 Thanh=5 Xuân=4 Công=5 Ngọc=3 "
			+ "Mạnh=3 Tiến=3 Quốc=4 Hoàng=3 Anh=3 Trung=2 Duy=3 Đình=4 Thế=3 Trọng=3 Thành=3 Bá=2 Khắc=1 Văn+Minh=1 =2";

	private static final String KINH_FEMALE_MIDDLE = "Thị=45 Ngọc=8 Thu=6 Thanh=6 Minh=4 Phương=4 Hồng=4 Thúy=3 "
			+ "Kim=4 Mai=3 Hải=2 Bích=3 Diệu=2 Khánh=2 Mỹ=2 Quỳnh=2 Hoài=2 Thị+Thu=1 =1";

	private static final Map<Region, String> KINH_FAMILIES = Map.of(Region.NORTH,
			"Nguyễn=38 Trần=11 Lê=9 Phạm=7 Hoàng=5 Vũ=4.5 Đặng=2 Bùi=2.5 Đỗ=2.5 Ngô=1.5 Dương=1.2 Lý=0.5 Đào=1.2 "
					+ "Đinh=1.2 Hà=1 Lương=0.6 Trịnh=1 Mai=0.6 Cao=0.6 Phan=1.5 Hồ=0.5 Tạ=0.4 Chu=0.4 Lại=0.3 Kiều=0.3 "
					+ "Nghiêm=0.2 Triệu=0.3 Tô=0.4 Đoàn=0.8 Lưu=0.5 Khuất=0.2",
			Region.CENTRAL,
			"Nguyễn=35 Trần=10 Lê=11 Phạm=6 Hoàng=4 Võ=4.5 Phan=4 Hồ=3.5 Đặng=2 Bùi=1.5 Đỗ=1 Ngô=1.5 Dương=1 "
					+ "Huỳnh=2 Trương=1.5 Đinh=1 Thái=0.5 Văn=0.5 Đoàn=1 Lương=0.5 Mai=0.5 Cao=0.5 Tôn=0.2",
			Region.SOUTH,
			"Nguyễn=38 Trần=11 Lê=9 Phạm=5 Huỳnh=5 Võ=5 Phan=3 Trương=2 Đặng=1.5 Bùi=1 Đỗ=1 Ngô=1.5 Dương=1.5 "
					+ "Lý=1.5 Hồ=2 Lâm=1.2 Châu=0.8 Đoàn=0.8 Tô=0.5 Mai=0.8 Tăng=0.3 Quách=0.3 La=0.3");

	private static final Map<Ethnicity, NameStyle> MINORITY_STYLES = Map.of(Ethnicity.HOA,
			new NameStyle("Lâm=12 Trương=12 Quách=8 Hứa=8 Lý=10 Mã=6 Tăng=6 Lưu=6 Châu=6 Diệp=4 La=4 Tạ=4 Hồng=3",
					KINH_MALE_MIDDLE, KINH_FEMALE_MIDDLE, KINH_MALE_GIVEN, KINH_FEMALE_GIVEN),
			Ethnicity.TAY,
			new NameStyle("Nông=15 Hoàng=15 Lương=8 Ma=6 Hà=6 Lục=5 Triệu=5 Vi=5 Đàm=5 Bế=5 Lăng=3 Lý=4 Nguyễn=8 La=3",
					KINH_MALE_MIDDLE, KINH_FEMALE_MIDDLE, KINH_MALE_GIVEN, KINH_FEMALE_GIVEN),
			Ethnicity.NUNG,
			new NameStyle("Hoàng=15 Nông=12 Lăng=8 Vi=6 Lý=8 Chu=5 Mông=3 Lành=3 Hứa=4 Nguyễn=6 Triệu=4 Sầm=3 Dương=4",
					KINH_MALE_MIDDLE, KINH_FEMALE_MIDDLE, KINH_MALE_GIVEN, KINH_FEMALE_GIVEN),
			Ethnicity.MUONG,
			new NameStyle("Bùi=35 Đinh=20 Quách=10 Hà=8 Xa=5 Cao=5 Nguyễn=7 Trương=4", KINH_MALE_MIDDLE,
					KINH_FEMALE_MIDDLE, KINH_MALE_GIVEN, KINH_FEMALE_GIVEN),
			Ethnicity.DAO, new NameStyle("Triệu=30 Bàn=25 Đặng=15 Lý=10 Phùng=8 Chảo=6 Hoàng=6",
					"Văn=50 Tài=20 Kim=15 Tiến=5", "Thị=70 Mùi=10 Kim=10", KINH_MALE_GIVEN, KINH_FEMALE_GIVEN),
			Ethnicity.THAI,
			new NameStyle("Lò=20 Lường=12 Quàng=10 Cầm=10 Tòng=8 Lù=6 Vì=6 Điêu=5 Hoàng=5 Lê=4 Bạc=4 Sầm=3 Hà=4",
					"Văn=92 =8", "Thị=95 =5",
					words("Khánh Phanh Xuân Bun Ón Pọm Thoong Ngoan Chăn Hom Sáng Thành Tuấn Dũng Hùng Chung Tiến "
							+ "Doãn Hiến Thưởng Inh Piêng Kiên Nhất"),
					words("Phanh Xuân Ươn Lả Pọm Ơn Ín Lan Thơm Hoa Mai Hương Nga Thanh Hằng Chiên Ánh Xiêng Lún Ngọc")),
			Ethnicity.MONG,
			new NameStyle("Giàng=18 Thào=16 Vàng=14 Sùng=12 Mùa=8 Hờ=6 Lầu=6 Lý=6 Cứ=4 Hạng=4 Sình=3 Chá=3",
					"A=80 Seo=10 Văn=10", "Thị=65 =35",
					words("Dính Pao Chứ Sính Của Páo Tủa Dế Lử Chua Phử Vừ Nhè Súa Xá Chớ Dì Tông Sềnh Chư"),
					words("Mỷ Dợ Sua Mai Pàng Chu Dua Dế Mỉ Say Xúa Ly Chở Sủa Hoa Mẩy Pà Dung")),
			Ethnicity.GIA_RAI,
			new NameStyle("Ksor=25 Siu=20 Nay=12 Puih=10 Kpă=8 Rmah=8 Rcom=7 Rahlan=5", "=85 Văn=15", "=85 Thị=15",
					words("Phước Bin Thuông Kông Đức Dung Hiang Brơm Yuk Thoi Thin Nhin Hyơk Tuân"),
					words("H'Mai H'Yơn Nhí Blim Hyang H'Bơ Đêl Hlin Loan Thủy H'Lan Ngơm")),
			Ethnicity.KHMER,
			new NameStyle("Thạch=30 Sơn=20 Danh=15 Kim=12 Lâm=8 Lý=5 Trần=5 Châu=5", "=60 Văn=20 Sa=10 Sô=10",
					"Thị=60 Thị+Sa=15 Thị+Sô=10 Thị+Kim=10 =5",
					words("Rinh Phal Ra Khon Thy Na Pha Sết Mây Đa Kha Sươl Rây Pheng Thươl Sóc Chanh Ty"),
					words("Ry Ra Khon Thy Na Pha Mây Đa Kha Sươl Rây Sóc Chanh Ty Sa Phine")));

	/**
	 * Rough ethnic shares of the working population in provinces with large minorities;
	 * every other province is all Kinh.
	 */
	private static final Map<String, String> ETHNIC_MIX = Map.ofEntries(
			Map.entry("02", "MONG=33 TAY=23 DAO=15 KINH=15 NUNG=14"),
			Map.entry("04", "TAY=40 NUNG=30 MONG=10 DAO=10 KINH=10"),
			Map.entry("06", "TAY=52 DAO=17 KINH=14 NUNG=10 MONG=7"),
			Map.entry("08", "KINH=48 TAY=27 DAO=13 NUNG=7 MONG=5"),
			Map.entry("10", "KINH=36 MONG=25 TAY=15 DAO=15 NUNG=5 THAI=4"),
			Map.entry("11", "THAI=37 MONG=35 KINH=22 DAO=6"), Map.entry("12", "MONG=38 THAI=30 DAO=14 KINH=18"),
			Map.entry("14", "THAI=55 MONG=18 KINH=17 MUONG=8 DAO=2"),
			Map.entry("15", "KINH=45 TAY=18 MONG=12 DAO=10 MUONG=8 THAI=7"),
			Map.entry("17", "MUONG=63 KINH=28 THAI=4 DAO=3 TAY=2"), Map.entry("19", "KINH=75 TAY=14 NUNG=7 DAO=4"),
			Map.entry("20", "NUNG=42 TAY=35 KINH=17 DAO=6"), Map.entry("22", "KINH=88 DAO=6 TAY=6"),
			Map.entry("24", "KINH=90 NUNG=6 TAY=4"), Map.entry("25", "KINH=85 MUONG=13 DAO=2"),
			Map.entry("38", "KINH=85 MUONG=9 THAI=6"), Map.entry("40", "KINH=86 THAI=11 MONG=3"),
			Map.entry("64", "KINH=55 GIA_RAI=45"), Map.entry("79", "KINH=94 HOA=6"),
			Map.entry("84", "KINH=67 KHMER=33"), Map.entry("89", "KINH=95 KHMER=5"),
			Map.entry("91", "KINH=86 KHMER=12 HOA=2"), Map.entry("94", "KINH=65 KHMER=30 HOA=5"),
			Map.entry("95", "KINH=90 KHMER=8 HOA=2"));

	private static final Map<PersonnelCategory, Double> PARTY_SHARE = Map.of(PersonnelCategory.CADRE, 0.9,
			PersonnelCategory.CIVIL_SERVANT, 0.6, PersonnelCategory.PUBLIC_EMPLOYEE, 0.35, PersonnelCategory.PART_TIME,
			0.45, PersonnelCategory.CONTRACT, 0.1);

	private static final Weighted<PersonnelCategory> CATEGORIES = Weighted
		.parse("CADRE=15 CIVIL_SERVANT=30 PUBLIC_EMPLOYEE=40 PART_TIME=10 CONTRACT=5", PersonnelCategory::valueOf);

	private static final List<String> PROVINCES = CitizenId.provinceCodes().stream().sorted().toList();

	private final Random random;

	private final LocalDate asOf;

	private final Map<Region, NameStyle> kinhStyles;

	public SyntheticPeople(long seed) {
		this(seed, DEFAULT_AS_OF);
	}

	/** People of working age (22 to 60) on {@code asOf}. */
	public SyntheticPeople(long seed, LocalDate asOf) {
		this.random = new Random(seed);
		this.asOf = asOf;
		this.kinhStyles = Map.of(Region.NORTH, kinhStyle(Region.NORTH), Region.CENTRAL, kinhStyle(Region.CENTRAL),
				Region.SOUTH, kinhStyle(Region.SOUTH));
	}

	/** The next person living and working in the province with this two-digit code. */
	public SyntheticPerson next(String provinceCode) {
		return next(provinceCode, null, null);
	}

	/**
	 * The next person of the province, of the category when one is given, and with the
	 * name and sex of the namesake when one is given (a Kinh name then).
	 */
	public SyntheticPerson next(String provinceCode, @Nullable PersonnelCategory wantedCategory,
			@Nullable Namesake namesake) {
		if (!CitizenId.provinceCodes().contains(provinceCode)) {
			throw new IllegalArgumentException("Unknown province code " + provinceCode);
		}
		Region region = Region.of(provinceCode);
		Ethnicity ethnicity = (namesake != null) ? Ethnicity.KINH
				: Weighted.parse(ETHNIC_MIX.getOrDefault(provinceCode, "KINH=1"), Ethnicity::valueOf).pick(this.random);
		Gender gender = (namesake != null) ? namesake.gender()
				: this.random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
		NameStyle style = (ethnicity == Ethnicity.KINH) ? this.kinhStyles.get(region) : MINORITY_STYLES.get(ethnicity);
		PersonName name = (namesake != null) ? namesake.name() : style.name(gender, this.random);
		// Women retire earlier (Labour Code 2019: 57 years in 2026), so fewer work past
		// 57.
		int age = 22 + this.random.nextInt(gender == Gender.MALE ? 39 : 36);
		int birthYear = this.asOf.getYear() - age;
		LocalDate birthDate = (this.random.nextInt(100) < 3) ? null
				: LocalDate.ofYearDay(birthYear, 1 + this.random.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
		String birthProvince = (ethnicity.isMinority() || this.random.nextInt(100) < 88) ? provinceCode
				: PROVINCES.get(this.random.nextInt(PROVINCES.size()));
		CitizenId citizenId = new CitizenId("0" + birthProvince + CitizenId.centuryGenderDigit(gender, birthYear)
				+ String.format("%02d%06d", birthYear % 100, this.random.nextInt(1_000_000)));
		PersonnelCategory picked = CATEGORIES.pick(this.random);
		PersonnelCategory category = (wantedCategory != null) ? wantedCategory : picked;
		return new SyntheticPerson(name, gender, birthDate, birthYear, birthProvince, ethnicity,
				religion(ethnicity, region), citizenId, category, education(provinceCode, birthYear, category),
				professionalLevel(category, age), politicalTheoryLevel(category, age),
				stateManagementLevel(category, age), this.random.nextDouble() < PARTY_SHARE.get(category));
	}

	/**
	 * The full name of someone of the ethnic group and sex, with the family name given or
	 * drawn; the names are clean already, so this skips the checks of {@link PersonName}
	 * (it is called for every relative).
	 */
	String fullName(String provinceCode, Ethnicity ethnicity, Gender gender, @Nullable String familyName) {
		NameStyle style = (ethnicity == Ethnicity.KINH) ? this.kinhStyles.get(Region.of(provinceCode))
				: MINORITY_STYLES.getOrDefault(ethnicity, this.kinhStyles.get(Region.of(provinceCode)));
		return style.fullName(gender, familyName, this.random);
	}

	/**
	 * The random source, shared so that people and their records come in one sequence.
	 */
	Random random() {
		return this.random;
	}

	LocalDate asOf() {
		return this.asOf;
	}

	/**
	 * A fixed name and sex for a generated person, for demos of near-identical names.
	 *
	 * @param name the name
	 * @param gender the sex, which the citizen ID then encodes
	 */
	public record Namesake(PersonName name, Gender gender) {

		public static Namesake of(String fullName, Gender gender) {
			return new Namesake(PersonName.parse(fullName), gender);
		}

	}

	private Religion religion(Ethnicity ethnicity, Region region) {
		String weights = switch (ethnicity) {
			case KINH -> switch (region) {
				case NORTH -> "NONE=85 CATHOLICISM=8 BUDDHISM=7";
				case CENTRAL -> "NONE=80 BUDDHISM=12 CATHOLICISM=7 PROTESTANTISM=1";
				case SOUTH -> "NONE=70 BUDDHISM=15 CATHOLICISM=7 HOA_HAO_BUDDHISM=4 CAO_DAI=3 PROTESTANTISM=1";
			};
			case HOA -> "NONE=50 BUDDHISM=45 CATHOLICISM=5";
			case KHMER -> "BUDDHISM=90 NONE=10";
			case MONG -> "NONE=75 PROTESTANTISM=25";
			case GIA_RAI -> "NONE=45 PROTESTANTISM=35 CATHOLICISM=20";
			default -> "NONE=96 BUDDHISM=2 CATHOLICISM=2";
		};
		return Weighted.parse(weights, Religion::valueOf).pick(this.random);
	}

	private EducationLevel education(String provinceCode, int birthYear, PersonnelCategory category) {
		boolean lowerSecondaryOnly = (category == PersonnelCategory.PART_TIME || category == PersonnelCategory.CONTRACT)
				&& this.random.nextInt(100) < 20;
		// The North (down to Quảng Bình) taught a 10-year system until the 1980s.
		boolean tenYearSystem = Integer.parseInt(provinceCode) <= 44 && birthYear <= 1973
				&& this.random.nextInt(100) < 90;
		if (tenYearSystem) {
			return new EducationLevel(lowerSecondaryOnly ? 7 : 10, 10);
		}
		return lowerSecondaryOnly ? EducationLevel.LOWER_SECONDARY : EducationLevel.UPPER_SECONDARY;
	}

	/**
	 * A degree takes its years: nobody under 23 holds a university degree, under 27 a
	 * master's or under 32 a doctorate.
	 */
	private ProfessionalLevel professionalLevel(PersonnelCategory category, int age) {
		ProfessionalLevel level = professionalLevel(category);
		if (level == ProfessionalLevel.TIEN_SI && age < 32) {
			level = ProfessionalLevel.THAC_SI;
		}
		if (level == ProfessionalLevel.THAC_SI && age < 27) {
			level = ProfessionalLevel.DAI_HOC;
		}
		return (level == ProfessionalLevel.DAI_HOC && age < 23) ? ProfessionalLevel.CAO_DANG : level;
	}

	/** Senior political theory comes after years of work. */
	private PoliticalTheoryLevel politicalTheoryLevel(PersonnelCategory category, int age) {
		PoliticalTheoryLevel level = politicalTheoryLevel(category);
		if ((level == PoliticalTheoryLevel.CAO_CAP || level == PoliticalTheoryLevel.CU_NHAN) && age < 32) {
			return PoliticalTheoryLevel.TRUNG_CAP;
		}
		return (level == PoliticalTheoryLevel.TRUNG_CAP && age < 26) ? PoliticalTheoryLevel.SO_CAP : level;
	}

	/** The state-management programme of a rank comes with the years the rank needs. */
	private StateManagementLevel stateManagementLevel(PersonnelCategory category, int age) {
		StateManagementLevel level = stateManagementLevel(category);
		if (level == StateManagementLevel.CHUYEN_VIEN_CAO_CAP && age < 40) {
			level = StateManagementLevel.CHUYEN_VIEN_CHINH;
		}
		return (level == StateManagementLevel.CHUYEN_VIEN_CHINH && age < 32) ? StateManagementLevel.CHUYEN_VIEN : level;
	}

	private ProfessionalLevel professionalLevel(PersonnelCategory category) {
		String weights = switch (category) {
			case CADRE, CIVIL_SERVANT -> "DAI_HOC=70 THAC_SI=15 TIEN_SI=1 CAO_DANG=4 TRUNG_CAP=9 SO_CAP=1";
			case PUBLIC_EMPLOYEE -> "DAI_HOC=60 THAC_SI=10 TIEN_SI=2 CAO_DANG=13 TRUNG_CAP=13 NONE=2";
			case PART_TIME -> "TRUNG_CAP=40 SO_CAP=15 NONE=20 CAO_DANG=10 DAI_HOC=15";
			case CONTRACT -> "NONE=40 SO_CAP=20 TRUNG_CAP=25 CAO_DANG=5 DAI_HOC=10";
		};
		return Weighted.parse(weights, ProfessionalLevel::valueOf).pick(this.random);
	}

	private PoliticalTheoryLevel politicalTheoryLevel(PersonnelCategory category) {
		String weights = switch (category) {
			case CADRE -> "CAO_CAP=20 CU_NHAN=3 TRUNG_CAP=60 SO_CAP=15 NONE=2";
			case CIVIL_SERVANT -> "CAO_CAP=5 TRUNG_CAP=40 SO_CAP=40 NONE=15";
			case PUBLIC_EMPLOYEE -> "TRUNG_CAP=10 SO_CAP=40 NONE=50";
			case PART_TIME, CONTRACT -> "SO_CAP=30 NONE=70";
		};
		return Weighted.parse(weights, PoliticalTheoryLevel::valueOf).pick(this.random);
	}

	private StateManagementLevel stateManagementLevel(PersonnelCategory category) {
		String weights = switch (category) {
			case CADRE -> "CHUYEN_VIEN_CAO_CAP=8 CHUYEN_VIEN_CHINH=35 CHUYEN_VIEN=45 NONE=12";
			case CIVIL_SERVANT -> "CHUYEN_VIEN_CAO_CAP=2 CHUYEN_VIEN_CHINH=18 CHUYEN_VIEN=55 NONE=25";
			case PUBLIC_EMPLOYEE -> "CHUYEN_VIEN_CHINH=5 CHUYEN_VIEN=25 NONE=70";
			case PART_TIME, CONTRACT -> "CHUYEN_VIEN=5 NONE=95";
		};
		return Weighted.parse(weights, StateManagementLevel::valueOf).pick(this.random);
	}

	private static NameStyle kinhStyle(Region region) {
		return new NameStyle(KINH_FAMILIES.get(region), KINH_MALE_MIDDLE, KINH_FEMALE_MIDDLE, KINH_MALE_GIVEN,
				KINH_FEMALE_GIVEN);
	}

	private static List<String> words(String words) {
		return List.of(words.split(" "));
	}

	private enum Region {

		NORTH, CENTRAL, SOUTH;

		static Region of(String provinceCode) {
			int code = Integer.parseInt(provinceCode);
			return (code <= 37) ? NORTH : (code <= 68) ? CENTRAL : SOUTH;
		}

	}

	/** How one community names its children. */
	private record NameStyle(Weighted<String> families, Weighted<String> maleMiddles, Weighted<String> femaleMiddles,
			List<String> maleGiven, List<String> femaleGiven) {

		NameStyle(String families, String maleMiddles, String femaleMiddles, List<String> maleGiven,
				List<String> femaleGiven) {
			this(Weighted.parse(families, Function.identity()), Weighted.parse(maleMiddles, Function.identity()),
					Weighted.parse(femaleMiddles, Function.identity()), maleGiven, femaleGiven);
		}

		String fullName(Gender gender, @Nullable String familyName, Random random) {
			boolean male = gender == Gender.MALE;
			List<String> given = male ? this.maleGiven : this.femaleGiven;
			String family = (familyName != null) ? familyName : this.families.pick(random);
			String middle = (male ? this.maleMiddles : this.femaleMiddles).pick(random);
			String last = given.get(random.nextInt(given.size()));
			StringBuilder name = new StringBuilder(family);
			if (!middle.isEmpty()) {
				name.append(name.isEmpty() ? "" : " ").append(middle);
			}
			return name.append(name.isEmpty() ? "" : " ").append(last).toString();
		}

		PersonName name(Gender gender, Random random) {
			boolean male = gender == Gender.MALE;
			List<String> given = male ? this.maleGiven : this.femaleGiven;
			return new PersonName(this.families.pick(random),
					(male ? this.maleMiddles : this.femaleMiddles).pick(random),
					given.get(random.nextInt(given.size())));
		}

	}

	/**
	 * A weighted choice, written as "value=weight value=weight"; a plus sign in a value
	 * stands for a space and an empty value is allowed ("=2").
	 */
	record Weighted<T>(List<T> values, double[] cumulative) {

		private static final Map<String, Weighted<?>> PARSED = new ConcurrentHashMap<>();

		/** Parses once per spec; a spec always stands for values of the same type. */
		@SuppressWarnings("unchecked")
		static <T> Weighted<T> parse(String spec, Function<String, T> valueOf) {
			return (Weighted<T>) PARSED.computeIfAbsent(spec, (key) -> parseNew(key, valueOf));
		}

		private static <T> Weighted<T> parseNew(String spec, Function<String, T> valueOf) {
			List<T> values = new ArrayList<>();
			String[] entries = spec.trim().split("\\s+");
			double[] cumulative = new double[entries.length];
			double total = 0;
			for (int i = 0; i < entries.length; i++) {
				int equals = entries[i].lastIndexOf('=');
				values.add(valueOf.apply(entries[i].substring(0, equals).replace('+', ' ')));
				total += Double.parseDouble(entries[i].substring(equals + 1));
				cumulative[i] = total;
			}
			return new Weighted<>(List.copyOf(values), cumulative);
		}

		T pick(Random random) {
			double point = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
			for (int i = 0; i < this.cumulative.length; i++) {
				if (point < this.cumulative[i]) {
					return this.values.get(i);
				}
			}
			return this.values.get(this.values.size() - 1);
		}

	}

}
