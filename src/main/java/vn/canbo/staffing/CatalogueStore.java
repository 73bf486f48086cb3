package vn.canbo.staffing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;

/** The titles, job positions and standard versions, read and added in SQL. */
@Component
class CatalogueStore {

	private final JdbcClient jdbc;

	CatalogueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PostTitle> titles() {
		return this.jdbc.sql("select * from post_title order by sort_order, id").query(CatalogueStore::title).list();
	}

	List<JobPosition> jobPositions() {
		return this.jdbc.sql("select * from job_position order by sort_order, id")
			.query((rs, n) -> new JobPosition(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					PositionGroup.valueOf(rs.getString("position_group")),
					PersonnelCategory.valueOf(rs.getString("category")), rs.getString("rank_group"),
					rs.getString("citation")))
			.list();
	}

	List<PostStandard> standards() {
		return this.jdbc.sql("select * from post_standard order by coalesce(valid_from, date '0001-01-01'), id")
			.query(CatalogueStore::standard)
			.list();
	}

	Optional<PostStandard> standard(long id) {
		return this.jdbc.sql("select * from post_standard where id = :id")
			.param("id", id)
			.query(CatalogueStore::standard)
			.optional();
	}

	/**
	 * Adds a version and ends the one before it on the new version's first day.
	 * @return the new version's id
	 */
	long addStandard(PostStandard version, String createdBy, Instant now) {
		String subject = (version.titleId() != null) ? "title_id" : "job_position_id";
		Long subjectId = (version.titleId() != null) ? version.titleId() : version.jobPositionId();
		this.jdbc
			.sql("update post_standard set valid_to = :from where " + subject + " = :subject and valid_to is null"
					+ " and (valid_from is null or valid_from < :from)")
			.param("from", version.validFrom())
			.param("subject", subjectId)
			.update();
		return this.jdbc.sql("""
				insert into post_standard (title_id, job_position_id, valid_from, valid_to, min_general_education,
				    min_professional_level, professional_fields, min_political_theory, min_state_management, min_age,
				    max_age, citation, confirmed, created_by, created_at)
				values (:title, :job, :from, null, :general, :professional, :fields, :theory, :management, :minAge,
				    :maxAge, :citation, :confirmed, :createdBy, :now) returning id""")
			.param("title", version.titleId())
			.param("job", version.jobPositionId())
			.param("from", version.validFrom())
			.param("general", version.minGeneralEducation())
			.param("professional", name(version.minProfessionalLevel()))
			.param("fields",
					version.professionalFields().isEmpty() ? null : String.join(";", version.professionalFields()))
			.param("theory", name(version.minPoliticalTheory()))
			.param("management", name(version.minStateManagement()))
			.param("minAge", version.minAge())
			.param("maxAge", version.maxAge())
			.param("citation", version.citation())
			.param("confirmed", version.confirmed())
			.param("createdBy", createdBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value == null) ? null : value.name();
	}

	private static PostTitle title(ResultSet rs, int row) throws SQLException {
		String tier = rs.getString("tier");
		String unitType = rs.getString("unit_type");
		return new PostTitle(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				(tier == null) ? null : OrgLevel.valueOf(tier), (unitType == null) ? null : UnitType.valueOf(unitType),
				rs.getString("sector"), rs.getBoolean("key_title"), Selection.valueOf(rs.getString("selection")),
				rs.getInt("term_years"), PersonnelCategory.valueOf(rs.getString("category")),
				rs.getObject("slots", Integer.class), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getString("citation"));
	}

	private static PostStandard standard(ResultSet rs, int row) throws SQLException {
		String fields = rs.getString("professional_fields");
		String professional = rs.getString("min_professional_level");
		String theory = rs.getString("min_political_theory");
		String management = rs.getString("min_state_management");
		return new PostStandard(rs.getLong("id"), rs.getObject("title_id", Long.class),
				rs.getObject("job_position_id", Long.class), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getObject("min_general_education", Integer.class),
				(professional == null) ? null : ProfessionalLevel.valueOf(professional),
				(fields == null) ? List.of() : Arrays.stream(fields.split(";")).map(String::trim).toList(),
				(theory == null) ? null : PoliticalTheoryLevel.valueOf(theory),
				(management == null) ? null : StateManagementLevel.valueOf(management),
				rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
				rs.getString("citation"), rs.getBoolean("confirmed"), rs.getString("created_by"));
	}

}
