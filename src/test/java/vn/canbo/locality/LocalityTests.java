package vn.canbo.locality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canbo.audit.AuditEntryView;
import vn.canbo.audit.AuditTrail;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.Religion;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.targets.Comparison;
import vn.canbo.targets.Progress;
import vn.canbo.targets.Target;
import vn.canbo.targets.TargetInput;
import vn.canbo.targets.Targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Local or not, and the non-local key-leader figures, on real units of Hưng Yên (new
 * province 33 = old Hưng Yên 33 + old Thái Bình 34 from 1/7/2025), each test in its own
 * commune so that its figures are computed by hand: Xã Văn Giang (12019) = Thị trấn Văn
 * Giang 12019 + Xã Liên Nghĩa 12040 + Xã Tân Tiến 12043 (all full); Xã Như Quỳnh (12004)
 * = … + Xã Đình Dù 12004 (partial) + Xã Tân Quang 12001 (full) …; Xã Phụng Công (12025).
 */
@SpringBootTest
class LocalityTests {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate CHAIR_FROM = LocalDate.of(2026, 6, 1);

	/** Communes of the new Hưng Yên (units-2025-07-01: 104 with province 33). */
	static final int HUNG_YEN_COMMUNES = 104;

	@Autowired
	Locality locality;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	AuditTrail audit;

	@Autowired
	Indicators indicators;

	@Autowired
	Targets targets;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theFigureChangesWhenANonLocalChairIsAppointedAndAPastDateShowsThatDatesState() {
		long commune = this.orgUnits.getByCode("12019", START).id();
		long province = this.orgUnits.getByCode("33", START).id();
		OrgUnitView committee = agency(commune, "Đảng ủy xã (thử địa phương)", UnitType.PARTY_COMMITTEE);
		OrgUnitView peoplesCommittee = agency(commune, "UBND xã (thử địa phương)", UnitType.PEOPLES_COMMITTEE);
		// the secretary's home town is Xã Liên Nghĩa, merged wholly into Xã Văn Giang
		long secretary = person("Nguyễn Văn Bí", "12040", committee.id());
		post(secretary, committee, "XA_BI_THU", START);
		LocalitySummary provinceBefore = this.locality.summary(province, CHAIR_FROM);

		// the chair comes from Xã Tân Quang (12001, now in Xã Như Quỳnh): same province,
		// another commune
		long chair = person("Trần Văn Chủ", "12001", peoplesCommittee.id());
		post(chair, peoplesCommittee, "XA_CT_UBND", CHAIR_FROM);

		LocalitySummary before = this.locality.summary(commune, CHAIR_FROM.minusDays(1));
		assertThat(before.communes()).isEqualTo(1);
		assertThat(before.communesWithNonLocal()).isZero();
		assertThat(before.keyLeaders()).isEqualTo(1);
		assertThat(before.nonLocalKeyLeaders()).isZero();

		LocalitySummary after = this.locality.summary(commune, CHAIR_FROM);
		assertThat(after.communes()).isEqualTo(1);
		assertThat(after.communesWithNonLocal()).isEqualTo(1);
		assertThat(after.communeShare()).isEqualByComparingTo("100.0");
		assertThat(after.keyLeaders()).isEqualTo(2);
		assertThat(after.nonLocalKeyLeaders()).isEqualTo(1);
		assertThat(this.locality.keyLeaders(commune, CHAIR_FROM, LocalStatus.NON_LOCAL, 0, 20).items())
			.extracting(KeyLeader::personId, KeyLeader::titleCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(chair, "XA_CT_UBND"));
		assertThat(this.locality.communes(commune, CHAIR_FROM, true, 0, 20).total()).isEqualTo(1);
		assertThat(this.locality.communes(commune, CHAIR_FROM.minusDays(1), true, 0, 20).total()).isZero();

		// the dashboard's indicators and a "100% of communes" target read the same figure
		Set<String> ids = Set.of(LocalityIndicators.COMMUNES, LocalityIndicators.LEADERS);
		IndicatorReport dayBefore = this.indicators.measure(commune, CHAIR_FROM.minusDays(1), ids);
		assertThat(dayBefore.total(LocalityIndicators.COMMUNES)).isEqualTo(Measurement.share(0, 1));
		IndicatorReport dayOf = this.indicators.measure(commune, CHAIR_FROM, ids);
		assertThat(dayOf.total(LocalityIndicators.COMMUNES)).isEqualTo(Measurement.share(1, 1));
		assertThat(dayOf.total(LocalityIndicators.LEADERS)).isEqualTo(Measurement.count(1));
		Target target = this.targets.create(
				new TargetInput(LocalityIndicators.COMMUNES, commune, Comparison.AT_LEAST, new BigDecimal("100"), START,
						LocalDate.of(2026, 12, 31), "01-NQ/ĐU", LocalDate.of(2025, 12, 20), "Đảng ủy xã (thử)", null));
		Progress progress = this.targets.progress(target.id(), CHAIR_FROM);
		assertThat(progress.baseline().count()).isZero();
		assertThat(progress.value().count()).isEqualTo(1);
		assertThat(progress.value().denominator()).isEqualTo(1);
		assertThat(progress.value().value()).isEqualByComparingTo("100");

		// the province: 104 communes, one more with a non-local key leader than the day
		// before the chair was recorded
		LocalitySummary provinceAfter = this.locality.summary(province, CHAIR_FROM);
		assertThat(provinceAfter.communes()).isEqualTo(HUNG_YEN_COMMUNES);
		assertThat(provinceAfter.communesWithNonLocal()).isEqualTo(provinceBefore.communesWithNonLocal() + 1);
		assertThat(provinceAfter.nonLocalKeyLeaders()).isEqualTo(provinceBefore.nonLocalKeyLeaders() + 1);
		// and a year before, when neither post was held, nothing of this commune counts
		assertThat(this.locality.communes(province, START.minusDays(1), null, 0, 200).items())
			.filteredOn((row) -> row.area().id() == commune)
			.singleElement()
			.satisfies((row) -> assertThat(row.keyLeaders()).isZero());
	}

