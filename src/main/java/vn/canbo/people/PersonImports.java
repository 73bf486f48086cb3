package vn.canbo.people;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.documents.CellProblem;
import vn.canbo.documents.ImportRow;
import vn.canbo.documents.UploadedSheet;
import vn.canbo.documents.UploadedSheets;
import vn.canbo.documents.XlsxExport;
import vn.canbo.documents.XlsxRows;
import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DataChanges;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.VietnameseText;

/**
 * Imports personnel sheets (nhập danh sách cán bộ từ Excel): each row is read through
 * {@link PersonSheet}, cleaned and checked like a form, placed in an agency of the user's
 * scope, and matched with the stored records by citizen ID (or by name, birth date and
 * agency, with a warning). A dry run only reports; applying writes the valid rows in
 * batches, each in its own transaction, so a batch that fails leaves the database as it
 * was before it and the import stops there.
 */
@Service
public class PersonImports {

	/** Rows written per transaction. */
	public static final int BATCH_SIZE = 1000;

	/** Rows whose verdicts the report lists one by one. */
	public static final int SHOWN_ROWS = 500;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final People people;

	private final PersonStore store;

	private final OrgUnits orgUnits;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final Clock clock;

	private final UploadedSheets uploads;

	private final CurrentUsers currentUsers;

	PersonImports(People people, PersonStore store, OrgUnits orgUnits, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, MessageSource messages, Clock clock, UploadedSheets uploads,
			CurrentUsers currentUsers) {
		this.people = people;
		this.store = store;
		this.orgUnits = orgUnits;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.messages = messages;
		this.clock = clock;
		this.uploads = uploads;
		this.currentUsers = currentUsers;
	}

	/** Whether the current user may import (the roles that may create records). */
	public boolean canImport() {
		return this.people.canEdit();
	}

	/**
	 * Takes an uploaded sheet in for the current user: kept on disk after it passed the
	 * import limits (see {@link UploadedSheets}); the caller closes it when done.
	 */
	public UploadedSheet accept(InputStream in) {
		requireEditor();
		return this.uploads.accept(in, this.currentUsers.current().username());
	}

	/** The headers of the sheet, as the mapping step shows them. */
	public List<String> headers(UploadedSheet sheet) {
		requireEditor();
		try (XlsxRows rows = XlsxRows.open(sheet)) {
			return rows.headers();
		}
	}

	/** The number of data rows of the sheet, to show progress against. */
	public long countRows(UploadedSheet sheet) {
		try (XlsxRows rows = XlsxRows.open(sheet); Stream<ImportRow> stream = rows.rows()) {
			return stream.count();
		}
	}

