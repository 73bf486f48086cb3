package vn.canbo.orgunits;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.canbo.shared.VietnameseText;

/**
 * Loads the official administrative units (see {@code orgunits/data/README.md}): the
 * three tiers valid until 2025-06-30, the two tiers valid from 2025-07-01, and the
 * reorganisation between them. A new unit that is the same unit as before (same code and
 * name, the whole of one old unit and nothing else) continues the old node, so that
 * scopes and history bound to it carry on; every other new unit is a new node with its
 * predecessors recorded.
 */
@Component
class V3__Load_administrative_units extends BaseJavaMigration {

	static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

	private static final String DATA = "orgunits/data/";

	private final Map<String, Unit> before = new HashMap<>();

	private final List<Unit> units = new ArrayList<>();

	private final List<Placement> placements = new ArrayList<>();

	private final List<String[]> successions = new ArrayList<>();

	private long nextId = 1;

	@Override
	public void migrate(Context context) throws Exception {
		loadBeforeReform();
		loadAfterReform(readMerges());
		Connection connection = context.getConnection();
		insertUnits(connection);
		insertPlacements(connection);
		insertSuccessions(connection);
		try (Statement statement = connection.createStatement()) {
			statement
				.execute("select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))");
		}
	}

	private void loadBeforeReform() throws IOException {
		for (CSVRecord row : read("units-2025-03-01.csv")) {
			Unit parent = row.get("parent_code").isEmpty() ? null : this.before.get(row.get("parent_code"));
			Unit unit = newUnit(row, parent, null);
			unit.validTo = REFORM_2025;
			this.before.put(unit.code, unit);
			this.placements.add(new Placement(unit, parent, null, REFORM_2025));
		}
	}

	private void loadAfterReform(Map<String, List<CSVRecord>> merges) throws IOException {
		Map<String, Unit> after = new HashMap<>();
		for (CSVRecord row : read("units-2025-07-01.csv")) {
			Unit parent = row.get("parent_code").isEmpty() ? null : after.get(row.get("parent_code"));
			List<CSVRecord> sources = merges.getOrDefault(row.get("level") + row.get("code"), List.of());
			Unit continued = continuedUnit(row, sources);
			if (continued != null) {
				continued.validTo = null;
				continueOrMove(continued, parent);
				after.put(continued.code, continued);
				continue;
			}
			Unit unit = newUnit(row, parent, REFORM_2025);
			after.put(unit.code, unit);
			this.placements.add(new Placement(unit, parent, REFORM_2025, null));
			for (CSVRecord source : sources) {
				Unit predecessor = this.before.get(source.get("old_code"));
				this.successions.add(new String[] { String.valueOf(unit.id),
						predecessor == null ? null : String.valueOf(predecessor.id), source.get("old_code"),
						VietnameseText.clean(source.get("old_name")),
						source.get("kind").toUpperCase(java.util.Locale.ROOT) });
			}
		}
	}

	private @Nullable Unit continuedUnit(CSVRecord row, List<CSVRecord> sources) {
		if (sources.size() != 1 || !"full".equals(sources.get(0).get("kind"))) {
			return null;
		}
		Unit old = this.before.get(sources.get(0).get("old_code"));
		boolean same = old != null && old.code.equals(row.get("code")) && old.level.name().equals(row.get("level"))
				&& old.nameKey.equals(VietnameseText.searchKey(row.get("name")));
		return same ? old : null;
	}

	private void continueOrMove(Unit unit, @Nullable Unit newParent) {
		Placement last = unit.placements.get(unit.placements.size() - 1);
		if (Objects.equals(last.parent, newParent)) {
			last.validTo = null;
		}
		else {
			this.placements.add(new Placement(unit, newParent, REFORM_2025, null));
		}
	}

	private Unit newUnit(CSVRecord row, @Nullable Unit parent, @Nullable LocalDate validFrom) {
		Unit unit = new Unit();
		unit.id = this.nextId++;
		unit.code = row.get("code");
		unit.name = VietnameseText.clean(row.get("name"));
		unit.nameKey = VietnameseText.searchKey(unit.name);
		unit.level = OrgLevel.valueOf(row.get("level"));
		unit.type = UnitType.valueOf(row.get("type"));
		unit.provinceCode = parent == null ? unit.code : parent.provinceCode;
		unit.validFrom = validFrom;
		this.units.add(unit);
		return unit;
	}