	@Test
	void aHomeTownInAMergedOldCommuneIsLocalToTheNewCommuneAndAnyCommuneOfTheProvinceToTheProvince() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		long commune = this.orgUnits.getByCode("12004", day).id();
		long province = this.orgUnits.getByCode("33", day).id();
		OrgUnitView committee = agency(commune, "Đảng ủy xã (thử quê quán)", UnitType.PARTY_COMMITTEE);
		long fromTanQuang = person("Lê Văn Quang", "12001", committee.id());
		long fromDinhDu = person("Lê Văn Dù", "12004", committee.id());
		long fromVanGiang = person("Lê Văn Giang", "12019", committee.id());
		long fromThaiBinh = person("Lê Văn Bình", "12436", committee.id());
		long fromDienBien = person("Lò Văn Điện", "03334", committee.id());
		long provinceOnly = person("Lê Văn Tỉnh", "33", committee.id());
		long textOnly = person("Lê Văn Chữ", null, committee.id());

		LocalityVerdict merged = this.locality.verdict(fromTanQuang, committee.id(), day);
		assertThat(merged.area().id()).isEqualTo(commune);
		assertThat(merged.status()).isEqualTo(LocalStatus.LOCAL);
		assertThat(merged.reason().key()).isEqualTo("locality.why.MERGED");
		assertThat(merged.reason().args()).containsExactly("Xã Tân Quang (12001)", "Xã Như Quỳnh");
		assertThat(this.locality.verdict(fromDinhDu, commune, day).status()).isEqualTo(LocalStatus.LOCAL);
		LocalityVerdict other = this.locality.verdict(fromVanGiang, commune, day);
		assertThat(other.status()).isEqualTo(LocalStatus.NON_LOCAL);
		assertThat(other.reason().key()).isEqualTo("locality.why.OTHER_COMMUNE");
		assertThat(this.locality.verdict(fromDienBien, commune, day).reason().key())
			.isEqualTo("locality.why.OTHER_PROVINCE");
		assertThat(this.locality.verdict(provinceOnly, commune, day).status()).isEqualTo(LocalStatus.UNKNOWN);
		LocalityVerdict text = this.locality.verdict(textOnly, commune, day);
		assertThat(text.status()).isEqualTo(LocalStatus.UNKNOWN);
		assertThat(text.reason().key()).isEqualTo("locality.why.TEXT_ONLY");