	/**
	 * Writes the empty template: the header row with a drop-down on every coded column
	 * (sex, ethnic group, category, levels…), the way each column is written, and the
	 * lists the drop-downs offer, which are the values the import accepts.
	 */
	public void template(OutputStream out) {
		List<PersonSheet.Column> columns = PersonSheet.columns();
		Map<String, List<String>> choices = PersonSheet.choices();
		List<String> coded = columns.stream().map(PersonSheet.Column::key).filter(choices::containsKey).toList();
		String lists = "Danh mục";
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet("Danh sách", columns.stream().map((column) -> XlsxExport.Column.of(column.header())).toList());
			for (int i = 0; i < columns.size(); i++) {
				String key = columns.get(i).key();
				if (choices.containsKey(key)) {
					export.choices(i, lists, coded.indexOf(key), choices.get(key).size());
				}
			}
			export.sheet("Hướng dẫn", List.of(XlsxExport.Column.of("Cột", 24), XlsxExport.Column.of("Cách ghi", 100)));
			for (PersonSheet.Column column : columns) {
				export.row(column.header(),
						this.messages.getMessage("peopleimport.help." + column.key(), null, "", VIETNAMESE)
								+ (column.required() ? " (bắt buộc)" : ""));
			}
			export.sheet(lists,
					coded.stream()
						.map((key) -> XlsxExport.Column.of(PersonSheet.column(key).orElseThrow().header()))
						.toList());
			int longest = coded.stream().mapToInt((key) -> choices.get(key).size()).max().orElse(0);
			for (int row = 0; row < longest; row++) {
				int index = row;
				export.row(coded.stream()
					.map((key) -> (index < choices.get(key).size()) ? choices.get(key).get(index) : null)
					.toArray());
			}
		}
	}

	/**
	 * Writes the rejected rows of a report as a workbook to correct and import again:
	 * each rejected row with its own cells under the sheet's own headers, then its
	 * reasons; the warnings on a second sheet. When the upload is no longer kept, only
	 * the row numbers, columns and reasons are left to write.
	 */
	public void rejectedRows(UploadedSheet sheet, Map<String, String> mapping, ImportReport report, Locale locale,
			OutputStream out) {
		requireEditor();
		Map<Integer, List<ImportReport.Message>> byRow = new TreeMap<>();
		report.errors().forEach((error) -> byRow.computeIfAbsent(error.row(), (row) -> new ArrayList<>()).add(error));
		String rowHeader = this.messages.getMessage("peopleimport.report.row", null, locale);
		String reasonHeader = this.messages.getMessage("peopleimport.errors.reason", null, locale);
		List<XlsxExport.Column> plain = List.of(XlsxExport.Column.of(rowHeader, 8),
				XlsxExport.Column.of(this.messages.getMessage("peopleimport.errors.column", null, locale), 24),
				XlsxExport.Column.of(reasonHeader, 90));
		try (XlsxExport export = XlsxExport.to(out)) {
			String errorsSheet = this.messages.getMessage("peopleimport.report.errors", null, locale);
			if (sheet.kept()) {
				try (XlsxRows rows = XlsxRows.open(sheet,
						XlsxRows.Options.defaults().withColumns(fieldToHeader(mapping)));
						Stream<ImportRow> stream = rows.rows()) {
					List<XlsxExport.Column> columns = new ArrayList<>();
					columns.add(XlsxExport.Column.of(rowHeader, 8));
					rows.headers().forEach((header) -> columns.add(XlsxExport.Column.of(header)));
					columns.add(XlsxExport.Column.of(reasonHeader, 90));
					export.sheet(errorsSheet, columns);
					stream.filter((row) -> byRow.containsKey(row.rowNumber())).forEach((row) -> {
						List<Object> values = new ArrayList<>();
						values.add(row.rowNumber());
						values.addAll(row.texts());
						values.add(String.join("\n",
								byRow.get(row.rowNumber()).stream().map(ImportReport.Message::message).toList()));
						export.row(values.toArray());
					});
				}
			}
			else {
				export.sheet(errorsSheet, plain);
				report.errors().forEach((error) -> export.row(error.row(), error.column(), error.message()));
			}
			export.sheet(this.messages.getMessage("peopleimport.report.warnings", null, locale), plain);
			report.warnings().forEach((warning) -> export.row(warning.row(), warning.column(), warning.message()));
		}
	}

	/**
	 * Imports the sheet within the user's scope. The mapping gives, for a column key of
	 * {@link PersonSheet}, the header of the user's sheet that holds it (blank: the sheet
	 * has no such column); keys it leaves out are looked for under their own header.
	 * @param progress told the number of data rows handled so far, after each batch
	 * @throws InvalidInputException when the sheet lacks a required column
	 */
	public ImportReport run(InputStream in, Map<String, String> mapping, boolean dryRun, Locale locale,
			IntConsumer progress) {
		try (UploadedSheet sheet = accept(in)) {
			return run(sheet, mapping, dryRun, locale, progress);
		}
	}

	/**
	 * Imports an uploaded sheet, as
	 * {@link #run(InputStream, Map, boolean, Locale, IntConsumer)} does a stream.
	 */
	public ImportReport run(UploadedSheet sheet, Map<String, String> mapping, boolean dryRun, Locale locale,
			IntConsumer progress) {
		requireEditor();
		Map<String, String> fieldToHeader = fieldToHeader(mapping);
		try (XlsxRows rows = XlsxRows.open(sheet, XlsxRows.Options.defaults().withColumns(fieldToHeader))) {
			List<PersonSheet.Column> present = PersonSheet.columns()
				.stream()
				.filter((column) -> fieldToHeader.containsKey(column.key())
						&& rows.missingColumns(column.key()).isEmpty())
				.toList();
			requireColumns(present);
			Run run = new Run(rows, fieldToHeader, present, dryRun, locale);
			List<ImportRow> batch = new ArrayList<>(BATCH_SIZE);
			int[] handled = { 0 };
			try (Stream<ImportRow> stream = rows.rows()) {
				for (ImportRow row : (Iterable<ImportRow>) stream::iterator) {
					batch.add(row);
					if (batch.size() == BATCH_SIZE) {
						handled[0] += batch.size();
						boolean goOn = run.batch(batch);
						batch = new ArrayList<>(BATCH_SIZE);
						progress.accept(handled[0]);
						if (!goOn) {
							break;
						}
					}
				}
			}
			if (!batch.isEmpty() && run.failure == null) {
				handled[0] += batch.size();
				run.batch(batch);
				progress.accept(handled[0]);
			}
			ImportReport report = run.report();
			if (!dryRun && report.imported() + report.updated() >= BATCH_SIZE) {
				// Many rows at once: searches should not wait for autovacuum's
				// statistics.
				this.store.analyze();
			}
			return report;
		}
	}

	private static Map<String, String> fieldToHeader(Map<String, String> mapping) {
		Map<String, String> fieldToHeader = new LinkedHashMap<>();
		for (PersonSheet.Column column : PersonSheet.columns()) {
			String header = mapping.getOrDefault(column.key(), column.header());
			if (header != null && !header.isBlank()) {
				fieldToHeader.put(column.key(), header.strip());
			}
		}
		return fieldToHeader;
	}

	private void requireColumns(List<PersonSheet.Column> present) {
		Set<String> keys = new LinkedHashSet<>();
		present.forEach((column) -> keys.add(column.key()));
		List<FieldProblem> problems = new ArrayList<>();
		for (String required : PersonSheet.requiredKeys()) {
			if (!keys.contains(required)) {
				problems.add(FieldProblem.of(required, "peopleimport.error.columnMissing",
						PersonSheet.column(required).orElseThrow().header()));
			}
		}
		if (!keys.contains(PersonSheet.AGENCY_CODE) && !keys.contains(PersonSheet.AGENCY_NAME)) {
			problems.add(FieldProblem.of(PersonSheet.AGENCY_CODE, "peopleimport.error.agencyColumnMissing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void requireEditor() {
		if (!this.people.canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A row read and checked, with what to do with it. */
	private static final class Checked {

		final int row;

		final PersonSheet.Values values;

		final List<ImportReport.Message> errors = new ArrayList<>();

		final Set<String> columnsAtFault = new LinkedHashSet<>();

		@Nullable PersonDetails details;

		PersonStore.@Nullable Stored match;

		ImportReport.@Nullable Verdict verdict;

		@Nullable OrgUnitView agency;

		Checked(int row, PersonSheet.Values values) {
			this.row = row;
			this.values = values;
		}

		@Nullable String fullName() {
			Object name = this.values.get("identity.fullName");
			return name == null ? null : name.toString();
		}

	}

	/** The state of one import as it goes through the sheet. */
	private final class Run {

		private final XlsxRows rows;

		private final Map<String, String> fieldToHeader;

		private final List<PersonSheet.Column> present;

		private final boolean dryRun;

		private final Locale locale;

		private final Map<String, Integer> citizenIdRows = new HashMap<>();

		private final Map<String, Optional<OrgUnitView>> agenciesByCode = new HashMap<>();

		private final Map<String, Object> agenciesByName = new HashMap<>();

		private final Map<Long, Optional<OrgUnitView>> agenciesById = new HashMap<>();

		private final List<ImportReport.Message> warnings = new ArrayList<>();

		private final List<ImportReport.Message> errors = new ArrayList<>();

		private final List<ImportReport.RowVerdict> shown = new ArrayList<>();

		private int imported;

		private int updated;

		private int unchanged;

		private int rejected;

		private int appliedThroughRow;

		private ImportReport.@Nullable Failure failure;

		Run(XlsxRows rows, Map<String, String> fieldToHeader, List<PersonSheet.Column> present, boolean dryRun,
				Locale locale) {
			this.rows = rows;
			this.fieldToHeader = fieldToHeader;
			this.present = present;
			this.dryRun = dryRun;
			this.locale = locale;
		}

		/** Checks and (unless a dry run) writes a batch; false when its write failed. */
		boolean batch(List<ImportRow> batch) {
			List<Checked> checked = batch.stream().map(this::read).toList();
			Map<String, PersonStore.Stored> byCitizenId = PersonImports.this.store.findByCitizenIds(checked.stream()
				.map((row) -> (String) row.values.get("identity.citizenId"))
				.filter(Objects::nonNull)
				.filter((id) -> id.matches("\\d{12}"))
				.toList());
			Map<String, Long> byStaffCode = PersonImports.this.store.idsForStaffCodes(checked.stream()
				.map((row) -> TextCleaner.clean((String) row.values.get("employment.staffCode")))
				.filter(Objects::nonNull)
				.toList());
			for (Checked row : checked) {
				decide(row, byCitizenId, byStaffCode);
			}
			if (!this.dryRun && !write(checked)) {
				return false;
			}
			for (Checked row : checked) {
				count(row);
			}
			return true;
		}

		private Checked read(ImportRow row) {
			PersonSheet.Values values = new PersonSheet.Values();
			for (PersonSheet.Column column : this.present) {
				column.reader().read(row, column.key(), values);
			}
			Checked checked = new Checked(row.rowNumber(), values);
			for (CellProblem problem : row.problems()) {
				checked.errors.add(new ImportReport.Message(problem.rowNumber(), problem.column(),
						text(problem.messageKey(), problem.messageArguments())));
				checked.columnsAtFault.add(problem.column());
			}
			for (PersonSheet.Problem problem : values.problems()) {
				String header = header(problem.columnKey());
				List<Object> arguments = new ArrayList<>();
				arguments.add(Integer.toString(checked.row));
				arguments.add(header);
				arguments.addAll(problem.arguments());
				checked.errors.add(
						new ImportReport.Message(checked.row, header, text(problem.messageKey(), arguments.toArray())));
				checked.columnsAtFault.add(header);
			}
			return checked;
		}

		private void decide(Checked row, Map<String, PersonStore.Stored> byCitizenId, Map<String, Long> byStaffCode) {
			Long agencyId = agency(row);
			String citizenId = digits((String) row.values.get("identity.citizenId"));
			PersonStore.Stored match = citizenId == null ? null : byCitizenId.get(citizenId);
			if (match != null && !visible(match.details().employment().agencyId())) {
				error(row, "identity.citizenId", "peopleimport.error.citizenIdOutOfScope", citizenId);
				match = null;
			}
			if (citizenId != null) {
				Integer earlier = this.citizenIdRows.putIfAbsent(citizenId, row.row);
				if (earlier != null) {
					error(row, "identity.citizenId", "peopleimport.error.citizenIdRepeated", citizenId, earlier);
				}
			}
			PersonDetails incoming = People.normalise(
					PersonSheet.merge(PersonDetails.of(PersonDetails.Identity.EMPTY, PersonDetails.Employment.EMPTY),
							row.values, agencyId));
			if (match == null && citizenId == null && agencyId != null && incoming.identity().fullName() != null
					&& incoming.identity().birthYear() != null) {
				match = byName(incoming);
				if (match != null) {
					warn(row, "peopleimport.warning.matchedByName", match.details().identity().fullName());
				}
			}
			PersonDetails details = match == null ? incoming
					: People.normalise(PersonSheet.merge(match.details(), row.values, agencyId));
			for (FieldProblem problem : PersonValidator.check(details, today())) {
				String header = PersonSheet.columnOfField(problem.field())
					.map((column) -> header(column.key()))
					.orElse("");
				if (!row.columnsAtFault.contains(header)
						&& !(problem.field().equals("employment.agencyId") && agencyId == null)) {
					row.errors.add(new ImportReport.Message(row.row, header,
							text("peopleimport.error.row", new Object[] { Integer.toString(row.row),
									PersonImports.this.messages.getMessage(problem, this.locale) })));
				}
			}
			String staffCode = details.employment().staffCode();
			if (staffCode != null && (match == null || !staffCode.equals(match.details().employment().staffCode()))) {
				Long holder = byStaffCode.get(staffCode);
				if (holder != null && (match == null || holder != match.id())) {
					error(row, "employment.staffCode", "peopleimport.error.staffCodeTaken", staffCode);
				}
			}
			row.details = details;
			row.match = match;
			if (!row.errors.isEmpty()) {
				row.verdict = ImportReport.Verdict.REJECTED;
			}
			else if (match == null) {
				row.verdict = ImportReport.Verdict.NEW;
			}
			else if (details.equals(People.normalise(match.details()))) {
				row.verdict = ImportReport.Verdict.UNCHANGED;
			}
			else {
				row.verdict = ImportReport.Verdict.UPDATE;
			}
		}

		private PersonStore.@Nullable Stored byName(PersonDetails incoming) {
			PersonDetails.Identity identity = incoming.identity();
			return PersonImports.this.store
				.findByName(Objects.requireNonNull(identity.fullName()), Objects.requireNonNull(identity.birthYear()),
						Objects.requireNonNull(incoming.employment().agencyId()))
				.stream()
				.filter((stored) -> Objects.equals(stored.details().identity().birthMonth(), identity.birthMonth())
						&& Objects.equals(stored.details().identity().birthDay(), identity.birthDay()))
				.findFirst()
				.orElse(null);
		}

		/** The agency the row names, resolved in the user's scope; null with an error. */
		private @Nullable Long agency(Checked row) {
			String code = (String) row.values.get(PersonSheet.AGENCY_CODE);
			String name = (String) row.values.get(PersonSheet.AGENCY_NAME);
			if (code != null) {
				Optional<OrgUnitView> agency = this.agenciesByCode.computeIfAbsent(code, this::byCode);
				if (agency.isPresent()) {
					row.agency = agency.get();
					return agency.get().id();
				}
				error(row, PersonSheet.AGENCY_CODE,
						outOfScope(code) ? "peopleimport.error.agencyOutOfScope" : "peopleimport.error.agencyUnknown",
						code);
				return null;
			}
			if (name != null) {
				Object found = this.agenciesByName.computeIfAbsent(VietnameseText.searchKey(name),
						(key) -> byName(name));
				if (found instanceof OrgUnitView agency) {
					row.agency = agency;
					return agency.id();
				}
				error(row, PersonSheet.AGENCY_NAME, (String) found, name);
				return null;
			}
			error(row, this.present.stream().anyMatch((column) -> column.key().equals(PersonSheet.AGENCY_CODE))
					? PersonSheet.AGENCY_CODE : PersonSheet.AGENCY_NAME, "peopleimport.error.agencyMissing");
			return null;
		}

		private Optional<OrgUnitView> byCode(String code) {
			try {
				return Optional.of(PersonImports.this.orgUnits.getByCode(code, today()));
			}
			catch (NotFoundException | OutOfScopeException ex) {
				return Optional.empty();
			}
		}

		private boolean outOfScope(String code) {
			try {
				PersonImports.this.orgUnits.getByCode(code, today());
				return false;
			}
			catch (OutOfScopeException ex) {
				return true;
			}
			catch (NotFoundException ex) {
				return false;
			}
		}

		/**
		 * The only unit of the name within the scope, or the message key saying why not.
		 */
		private Object byName(String name) {
			String key = VietnameseText.searchKey(name);
			List<OrgUnitView> units = PersonImports.this.orgUnits.list(OrgUnitFilter.asOf(today()).text(name), 0, 1000)
				.items()
				.stream()
				.filter((unit) -> VietnameseText.searchKey(unit.name()).equals(key))
				.toList();
			if (units.size() == 1) {
				return units.get(0);
			}
			return units.isEmpty() ? "peopleimport.error.agencyNameUnknown" : "peopleimport.error.agencyNameAmbiguous";
		}

		private boolean visible(@Nullable Long agencyId) {
			if (agencyId == null) {
				return false;
			}
			return this.agenciesById.computeIfAbsent(agencyId, (id) -> {
				try {
					return Optional.of(PersonImports.this.orgUnits.current(id));
				}
				catch (NotFoundException | OutOfScopeException ex) {
					return Optional.empty();
				}
			}).isPresent();
		}

		/**
		 * Writes the batch in one transaction; false (and nothing written) if it fails.
		 */
		private boolean write(List<Checked> checked) {
			List<Checked> news = checked.stream().filter((row) -> row.verdict == ImportReport.Verdict.NEW).toList();
			List<Checked> updates = checked.stream()
				.filter((row) -> row.verdict == ImportReport.Verdict.UPDATE)
				.toList();
			if (news.isEmpty() && updates.isEmpty()) {
				this.appliedThroughRow = checked.get(checked.size() - 1).row;
				return true;
			}
			try {
				PersonImports.this.transactions.executeWithoutResult((status) -> {
					java.time.Instant now = PersonImports.this.clock.instant();
					List<Long> ids = PersonImports.this.store
						.insertAll(news.stream().map((row) -> Objects.requireNonNull(row.details)).toList(), now);
					List<DataChanged> changes = new ArrayList<>(checked.size());
					for (int i = 0; i < ids.size(); i++) {
						Checked row = news.get(i);
						changes.add(new DataChanged(People.AUDIT_TYPE, String.valueOf(ids.get(i)),
								DataChanged.Action.CREATE, null, People.snapshot(Objects.requireNonNull(row.details)),
								agencyPath(row)));
					}
					for (Checked row : updates) {
						PersonStore.Stored before = Objects.requireNonNull(row.match);
						if (!PersonImports.this.store.update(before.id(), before.version(),
								Objects.requireNonNull(row.details), now)) {
							throw new ConcurrentEditException();
						}
						changes.add(new DataChanged(People.AUDIT_TYPE, String.valueOf(before.id()),
								DataChanged.Action.UPDATE, People.snapshot(before.details()),
								People.snapshot(row.details), agencyPath(row)));
					}
					// One audit batch per import batch: a round trip per row would cost
					// more than
					// the import itself.
					PersonImports.this.events.publishEvent(new DataChanges(changes));
				});
			}
			catch (DataAccessException | ConcurrentEditException ex) {
				String reason = (ex instanceof ConcurrentEditException)
						? text("peopleimport.error.batchConcurrent", new Object[0])
						: Objects.requireNonNullElse(mostSpecific(ex), ex.getClass().getSimpleName());
				int first = checked.get(0).row;
				int last = checked.get(checked.size() - 1).row;
				String message = text("peopleimport.error.batchFailed", new Object[] { Integer.toString(first),
						Integer.toString(last), Integer.toString(this.appliedThroughRow), reason });
				this.failure = new ImportReport.Failure(first, last, this.appliedThroughRow, message);
				this.errors.add(new ImportReport.Message(first, "", message));
				return false;
			}
			this.appliedThroughRow = checked.get(checked.size() - 1).row;
			return true;
		}

		private String agencyPath(Checked row) {
			OrgUnitView agency = row.agency;
			if (agency == null) {
				agency = PersonImports.this.orgUnits
					.current(Objects.requireNonNull(Objects.requireNonNull(row.details).employment().agencyId()));
			}
			return agency.path();
		}

		private void count(Checked row) {
			ImportReport.Verdict verdict = Objects.requireNonNull(row.verdict);
			switch (verdict) {
				case NEW -> this.imported++;
				case UPDATE -> this.updated++;
				case UNCHANGED -> this.unchanged++;
				case REJECTED -> {
					this.rejected++;
					this.errors.addAll(row.errors);
				}
			}
			if (this.shown.size() < SHOWN_ROWS) {
				this.shown.add(new ImportReport.RowVerdict(row.row, row.fullName(), verdict,
						row.errors.stream().map(ImportReport.Message::message).toList()));
			}
		}

		private void error(Checked row, String columnKey, String messageKey, Object... arguments) {
			String header = header(columnKey);
			List<Object> all = new ArrayList<>();
			all.add(Integer.toString(row.row));
			all.add(header);
			all.addAll(List.of(arguments));
			row.errors.add(new ImportReport.Message(row.row, header, text(messageKey, all.toArray())));
		}

		private void warn(Checked row, String messageKey, Object... arguments) {
			List<Object> all = new ArrayList<>();
			all.add(Integer.toString(row.row));
			all.add("");
			all.addAll(List.of(arguments));
			this.warnings.add(new ImportReport.Message(row.row, "", text(messageKey, all.toArray())));
		}

		/** The header of the user's sheet that holds the column, or the column's own. */
		private String header(String columnKey) {
			String mapped = this.fieldToHeader.get(columnKey);
			if (mapped != null) {
				String key = VietnameseText.searchKey(mapped);
				for (String header : this.rows.headers()) {
					if (VietnameseText.searchKey(header).equals(key)) {
						return header;
					}
				}
			}
			return PersonSheet.column(columnKey).map(PersonSheet.Column::header).orElse(columnKey);
		}

		private String text(String key, Object[] arguments) {
			return PersonImports.this.messages.getMessage(key, arguments, key, this.locale);
		}

		ImportReport report() {
			return new ImportReport(this.dryRun, this.imported, this.updated, this.unchanged, this.rejected,
					List.copyOf(this.warnings), List.copyOf(this.errors), List.copyOf(this.shown), this.failure);
		}

	}

	private static @Nullable String digits(@Nullable String text) {
		return text == null ? null : text.replaceAll("[\\s.]", "");
	}

	private static @Nullable String mostSpecific(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? null : message.lines().findFirst().orElse(message);
	}

}
