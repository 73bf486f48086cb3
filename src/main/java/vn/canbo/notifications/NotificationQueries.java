package vn.canbo.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every SQL of the module: it keeps {@code notification} and reads the accounts
 * ({@code security_account}, the view the security module publishes) and their holders'
 * e-mail ({@code person}, the people module's table), read only.
 */
@Component
class NotificationQueries {

	private final JdbcClient jdbc;

	NotificationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts one row per recipient, skipping those who already have the dedupe key. */
	List<Long> insert(Collection<String> recipients, NotificationKind kind, String messageKey, List<String> args,
			String link, @Nullable String dedupeKey, Instant at) {
		return this.jdbc
			.sql("""
					insert into notification (recipient, kind, message_key, args, link, dedupe_key, created_at)
					select r, :kind, :key, cast(:args as text[]), :link, :dedupe, :at from unnest(cast(:recipients as varchar[])) r
					on conflict (recipient, dedupe_key) where dedupe_key is not null do nothing
					returning id""")
			.param("recipients", recipients.toArray(String[]::new))
			.param("kind", kind.name())
			.param("key", messageKey)
			.param("args", args.toArray(String[]::new))
			.param("link", link)
			.param("dedupe", dedupeKey)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.list();
	}

	Map<Long, String> accountsOfPeople(Collection<Long> personIds) {
		Map<Long, String> accounts = new LinkedHashMap<>();
		this.jdbc.sql(
				"select person_id, username from security_account where enabled and person_id = any(cast(:ids as bigint[]))"
						+ " order by person_id")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, row) -> accounts.put(rs.getLong(1), rs.getString(2)))
			.list();
		return accounts;
	}

	/**
	 * Enabled accounts holding any of the roles, with their scope unit (null:
	 * nationwide).
	 */
	List<ScopedAccount> enabledWithRoles(Collection<String> roles) {
		return this.jdbc.sql(
				"select username, scope_unit_id from security_account where enabled and roles && cast(:roles as text[])"
						+ " order by username")
			.param("roles", roles.toArray(String[]::new))
			.query((rs, row) -> new ScopedAccount(rs.getString(1), rs.getObject(2, Long.class)))
			.list();
	}

	List<NotificationView> inbox(String recipient, boolean unreadOnly, int limit) {
		return this.jdbc
			.sql("select * from notification where recipient = :me" + (unreadOnly ? " and read_at is null" : "")
					+ " order by id desc limit :limit")
			.param("me", recipient)
			.param("limit", limit)
			.query((rs, row) -> view(rs))
			.list();
	}

	long unread(String recipient) {
		return this.jdbc.sql("select count(*) from notification where recipient = :me and read_at is null")
			.param("me", recipient)
			.query(Long.class)
			.single();
	}

	boolean markRead(long id, String recipient, Instant at) {
		return this.jdbc.sql("""
				update notification set read_at = coalesce(read_at, :at) where id = :id and recipient = :me""")
			.param("id", id)
			.param("me", recipient)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	int markAllRead(String recipient, Instant at) {
		return this.jdbc.sql("update notification set read_at = :at where recipient = :me and read_at is null")
			.param("me", recipient)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The stored notifications with their recipient's e-mail, for those who have one. */
	List<Addressed> addressed(Collection<Long> ids) {
		return this.jdbc.sql("""
				select n.*, p.email from notification n
				join security_account a on a.username = n.recipient and a.enabled
				join person p on p.id = a.person_id
				where n.id = any(cast(:ids as bigint[])) and p.email is not null and p.email <> ''
				order by n.id""")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> new Addressed(view(rs), rs.getString("email")))
			.list();
	}

	private static NotificationView view(ResultSet rs) throws SQLException {
		Array args = rs.getArray("args");
		Timestamp read = rs.getTimestamp("read_at");
		return new NotificationView(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("message_key"), Arrays.asList((String[]) args.getArray()), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), (read == null) ? null : read.toInstant());
	}

	record ScopedAccount(String username, @Nullable Long scopeUnitId) {
	}

	record Addressed(NotificationView notification, String email) {
	}

}
