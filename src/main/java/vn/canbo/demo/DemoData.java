package vn.canbo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.security.CreateUserAccount;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.UserAccounts;

/**
 * Loads the demo on the first start of the {@code demo} profile (the one {@code ./mvnw
 * spring-boot:run} uses) and prints where to open CanBo and how to sign in. The demo
 * accounts exist only here: no other profile creates any account.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final int BATCH = 1000;

	private final DemoProperties properties;

	private final DemoOrganisation organisation;

	private final OrgUnits orgUnits;

	private final UserAccounts accounts;

	private final People people;

	private final DemoStaffing staffing;

	private final SystemAccess system;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private final DemoWork work;

	private final DemoDiscipline discipline;

	private final DemoTraining training;

	private final DemoAppointments appointments;

	private final DemoMovements movements;

	private final Clock clock;

	private final DemoLocality locality;

	private final DemoStreamlining streamlining;

	DemoData(DemoProperties properties, DemoOrganisation organisation, OrgUnits orgUnits, UserAccounts accounts,
			People people, DemoStaffing staffing, SystemAccess system, TransactionTemplate transaction,
			Environment environment, DemoWork work, DemoDiscipline discipline, DemoTraining training,
			DemoAppointments appointments, DemoMovements movements, DemoLocality locality,
			DemoStreamlining streamlining, Clock clock) {
		this.streamlining = streamlining;
		this.work = work;
		this.training = training;
		this.appointments = appointments;
		this.movements = movements;
		this.locality = locality;
		this.discipline = discipline;
		this.clock = clock;
		this.properties = properties;
		this.organisation = organisation;
		this.orgUnits = orgUnits;
		this.accounts = accounts;
		this.people = people;
		this.staffing = staffing;
		this.system = system;
		this.transaction = transaction;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.exists("admin")) {
			log.info("Demo data already loaded");
			return;
		}
		long started = System.nanoTime();
		this.system.run(() -> this.transaction.executeWithoutResult((status) -> {
			List<SyntheticRecords.Workplace> workplaces = this.organisation.build(this.properties);
			createAccounts(workplaces);
			long peopleStarted = System.nanoTime();
			List<DemoStaffing.Placed> placed = loadPeople(workplaces);
			int people = placed.size();
			if (people > 0) {
				Set<Long> linked = linkAccounts(workplaces);
				LocalDate today = LocalDate.now(this.clock);
				this.discipline.load(placed, linked, this.properties.seed(), today);
				this.movements.load(placed, today);
				OrgUnitView province = this.orgUnits.getByCode(this.properties.provinceCode(),
						DemoOrganisation.ESTABLISHED);
				OrgUnitView commune = this.orgUnits.getByCode(this.properties.communeCode(),
						DemoOrganisation.ESTABLISHED);
				if (Boolean.TRUE.equals(this.properties.work())) {
					this.work.load(province.id(), commune.id(), communeAgencies(workplaces), today);
				}
				this.training.load(placed, communeAgencies(workplaces), commune.id(), this.properties.seed(), today);
				this.appointments.load(placed, this.properties.communeCode(), today);
				this.streamlining.load(placed, communeAgencies(workplaces), this.properties.seed(), today);
			}
			this.orgUnits.refreshStatistics();
			log.info("Demo data loaded: {} agencies, {} accounts and {} people in {} ms (people: {} ms)",
					workplaces.size(), DemoAccount.ALL.size(), people, (System.nanoTime() - started) / 1_000_000,
					(System.nanoTime() - peopleStarted) / 1_000_000);
		}));
	}

	/**
	 * Synthetic personnel records spread over the agencies by their usual size, the demo
	 * commune with twice its share and some near-identical names among its people.
	 */
	private List<DemoStaffing.Placed> loadPeople(List<SyntheticRecords.Workplace> workplaces) {
		int wanted = this.properties.people();
		if (wanted == 0 || workplaces.isEmpty()) {
			return List.of();
		}
		OrgUnitView province = this.orgUnits.getByCode(this.properties.provinceCode(), DemoOrganisation.ESTABLISHED);
		List<SyntheticRecords.Place> communes = this.orgUnits
			.list(OrgUnitFilter.asOf(DemoOrganisation.ESTABLISHED).level(OrgLevel.COMMUNE).parent(province.id()), 0,
					1000)
			.items()
			.stream()
			.map((commune) -> new SyntheticRecords.Place(commune.code(), commune.name()))
			.toList();
		SyntheticRecords records = new SyntheticRecords(this.properties.seed(), province.code(), communes);
		int[] headcounts = SyntheticRecords.headcounts(workplaces, wanted, this.properties.communeCode());
		Iterator<SyntheticPeople.Namesake> namesakes = SyntheticRecords.NAMESAKES.iterator();
		List<PersonDetails> batch = new ArrayList<>(BATCH);
		List<SyntheticRecords.Workplace> batchPlaces = new ArrayList<>(BATCH);
		List<DemoStaffing.Placed> placed = new ArrayList<>(wanted);

		for (int i = 0; i < workplaces.size(); i++) {
			SyntheticRecords.Workplace workplace = workplaces.get(i);
			boolean demoCommune = this.properties.communeCode().equals(workplace.communeCode());
			for (int n = 0; n < headcounts[i]; n++) {
				SyntheticPeople.Namesake namesake = (demoCommune && n % 3 == 0 && namesakes.hasNext())
						? namesakes.next() : null;
				batch.add(records.next(workplace, namesake));
				batchPlaces.add(workplace);
				if (batch.size() == BATCH) {
					create(batch, batchPlaces, placed);
				}
			}
		}
		create(batch, batchPlaces, placed);
		long postsStarted = System.nanoTime();
		int posts = this.staffing.load(placed, this.properties.seed());
		log.info("Demo posts: {} assignments and the quotas of their agencies in {} ms", posts,
				(System.nanoTime() - postsStarted) / 1_000_000);
		log.info("Demo home towns of key leaders: {}",
				this.locality.load(placed, province.id(), LocalDate.now(this.clock)));
		return placed;
	}

	private int create(List<PersonDetails> batch, List<SyntheticRecords.Workplace> places,
			List<DemoStaffing.Placed> placed) {
		List<Long> ids = this.people.createAll(batch);
		for (int i = 0; i < ids.size(); i++) {
			placed.add(new DemoStaffing.Placed(ids.get(i), batch.get(i), places.get(i)));
		}
		batch.clear();
		places.clear();
		return ids.size();
	}

	private List<Long> communeAgencies(List<SyntheticRecords.Workplace> workplaces) {
		return workplaces.stream()
			.filter((workplace) -> this.properties.communeCode().equals(workplace.communeCode()))
			.map(SyntheticRecords.Workplace::agencyId)
			.toList();
	}

	private long communeCommittee(List<SyntheticRecords.Workplace> workplaces) {
		return workplaces.stream()
			.filter((workplace) -> this.properties.communeCode().equals(workplace.communeCode())
					&& workplace.type() == UnitType.PEOPLES_COMMITTEE)
			.findFirst()
			.orElseThrow()
			.agencyId();
	}

	/**
	 * The demo commune's leader and one of its officers sign in as people with records:
	 * the first two people of its People's Committee.
	 */
	private Set<Long> linkAccounts(List<SyntheticRecords.Workplace> workplaces) {
		List<Long> committee = this.people.idsInAgency(communeCommittee(workplaces), 2);
		if (committee.size() < 2) {
			return Set.of();
		}
		this.accounts.provisionLink("xa.lanhdao", committee.get(0));
		this.accounts.provisionLink("xa.canbo", committee.get(1));
		return Set.copyOf(committee);
	}

	private void createAccounts(List<SyntheticRecords.Workplace> workplaces) {
		LocalDate day = DemoOrganisation.ESTABLISHED;
		OrgUnitView province = this.orgUnits.getByCode(this.properties.provinceCode(), day);
		OrgUnitView commune = this.orgUnits.getByCode(this.properties.communeCode(), day);
		OrgUnitView homeAffairs = this.orgUnits
			.list(OrgUnitFilter.asOf(day).within(province.id()).text("Sở Nội vụ"), 0, 1)
			.items()
			.get(0);
		for (DemoAccount account : DemoAccount.ALL) {
			Long scope = switch (account.scope()) {
				case "country" -> null;
				case "province" -> province.id();
				case "commune" -> commune.id();
				case "committee" -> communeCommittee(workplaces);
				default -> homeAffairs.id();
			};
			this.accounts.provision(new CreateUserAccount(account.username(), account.displayName(), account.password(),
					Set.of(account.role()), scope, false));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void printWelcome() {
		String port = this.environment.getProperty("local.server.port", "8080");
		StringBuilder banner = new StringBuilder("\n\n  CanBo is running: http://localhost:" + port + "/\n\n");
		banner.append("  Demo accounts (demo profile only):\n");
		for (DemoAccount account : DemoAccount.ALL) {
			banner.append("    %-14s %-7s %-12s %s%n".formatted(account.username(), account.password(), account.role(),
					account.description()));
		}
		log.info(banner.toString());
	}

	/** A demo sign-in; README.md lists the same accounts. */
	record DemoAccount(String username, String password, Role role, String scope, String displayName,
			String description) {

		static final List<DemoAccount> ALL = List.of(
				new DemoAccount("admin", "admin", Role.ADMIN, "country", "Quản trị hệ thống",
						"administrator, whole country"),
				new DemoAccount("tinh.tochuc", "demo1234", Role.ORG_OFFICER, "province", "Cán bộ Ban Tổ chức Tỉnh ủy",
						"organisation officer, demo province"),
				new DemoAccount("tinh.lanhdao", "demo1234", Role.LEADER, "province", "Lãnh đạo tỉnh",
						"leader, demo province"),
				new DemoAccount("xa.tochuc", "demo1234", Role.ORG_OFFICER, "commune", "Công chức phụ trách tổ chức xã",
						"organisation officer, demo commune"),
				new DemoAccount("xa.lanhdao", "demo1234", Role.LEADER, "commune", "Chủ tịch UBND phường",
						"leader, demo commune"),
				new DemoAccount("so.noivu", "demo1234", Role.STAFF, "agency", "Chuyên viên Sở Nội vụ",
						"staff, Department of Home Affairs"),
				new DemoAccount("xa.canbo", "demo1234", Role.STAFF, "committee", "Công chức UBND phường",
						"staff of the demo commune, with a personnel record"),
				new DemoAccount("xem", "demo1234", Role.VIEWER, "province", "Người xem", "read-only, demo province"));

	}

}