	private static Map<String, List<CSVRecord>> readMerges() throws IOException {
		Map<String, List<CSVRecord>> merges = new LinkedHashMap<>();
		for (CSVRecord row : read("merges-2025-07-01.csv")) {
			merges.computeIfAbsent(row.get("level") + row.get("new_code"), (key) -> new ArrayList<>()).add(row);
		}
		return merges;
	}

	private static List<CSVRecord> read(String file) throws IOException {
		try (Reader reader = new InputStreamReader(new ClassPathResource(DATA + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private void insertUnits(Connection connection) throws SQLException {
		String sql = "insert into org_unit (id, code, name, name_key, level, unit_type, province_code, valid_from, valid_to) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (Unit unit : this.units) {
				insert.setLong(1, unit.id);
				insert.setString(2, unit.code);
				insert.setString(3, unit.name);
				insert.setString(4, unit.nameKey);
				insert.setString(5, unit.level.name());
				insert.setString(6, unit.type.name());
				insert.setString(7, unit.provinceCode);
				setDate(insert, 8, unit.validFrom);
				setDate(insert, 9, unit.validTo);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private void insertPlacements(Connection connection) throws SQLException {
		String sql = "insert into org_unit_placement (unit_id, parent_id, path, depth, valid_from, valid_to) values (?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (Placement placement : this.placements) {
				insert.setLong(1, placement.unit.id);
				if (placement.parent == null) {
					insert.setNull(2, Types.BIGINT);
				}
				else {
					insert.setLong(2, placement.parent.id);
				}
				String path = pathOf(placement);
				insert.setString(3, path);
				insert.setInt(4, (int) path.chars().filter((c) -> c == '/').count() - 2);
				setDate(insert, 5, placement.validFrom);
				setDate(insert, 6, placement.validTo);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * The path through the parents' placements that overlap this one (administrative
	 * units move only at the reform).
	 */
	private String pathOf(Placement placement) {
		if (placement.parent == null) {
			return "/" + placement.unit.id + "/";
		}
		LocalDate day = placement.validFrom != null ? placement.validFrom : REFORM_2025.minusDays(1);
		Placement parentPlacement = placement.parent.placements.stream()
			.filter((p) -> p.contains(day))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No placement of parent for " + placement.unit.code));
		return pathOf(parentPlacement) + placement.unit.id + "/";
	}

	private void insertSuccessions(Connection connection) throws SQLException {
		String sql = "insert into org_unit_succession (successor_id, predecessor_id, predecessor_code, predecessor_name, kind, effective_date) "
				+ "values (?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (String[] succession : this.successions) {
				insert.setLong(1, Long.parseLong(succession[0]));
				if (succession[1] == null) {
					insert.setNull(2, Types.BIGINT);
				}
				else {
					insert.setLong(2, Long.parseLong(succession[1]));
				}
				insert.setString(3, succession[2]);
				insert.setString(4, succession[3]);
				insert.setString(5, succession[4]);
				insert.setDate(6, Date.valueOf(REFORM_2025));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate date) throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setDate(index, Date.valueOf(date));
		}
	}

	private static final class Unit {

		long id;

		String code = "";

		String name = "";

		String nameKey = "";

		OrgLevel level = OrgLevel.COMMUNE;

		UnitType type = UnitType.COMMUNE;

		String provinceCode = "";

		@Nullable LocalDate validFrom;

		@Nullable LocalDate validTo;

		final List<Placement> placements = new ArrayList<>();

	}

	private static final class Placement {

		final Unit unit;

		final @Nullable Unit parent;

		final @Nullable LocalDate validFrom;

		@Nullable LocalDate validTo;

		Placement(Unit unit, @Nullable Unit parent, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
			this.unit = unit;
			this.parent = parent;
			this.validFrom = validFrom;
			this.validTo = validTo;
			unit.placements.add(this);
		}

		boolean contains(LocalDate day) {
			return (this.validFrom == null || !day.isBefore(this.validFrom))
					&& (this.validTo == null || day.isBefore(this.validTo));
		}

	}

}
