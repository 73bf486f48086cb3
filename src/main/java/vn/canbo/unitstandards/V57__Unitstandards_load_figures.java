package vn.canbo.unitstandards;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the area and population of the 34 provinces and 3,321 communes after the 2025
 * reorganisation (see {@code unitstandards/data/README.md}) as their figures from
 * 2025-07-01, each with the shared data's quality flag.
 */
@Component
class V57__Unitstandards_load_figures extends BaseJavaMigration {

	static final LocalDate FROM = LocalDate.of(2025, 7, 1);

	static final String SOURCE = "sapnhap.bando.com.vn (NXB Tài nguyên – Môi trường và Bản đồ Việt Nam), 2025";

	private static final String DATA = "unitstandards/data/units-area-population-2025.csv";

	@Override
	public void migrate(Context context) throws Exception {
		String sql = "insert into unitstandards_figure (unit_code, level, valid_from, area_km2, population, quality, "
				+ "flags, source, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, 'system')";
		try (Reader reader = new InputStreamReader(new ClassPathResource(DATA).getInputStream(),
				StandardCharsets.UTF_8); PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords()) {
				insert.setString(1, row.get("code"));
				insert.setString(2, row.get("level").toUpperCase(Locale.ROOT));
				insert.setDate(3, Date.valueOf(FROM));
				if (row.get("area_km2").isEmpty()) {
					insert.setNull(4, Types.NUMERIC);
				}
				else {
					insert.setBigDecimal(4, new BigDecimal(row.get("area_km2")));
				}
				if (row.get("population").isEmpty()) {
					insert.setNull(5, Types.INTEGER);
				}
				else {
					insert.setInt(5, Integer.parseInt(row.get("population")));
				}
				insert.setString(6, row.get("quality"));
				insert.setString(7, row.get("flags").isEmpty() ? null : row.get("flags"));
				insert.setString(8, SOURCE);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
