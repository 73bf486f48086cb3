package vn.canbo.work;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.shared.DomainException;

/**
 * The scoring scheme of a month for a unit: the scheme its province chose for that month,
 * else the national one, in the version in force at the month's end (a month before the
 * first version uses the first).
 */
@Component
public class SchemeResolver {

	private final Rules rules;

	private final OrgUnits orgUnits;

	private final JdbcClient jdbc;

	SchemeResolver(Rules rules, OrgUnits orgUnits, JdbcClient jdbc) {
		this.rules = rules;
		this.orgUnits = orgUnits;
		this.jdbc = jdbc;
	}

	public ScoringScheme scheme(long unitId, LocalDate month) {
		LocalDate monthEnd = month.withDayOfMonth(1).plusMonths(1).minusDays(1);
		RuleKey key = RuleKey.EVALUATION_SCHEME;
		List<OrgUnitView> lineage = this.orgUnits.lineage(unitId, monthEnd);
		for (OrgUnitView unit : lineage) {
			if (unit.level() == OrgLevel.PROVINCE) {
				key = this.jdbc.sql("""
						select rule_key from evaluation_scheme_choice
						where province_id = :province and valid_from <= :day order by valid_from desc limit 1""")
					.param("province", unit.id())
					.param("day", monthEnd)
					.query(String.class)
					.optional()
					.map(RuleKey::valueOf)
					.orElse(RuleKey.EVALUATION_SCHEME);
			}
		}
		return scheme(key, monthEnd);
	}

	ScoringScheme scheme(RuleKey key, LocalDate day) {
		List<RuleVersion> versions = this.rules.versions(key);
		if (versions.isEmpty()) {
			throw new DomainException("rules.error.noVersion", key.name(), day);
		}
		RuleVersion version = versions.stream()
			.filter((candidate) -> candidate.inForceOn(day))
			.findFirst()
			.orElse(versions.get(0));
		return new ScoringScheme(version);
	}

}
