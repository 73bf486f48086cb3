package vn.canbo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.SystemAccess;
import vn.canbo.shared.DomainException;
import vn.canbo.targets.Comparison;
import vn.canbo.targets.TargetInput;
import vn.canbo.targets.Targets;

/**
 * A few targets (chỉ tiêu) of the demo province and commune, as resolutions of the kind
 * the articles quote, with resolution numbers marked {@code DEMO} so that no one takes
 * them for real ones. Seeded after the demo is loaded and again at each start for those
 * still missing: a target whose indicator is not defined (yet) is skipped, and gets
 * seeded at the first start where it is.
 */
@Component
@Profile("demo")
class DemoTargets {

	private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);

	/** The reform's day: every demo unit exists from then, so baselines measure. */
	static final LocalDate BASELINE = LocalDate.of(2025, 7, 1);

	static final String PROVINCE_BODY = "Ban Chấp hành Đảng bộ tỉnh (dữ liệu minh họa)";

	static final String COMMUNE_BODY = "Đảng ủy phường (dữ liệu minh họa)";

	private final DemoProperties properties;

	private final OrgUnits orgUnits;

	private final Targets targets;

	private final SystemAccess system;

	private final TransactionTemplate transaction;

	DemoTargets(DemoProperties properties, OrgUnits orgUnits, Targets targets, SystemAccess system,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.orgUnits = orgUnits;
		this.targets = targets;
		this.system = system;
		this.transaction = transaction;
	}

	/** One target of the demo, at the province ({@code true}) or the commune. */
	record Seed(boolean province, String indicatorId, Comparison comparison, String value, LocalDate deadline,
			String number, LocalDate resolutionDate, String note) {
	}

	static final List<Seed> SEEDS = List.of(
			new Seed(true, indicator("staffing", "standards.met"), Comparison.AT_LEAST, "100",
					LocalDate.of(2026, 12, 31), "DEMO-01/NQ-TU", LocalDate.of(2025, 6, 20),
					"100% cán bộ, công chức đạt chuẩn vị trí đảm nhiệm"),
			new Seed(true, indicator("people", "women"), Comparison.AT_LEAST, "30", LocalDate.of(2030, 12, 31),
					"DEMO-02/NQ-TU", LocalDate.of(2025, 6, 20),
					"Tỷ lệ nữ trong đội ngũ cán bộ, công chức, viên chức từ 30% trở lên"),
			new Seed(true, indicator("people", "politicalTheory.intermediateOrAbove"), Comparison.AT_LEAST, "65",
					LocalDate.of(2030, 12, 31), "DEMO-02/NQ-TU", LocalDate.of(2025, 6, 20),
					"65% có trình độ trung cấp lý luận chính trị trở lên"),
			new Seed(true, indicator("people", "professional.universityOrAbove"), Comparison.AT_LEAST, "90",
					LocalDate.of(2030, 12, 31), "DEMO-02/NQ-TU", LocalDate.of(2025, 6, 20),
					"Trên 90% có trình độ đại học trở lên"),
			new Seed(false, indicator("people", "education.upperSecondary"), Comparison.AT_LEAST, "60",
					LocalDate.of(2026, 12, 31), "DEMO-05/NQ-ĐU", LocalDate.of(2025, 7, 15),
					"60% cán bộ, công chức phường tốt nghiệp trung học phổ thông"),
			new Seed(false, indicator("staffing", "surplus"), Comparison.AT_MOST, "0", LocalDate.of(2026, 12, 31),
					"DEMO-05/NQ-ĐU", LocalDate.of(2025, 7, 15), "Không còn người vượt biên chế được giao"));

	/**
	 * An indicator id of the contract (decision 020), written in its two parts: the id is
	 * not a message key, though it looks like one.
	 */
	static String indicator(String module, String name) {
		return module + "." + name;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seed() {
		this.system.run(() -> {
			LocalDate today = this.orgUnits.today();
			long province = this.orgUnits.getByCode(this.properties.provinceCode(), today).id();
			long commune = this.orgUnits.getByCode(this.properties.communeCode(), today).id();
			int seeded = 0;
			for (Seed seed : SEEDS) {
				long unit = seed.province() ? province : commune;
				if (this.targets.indicator(seed.indicatorId()).isEmpty()
						|| this.targets.isRecorded(unit, seed.indicatorId(), seed.number())) {
					continue;
				}
				// each in its own transaction: one refused leaves the others, and the
				// start
				try {
					this.transaction.executeWithoutResult((status) -> this.targets
						.create(new TargetInput(seed.indicatorId(), unit, seed.comparison(),
								new BigDecimal(seed.value()), BASELINE, seed.deadline(), seed.number(),
								seed.resolutionDate(), seed.province() ? PROVINCE_BODY : COMMUNE_BODY, seed.note())));
					seeded++;
				}
				catch (DomainException ex) {
					log.warn("Demo target {} of unit {} not seeded: {}", seed.indicatorId(), unit, ex.getMessage());
				}
			}
			if (seeded > 0) {
				log.info("Demo targets: {} seeded", seeded);
			}
		});
	}

}