		// the province: any commune of old Hưng Yên or old Thái Bình (merged into it)
		assertThat(this.locality.verdict(fromVanGiang, province, day).status()).isEqualTo(LocalStatus.LOCAL);
		assertThat(this.locality.verdict(fromThaiBinh, province, day).status()).isEqualTo(LocalStatus.LOCAL);
		assertThat(this.locality.verdict(provinceOnly, province, day).status()).isEqualTo(LocalStatus.LOCAL);
		assertThat(this.locality.verdict(fromDienBien, province, day).status()).isEqualTo(LocalStatus.NON_LOCAL);
	}

	@Test
	void anOverrideFlipsTheVerdictFromItsDateIsAuditedAndRefusesAStaleVersion() {
		long commune = this.orgUnits.getByCode("12025", START).id();
		OrgUnitView peoplesCommittee = agency(commune, "UBND xã (thử sửa kết luận)", UnitType.PEOPLES_COMMITTEE);
		long chair = person("Phạm Văn Sửa", "12001", peoplesCommittee.id());
		post(chair, peoplesCommittee, "XA_CT_UBND", START);
		LocalDate from = LocalDate.of(2026, 7, 1);
		assertThat(this.locality.summary(commune, from).communesWithNonLocal()).isEqualTo(1);

		LocalityOverride override = this.locality
			.createOverride(new OverrideInput(chair, commune, true, "Đã sinh sống, công tác tại xã trên 20 năm", from));

		LocalityVerdict flipped = this.locality.verdict(chair, peoplesCommittee.id(), from);
		assertThat(flipped.status()).isEqualTo(LocalStatus.LOCAL);
		assertThat(flipped.derived()).isEqualTo(LocalStatus.NON_LOCAL);
		assertThat(flipped.overridden()).isTrue();
		assertThat(this.locality.verdict(chair, commune, from.minusDays(1)).status()).isEqualTo(LocalStatus.NON_LOCAL);
		assertThat(this.locality.summary(commune, from).communesWithNonLocal()).isZero();
		assertThat(this.locality.summary(commune, from.minusDays(1)).communesWithNonLocal()).isEqualTo(1);

		List<AuditEntryView> entries = this.audit.changesOf(Locality.AUDIT_TYPE, String.valueOf(override.id()), 10);
		assertThat(entries).hasSize(1);

		LocalityOverride corrected = this.locality.updateOverride(override.id(), override.version(),
				new OverrideInput(null, null, false, "Sửa lại: quê quán ở xã khác", from));
		assertThat(corrected.version()).isEqualTo(override.version() + 1);
		assertThat(this.locality.verdict(chair, commune, from).status()).isEqualTo(LocalStatus.NON_LOCAL);
		assertThat(this.audit.changesOf(Locality.AUDIT_TYPE, String.valueOf(override.id()), 10)).hasSize(2);
		assertThatThrownBy(() -> this.locality.updateOverride(override.id(), override.version(),
				new OverrideInput(null, null, true, "Bản cũ", from)))
			.isInstanceOf(ConcurrentEditException.class);

		InvalidInputException bad = catchThrowableOfType(InvalidInputException.class,
				() -> this.locality.createOverride(new OverrideInput(chair, commune, true, " ", null)));
		assertThat(bad.problems()).extracting(FieldProblem::field).containsExactly("reason", "validFrom");

		TestAccounts.signIn("xa-lanhdao", Set.of(Role.LEADER), commune);
		assertThatThrownBy(() -> this.locality
			.createOverride(new OverrideInput(chair, commune, true, "Lãnh đạo không được sửa", from)))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(this.locality.verdict(chair, commune, from).status()).isEqualTo(LocalStatus.NON_LOCAL);
	}

	private OrgUnitView agency(long commune, String name, UnitType type) {
		return this.orgUnits
			.createAgency(new CreateAgency(commune, name + " " + TestAccounts.uniqueName("dp"), type, REFORM, null));
	}

	private long person(String name, @Nullable String homeTownCode, long agencyId) {
		PersonDetails details = TestPeople.person(name, Gender.MALE, 1978, agencyId);
		PersonDetails.Identity identity = details.identity();
		return this.people
			.create(details.withIdentity(new PersonDetails.Identity(identity.fullName(), null, 12, 5, 1978, Gender.MALE,
					null, null, homeTownCode, "Thôn Đông, tỉnh Hưng Yên", null, null, null, null, Ethnicity.KINH,
					Religion.NONE, identity.citizenId(), null, null, null, null)))
			.id();
	}

	private void post(long person, OrgUnitView unit, String title, LocalDate from) {
		this.assignments.record(new RecordAssignment(person, unit.code(), title, null, null, null,
				PersonnelCategory.CADRE, from, null, null, null, null, null));
	}

}
