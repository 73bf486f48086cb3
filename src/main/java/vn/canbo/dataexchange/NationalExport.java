package vn.canbo.dataexchange;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.ListedPerson;
import vn.canbo.people.People;
import vn.canbo.people.PersonFilter;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;

/**
 * The national-database export (xuất dữ liệu lên Cơ sở dữ liệu quốc gia về cán bộ, công
 * chức, viên chức, NĐ 27/2026/NĐ-CP): the dossiers of a unit's subtree in the format of
 * {@link DossierFormat}, all of them or those changed since a day, written as they are
 * read (a batch of people at a time, never the whole scope in memory); and the validation
 * report of the dossiers that cannot go. Administrators and organisation officers only,
 * within their scope; every export is audited.
 */
@Service
public class NationalExport {

	/** The entity type of exports in the audit trail. */
	public static final String AUDIT_TYPE = "NationalExport";

	/** People read, checked and written at a time. */
	static final int BATCH = 200;

	/** The largest page of the validation report. */
	public static final int MAX_PAGE_SIZE = 500;

	private final People people;

	private final OrgUnits orgUnits;

	private final RelatedRecords related;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final JsonMapper mapper;

	private final Clock clock;

	NationalExport(People people, OrgUnits orgUnits, RelatedRecords related, CurrentUsers currentUsers,
			ApplicationEventPublisher events, JsonMapper mapper, Clock clock) {
		this.people = people;
		this.orgUnits = orgUnits;
		this.related = related;
		this.currentUsers = currentUsers;
		this.events = events;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Whether the current user may check and export dossiers. */
	public boolean mayExport() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The published JSON Schema of the format, as text. */
	public String schema() {
		return DossierSchema.text(this.mapper);
	}

	/**
	 * The unit to export: the one asked for (within the user's scope), or the user's own
	 * scope unit; a nationwide account must name one.
	 */
	public OrgUnitView unit(@Nullable String unitCode) {
		requireExporter();
		LocalDate today = today();
		if (unitCode != null && !unitCode.isBlank()) {
			return this.orgUnits.getByCode(unitCode.strip(), today);
		}
		Long scope = this.currentUsers.current().scopeUnitId();
		if (scope == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("unit", "dataexchange.error.unitRequired")));
		}
		return this.orgUnits.get(scope, today);
	}

	/** The user's own scope unit, the default choice; null for a nationwide account. */
	public @Nullable OrgUnitView defaultUnit() {
		requireExporter();
		Long scope = this.currentUsers.current().scopeUnitId();
		return (scope == null) ? null : this.orgUnits.get(scope, today());
	}

	/**
	 * Writes the export of the unit's subtree to the stream: the header, every dossier
	 * that passes the checks (the others are counted and left out: the validation report
	 * lists them), and the counts; flushed after each batch.
	 * @param changedSince only the dossiers changed since the start of this day; null for
	 * all
	 */
	@Transactional
	public ExportSummary export(@Nullable String unitCode, @Nullable LocalDate changedSince, OutputStream out) {
		OrgUnitView unit = unit(unitCode);
		CurrentUser user = this.currentUsers.current();
		long[] counts = { 0, 0 };
		try (JsonGenerator json = this.mapper.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("thongTinChung");
			json.writeStartObject();
			json.writeStringProperty("dinhDang", DossierFormat.NAME);
			json.writeStringProperty("phienBan", DossierFormat.VERSION);
			json.writeStringProperty("thoiDiemTao", this.clock.instant().toString());
			json.writeStringProperty("heThong", "CanBo");
			json.writeStringProperty("nguoiXuat", user.username());
			json.writeStringProperty("maDonViPhamVi", unit.code());
			json.writeStringProperty("cheDo", (changedSince == null) ? "TOAN_BO" : "THAY_DOI_TU_NGAY");
			if (changedSince != null) {
				json.writeStringProperty("thayDoiTuNgay", changedSince.toString());
			}
			json.writeEndObject();
			json.writeName("hoSo");
			json.writeStartArray();
			forEachBatch(unit, changedSince, (batch) -> {
				for (Dossier dossier : batch) {
					if (DossierChecks.problems(dossier).isEmpty()) {
						DossierWriter.write(dossier, json);
						counts[0]++;
					}
					else {
						counts[1]++;
					}
				}
				json.flush();
			});
			json.writeEndArray();
			json.writeName("tongKet");
			json.writeStartObject();
			json.writeNumberProperty("soHoSo", counts[0]);
			json.writeNumberProperty("soHoSoChuaHopLe", counts[1]);
			json.writeEndObject();
			json.writeEndObject();
		}
		Map<String, Object> exported = new LinkedHashMap<>();
		exported.put("unit", unit.code());
		exported.put("mode", (changedSince == null) ? "FULL" : "CHANGED_SINCE");
		if (changedSince != null) {
			exported.put("changedSince", changedSince.toString());
		}
		exported.put("format", DossierFormat.NAME + " " + DossierFormat.VERSION);
		exported.put("exported", counts[0]);
		exported.put("withheld", counts[1]);
		exported.put("fields", List.of("identity.citizenId", "relatives", "personalHistory", "health", "discipline"));
		this.events.publishEvent(
				new DataChanged(AUDIT_TYPE, unit.code(), DataChanged.Action.VIEW, null, exported, unit.path()));
		return new ExportSummary(counts[0], counts[1]);
	}

	/**
	 * The validation report: every dossier of the unit's subtree checked, one page of the
	 * failing ones kept (with the true total).
	 */
	@Transactional
	public ValidationReport validate(@Nullable String unitCode, @Nullable LocalDate changedSince, int page, int size) {
		OrgUnitView unit = unit(unitCode);
		int pageNumber = PageResult.page(page);
		int pageSize = PageResult.size(size, MAX_PAGE_SIZE);
		long first = (long) pageNumber * pageSize;
		long[] counts = { 0, 0 };
		List<InvalidDossier> shown = new ArrayList<>();
		forEachBatch(unit, changedSince, (batch) -> {
			for (Dossier dossier : batch) {
				counts[0]++;
				List<DossierProblem> problems = DossierChecks.problems(dossier);
				if (!problems.isEmpty()) {
					if (counts[1] >= first && shown.size() < pageSize) {
						shown.add(invalid(dossier, problems));
					}
					counts[1]++;
				}
			}
		});
		return new ValidationReport(unit.code(), this.orgUnits.label(unit), changedSince, counts[0],
				new PageResult<>(shown, counts[1], pageNumber, pageSize));
	}

	/** Every failing dossier of the unit's subtree, for the report's download. */
	@Transactional
	public void forEachInvalid(@Nullable String unitCode, @Nullable LocalDate changedSince,
			Consumer<InvalidDossier> consumer) {
		OrgUnitView unit = unit(unitCode);
		forEachBatch(unit, changedSince, (batch) -> {
			for (Dossier dossier : batch) {
				List<DossierProblem> problems = DossierChecks.problems(dossier);
				if (!problems.isEmpty()) {
					consumer.accept(invalid(dossier, problems));
				}
			}
		});
	}

	/**
	 * The dossiers of the unit's subtree in list order, a batch at a time: the records
	 * stream from the people facade (scoped, the CCCD handed out and logged there), the
	 * other modules' records are read for the whole batch.
	 */
	private void forEachBatch(OrgUnitView unit, @Nullable LocalDate changedSince, Consumer<List<Dossier>> consumer) {
		PersonFilter filter = PersonFilter.none().withUnit(unit.id());
		LocalDate today = today();
		List<ListedPerson> batch = new ArrayList<>(BATCH);
		Consumer<ListedPerson> collect = (person) -> {
			batch.add(person);
			if (batch.size() >= BATCH) {
				consumer.accept(dossiers(batch, today));
				batch.clear();
			}
		};
		if (changedSince == null) {
			this.people.forEachRecord(filter, collect);
		}
		else {
			Instant since = changedSince.atStartOfDay(this.clock.getZone()).toInstant();
			this.people.forEachRecordChangedSince(filter, since, this.related.changedSince(since), collect);
		}
		if (!batch.isEmpty()) {
			consumer.accept(dossiers(batch, today));
		}
	}

	private List<Dossier> dossiers(List<ListedPerson> batch, LocalDate today) {
		Map<Long, RelatedRecords.Related> related = this.related.of(batch.stream().map(ListedPerson::id).toList());
		List<Dossier> dossiers = new ArrayList<>(batch.size());
		for (ListedPerson person : batch) {
			RelatedRecords.Related records = related.getOrDefault(person.id(), RelatedRecords.Related.NONE);
			dossiers.add(new Dossier(person, records.posts(), records.adjustments(), records.ratings(),
					records.disciplines(), records.rewards(), today));
		}
		return dossiers;
	}

	private static InvalidDossier invalid(Dossier dossier, List<DossierProblem> problems) {
		String fullName = dossier.identity().fullName();
		return new InvalidDossier(dossier.person().id(), (fullName == null) ? "" : fullName,
				dossier.identity().citizenId(), dossier.person().agencyCode(), dossier.person().agencyName(), problems);
	}

	private void requireExporter() {
		if (!mayExport()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
