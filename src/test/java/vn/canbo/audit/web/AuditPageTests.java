package vn.canbo.audit.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.audit.AuditTestScopes;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DataChanged.Action;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Import(AuditTestScopes.class)
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	String type;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void recordAChange() {
		this.type = "PageProbe-" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new DataChanged(this.type, "77", Action.UPDATE, Map.of("name", "Xã Mường Phăng", "grade", 1),
					Map.of("name", "Phường Mường Phăng", "grade", 1), "/1/2/")));
	}

	@Test
	void showsAdministratorTheFilteredTrailInVietnamese() throws Exception {
		String time = this.jdbc.sql("select occurred_at from audit_entry where entity_type = :type")
			.param("type", this.type)
			.query(OffsetDateTime.class)
			.single()
			.atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"));

		this.mvc
			.perform(get("/admin/audit").param("entityType", this.type)
				.with(authentication(TestAccounts.authentication("admin", Set.of(Role.ADMIN), null))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nhật ký thay đổi"), containsString(this.type),
					containsString("Cập nhật"), containsString("<code>77</code>"), containsString(">name<"),
					containsString(time), containsString("hx-get"))));
	}

	@Test
	void showsBeforeAndAfterSideBySide() throws Exception {
		long id = this.jdbc.sql("select id from audit_entry where entity_type = :type")
			.param("type", this.type)
			.query(Long.class)
			.single();

		this.mvc
			.perform(get("/admin/audit/{id}", id).with(
					authentication(TestAccounts.authentication("admin", Set.of(Role.ADMIN), AuditTestScopes.PROVINCE))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xã Mường Phăng"), containsString("Phường Mường Phăng"),
					containsString("table-warning"), not(containsString("<html")))));
	}

	@Test
	void hidesEntriesOutsideTheAdministratorsScope() throws Exception {
		this.mvc
			.perform(get("/admin/audit").param("entityType", this.type)
				.with(authentication(
						TestAccounts.authentication("other-admin", Set.of(Role.ADMIN), AuditTestScopes.OTHER_COMMUNE))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<code>77</code>")),
					containsString("Không có thay đổi nào khớp với bộ lọc."))));
	}

	@Test
	void refusesAnEntryOutsideTheAdministratorsScope() throws Exception {
		long id = this.jdbc.sql("select id from audit_entry where entity_type = :type")
			.param("type", this.type)
			.query(Long.class)
			.single();

		this.mvc
			.perform(get("/admin/audit/{id}", id).with(authentication(
					TestAccounts.authentication("other-admin", Set.of(Role.ADMIN), AuditTestScopes.OTHER_COMMUNE))))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesUsersWhoAreNotAdministrators() throws Exception {
		this.mvc
			.perform(get("/admin/audit")
				.with(authentication(TestAccounts.authentication("officer", Set.of(Role.ORG_OFFICER), null))))
			.andExpect(status().isForbidden());
	}

	@Test
	void offersTheAuditTrailInTheMenuToAdministratorsOnly() throws Exception {
		// "/" now leads each role to its own home; any page carries the menu
		this.mvc
			.perform(get("/account/password")
				.with(authentication(TestAccounts.authentication("admin", Set.of(Role.ADMIN), null))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/audit\"")));
		this.mvc
			.perform(get("/account/password")
				.with(authentication(TestAccounts.authentication("officer", Set.of(Role.ORG_OFFICER), null))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
	}

}
