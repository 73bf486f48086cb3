package vn.canbo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.demo.DemoOrganisation;
import vn.canbo.demo.DemoStaffing;
import vn.canbo.demo.SyntheticRecords;
import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

/**
 * The benchmarks' dataset: the demo's agencies of one province, then synthetic records
 * spread over them through {@link People#createAll} in batches of 1,000, each created
 * batch handed on (ids with the records and workplaces) for whatever a benchmark adds to
 * them. The caller signs in an account that may create records.
 */
final class SyntheticProvince {

	private static final int BATCH = 1000;

	private SyntheticProvince() {
	}

	/** Creates {@code count} records; returns the seconds it took. */
	static double load(ConfigurableApplicationContext context, String provinceCode, String communeCode, int count,
			LocalDate today, Consumer<List<DemoStaffing.Placed>> created) {
		TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
		DemoOrganisation organisation = context.getBean(DemoOrganisation.class);
		People people = context.getBean(People.class);
		List<SyntheticRecords.Workplace> workplaces = transaction
			.execute((status) -> organisation.build(provinceCode, 7));
		OrgUnits orgUnits = context.getBean(OrgUnits.class);
		OrgUnitView province = orgUnits.getByCode(provinceCode, today);
		List<SyntheticRecords.Place> communes = orgUnits
			.list(OrgUnitFilter.asOf(today).level(OrgLevel.COMMUNE).parent(province.id()), 0, 1000)
			.items()
			.stream()
			.map((unit) -> new SyntheticRecords.Place(unit.code(), unit.name()))
			.toList();
		SyntheticRecords records = new SyntheticRecords(20260101L, provinceCode, communes);
		int[] headcounts = SyntheticRecords.headcounts(workplaces, count, communeCode);
		List<PersonDetails> batch = new ArrayList<>(BATCH);
		List<SyntheticRecords.Workplace> places = new ArrayList<>(BATCH);
		long started = System.nanoTime();
		int loaded = 0;
		for (int i = 0; i < workplaces.size(); i++) {
			for (int n = 0; n < headcounts[i]; n++) {
				batch.add(records.next(workplaces.get(i)));
				places.add(workplaces.get(i));
				if (batch.size() == BATCH) {
					loaded += create(people, batch, places, created);
					if (loaded % 20_000 == 0) {
						Timings.say("loaded %,d (%.0f records/s)", loaded,
								loaded / ((System.nanoTime() - started) / 1e9));
					}
				}
			}
		}
		create(people, batch, places, created);
		return (System.nanoTime() - started) / 1e9;
	}

	/**
	 * The demo's agencies of the province, {@code count} records spread over them, then
	 * their posts and quotas ({@link DemoStaffing}); signs in an administrator for it.
	 * Returns the line the benchmarks write about the loading.
	 */
	static String loadWithPosts(ConfigurableApplicationContext context, String provinceCode, String communeCode,
			int count, LocalDate today) {
		TestAccounts.signIn("bench-loader", Set.of(Role.ADMIN), null);
		try {
			List<DemoStaffing.Placed> placed = new ArrayList<>(count);
			double peopleSeconds = load(context, provinceCode, communeCode, count, today, placed::addAll);
			Timings.say("%,d people in %.0f s", placed.size(), peopleSeconds);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			long started = System.nanoTime();
			int posts = transaction.execute((status) -> context.getBean(DemoStaffing.class).load(placed, 7));
			double postSeconds = (System.nanoTime() - started) / 1e9;
			Timings.say("%,d posts and the quotas in %.0f s", posts, postSeconds);
			return ("Loading: %,d records through People.createAll (%.0f s), then %,d posts through "
					+ "Assignments.recordAll and the quotas through Staffing.setQuotas, validated and audited (%.0f s).")
				.formatted(placed.size(), peopleSeconds, posts, postSeconds);
		}
		finally {
			TestAccounts.signOut();
		}
	}

	private static int create(People people, List<PersonDetails> batch, List<SyntheticRecords.Workplace> places,
			Consumer<List<DemoStaffing.Placed>> created) {
		List<Long> ids = people.createAll(batch);
		List<DemoStaffing.Placed> placed = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			placed.add(new DemoStaffing.Placed(ids.get(i), batch.get(i), places.get(i)));
		}
		batch.clear();
		places.clear();
		created.accept(placed);
		return ids.size();
	}

}
