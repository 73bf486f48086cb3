package vn.canbo.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DataChanged.Action;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Import(AuditTestScopes.class)
class AuditTrailTests {

	private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** Unique per test, since all tests share one database. */
	String type;

	@BeforeEach
	void createProbeTable() {
		this.jdbc.sql("create table if not exists audit_probe (id text primary key, name text not null)").update();
		this.type = "Probe-" + UUID.randomUUID();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void recordsChangeWithActorBeforeAfterAndChangedFieldsInThePublishersTransaction() {
		TestAccounts.signIn("clerk-" + this.type, Set.of(Role.ORG_OFFICER), AuditTestScopes.COMMUNE);
		this.transactions.executeWithoutResult((status) -> publish("42", Action.UPDATE,
				new Probe("Nguyễn Văn A", 3, List.of("x")), new Probe("Nguyễn Văn B", 3, List.of("x", "y")), "/1/2/"));

		List<AuditEntryView> entries = searchAsNationwideAdmin(AuditQuery.of(this.type, "42"));

		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("clerk-" + this.type);
			assertThat(entry.action()).isEqualTo(Action.UPDATE);
			assertThat(entry.before()).contains("\"name\"").contains("Nguyễn Văn A");
			assertThat(entry.after()).contains("Nguyễn Văn B");
			assertThat(entry.changedFields()).containsExactly("name", "tags");
			assertThat(entry.scopePath()).isEqualTo("/1/2/");
			assertThat(entry.occurredAt()).isBeforeOrEqualTo(this.clock.instant());
		});
	}

	@Test
	void recordsSystemAsActorWhenNoOneIsSignedIn() {
		this.transactions.executeWithoutResult(
				(status) -> publish("7", Action.CREATE, null, new Probe("Tỉnh Điện Biên", 1, List.of()), null));

		assertThat(searchAsNationwideAdmin(AuditQuery.of(this.type, "7"))).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.before()).isNull();
			assertThat(entry.changedFields()).containsExactly("grade", "name", "tags");
		});
	}

	@Test
	void rolledBackChangeLeavesNeitherTheChangeNorItsAuditRow() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("insert into audit_probe (id, name) values (:id, 'doomed')").param("id", id).update();
			publish(id, Action.CREATE, null, new Probe("doomed", 1, List.of()), null);
			assertThat(countAuditRows(id)).as("visible inside the transaction").isEqualTo(1);
			throw new IllegalStateException("business rule broken after the change");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(this.jdbc.sql("select count(*) from audit_probe where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(countAuditRows(id)).isZero();
	}

	@Test
	void refusesChangePublishedOutsideTransaction() {
		assertThatThrownBy(() -> publish("1", Action.DELETE, new Probe("gone", 1, List.of()), null, null))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(countAuditRows("1")).isZero();
	}

	@Test
	void scopedAdminSeesOnlyEntriesUnderTheirPath() {
		this.transactions.executeWithoutResult((status) -> {
			publish("commune", Action.CREATE, null, new Probe("a", 1, List.of()), "/1/2/");
			publish("other", Action.CREATE, null, new Probe("b", 1, List.of()), "/1/3/");
			publish("global", Action.CREATE, null, new Probe("c", 1, List.of()), null);
		});
		AuditQuery query = new AuditQuery(this.type, null, null, null, null, null, null);

		TestAccounts.signIn("commune-admin", Set.of(Role.ADMIN), AuditTestScopes.COMMUNE);
		assertThat(this.trail.search(query, FIRST_PAGE)).extracting(AuditEntryView::entityId)
			.containsExactly("commune");

		TestAccounts.signIn("province-admin", Set.of(Role.ADMIN), AuditTestScopes.PROVINCE);
		assertThat(this.trail.search(query, FIRST_PAGE)).extracting(AuditEntryView::entityId)
			.containsExactlyInAnyOrder("commune", "other");

		TestAccounts.signIn("national-admin", Set.of(Role.ADMIN), null);
		assertThat(this.trail.search(query, FIRST_PAGE)).extracting(AuditEntryView::entityId)
			.containsExactlyInAnyOrder("commune", "other", "global");
	}

	@Test
	void scopedAdminCannotOpenEntryOutsideTheirPath() {
		this.transactions.executeWithoutResult(
				(status) -> publish("other", Action.CREATE, null, new Probe("b", 1, List.of()), "/1/3/"));
		long id = searchAsNationwideAdmin(AuditQuery.of(this.type, "other")).get(0).id();

		TestAccounts.signIn("commune-admin", Set.of(Role.ADMIN), AuditTestScopes.COMMUNE);
		assertThatThrownBy(() -> this.trail.detail(id)).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void refusesUsersWhoAreNotAdministrators() {
		TestAccounts.signIn("officer", Set.of(Role.ORG_OFFICER, Role.LEADER), null);

		assertThatThrownBy(() -> this.trail.search(AuditQuery.all(), FIRST_PAGE))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.trail.detail(1)).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void filtersByActionActorDatesAndFreeText() {
		TestAccounts.signIn("filter-clerk", Set.of(Role.ORG_OFFICER), null);
		this.transactions.executeWithoutResult((status) -> {
			publish("1", Action.CREATE, null, new Probe("Mường Phăng", 1, List.of()), null);
			publish("1", Action.UPDATE, new Probe("Mường Phăng", 1, List.of()), new Probe("Mường Phăng", 2, List.of()),
					null);
		});
		TestAccounts.signOut();
		this.transactions.executeWithoutResult(
				(status) -> publish("2", Action.DELETE, new Probe("Thanh Minh", 1, List.of()), null, null));
		LocalDate today = LocalDate.now(this.clock.withZone(AuditEntries.VIETNAM));

		assertThat(ids(new AuditQuery(this.type, null, null, Action.UPDATE, null, null, null))).containsExactly("1");
		assertThat(ids(new AuditQuery(this.type, null, "filter-clerk", null, null, null, null))).containsExactly("1",
				"1");
		assertThat(ids(new AuditQuery(this.type, null, "system", null, null, null, null))).containsExactly("2");
		assertThat(ids(new AuditQuery(this.type, null, null, null, today, today, null))).hasSize(3);
		assertThat(ids(new AuditQuery(this.type, null, null, null, today.plusDays(1), null, null))).isEmpty();
		assertThat(ids(new AuditQuery(this.type, null, null, null, null, today.minusDays(1), null))).isEmpty();
		assertThat(ids(new AuditQuery(this.type, null, null, null, null, null, "thanh minh"))).containsExactly("2");
		assertThat(ids(new AuditQuery(null, null, null, null, null, null, this.type))).hasSize(3);
		assertThat(ids(new AuditQuery(this.type, null, null, null, null, null, "100%"))).isEmpty();
	}

	@Test
	void readsDateRangesAsVietnameseCalendarDays() {
		insertAt("late-evening", "2026-03-01T16:30:00Z");
		insertAt("after-midnight", "2026-03-01T17:30:00Z");
		LocalDate first = LocalDate.of(2026, 3, 1);

		assertThat(ids(new AuditQuery(this.type, null, null, null, first, first, null)))
			.containsExactly("late-evening");
		assertThat(ids(new AuditQuery(this.type, null, null, null, first.plusDays(1), null, null)))
			.containsExactly("after-midnight");
	}

	@Test
	void pagesNewestFirst() {
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < 5; i++) {
				publish(String.valueOf(i), Action.CREATE, null, new Probe("p" + i, i, List.of()), null);
			}
		});
		TestAccounts.signIn("national-admin", Set.of(Role.ADMIN), null);
		AuditQuery query = new AuditQuery(this.type, null, null, null, null, null, null);

		var second = this.trail.search(query, PageRequest.of(1, 2));

		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(second.getContent()).extracting(AuditEntryView::entityId).containsExactly("2", "1");
	}

	@Test
	void detailLaysOutEveryFieldBeforeAndAfter() {
		this.transactions.executeWithoutResult((status) -> publish("9", Action.UPDATE, new Probe("Cũ", 1, List.of("a")),
				new Probe("Mới", 1, List.of("a")), null));
		long id = searchAsNationwideAdmin(AuditQuery.of(this.type, "9")).get(0).id();
		TestAccounts.signIn("national-admin", Set.of(Role.ADMIN), null);

		AuditEntryDetail detail = this.trail.detail(id);

		assertThat(detail.fields()).containsExactly(new AuditFieldChange("grade", "1", "1", false),
				new AuditFieldChange("name", "Cũ", "Mới", true),
				new AuditFieldChange("tags", "[\"a\"]", "[\"a\"]", false));
	}

	private void publish(String id, Action action, @Nullable Object before, @Nullable Object after,
			@Nullable String scopePath) {
		this.events.publishEvent(new DataChanged(this.type, id, action, before, after, scopePath));
	}

	private List<AuditEntryView> searchAsNationwideAdmin(AuditQuery query) {
		TestAccounts.signIn("national-admin", Set.of(Role.ADMIN), null);
		try {
			return this.trail.search(query, FIRST_PAGE).getContent();
		}
		finally {
			TestAccounts.signOut();
		}
	}

	private List<String> ids(AuditQuery query) {
		return searchAsNationwideAdmin(query).stream().map(AuditEntryView::entityId).toList();
	}

	private void insertAt(String entityId, String instant) {
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, entity_type, entity_id)
				values (cast(:at as timestamptz), 'system', 'CREATE', :type, :id)""")
			.param("at", instant)
			.param("type", this.type)
			.param("id", entityId)
			.update();
	}

	private long countAuditRows(String entityId) {
		return this.jdbc.sql("select count(*) from audit_entry where entity_type = :type and entity_id = :id")
			.param("type", this.type)
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

	record Probe(String name, int grade, List<String> tags) {
	}

}
