package vn.canbo.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.OutOfScopeException;

/**
 * Notifications (thông báo): other modules send them inside their own transaction (they
 * are stored, or rolled back, with the change that causes them); each signed-in user
 * reads and marks only their own.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	/** The most entries the inbox shows. */
	public static final int INBOX_SIZE = 200;

	private final NotificationQueries queries;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifications(NotificationQueries queries, OrgUnits orgUnits, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores one notification per recipient username (dedupeKey null = always send).
	 * @param usernames the recipients (duplicates are sent once)
	 * @param kind what it is about
	 * @param messageKey the message key of the text, in the caller's bundle
	 * @param args the text's arguments
	 * @param link a path inside CanBo starting with "/"
	 * @param dedupeKey when set, a recipient who already has a notification with this key
	 * gets no second one (e.g. "TASK_OVERDUE:task-12:2026-11-22")
	 */
	@Transactional
	public void send(Collection<String> usernames, NotificationKind kind, String messageKey, List<String> args,
			String link, @Nullable String dedupeKey) {
		if (!link.startsWith("/") || link.startsWith("//")) {
			// Only paths inside the application: a stored link is never an open redirect.
			throw new IllegalArgumentException("A notification links to a path inside CanBo: " + link);
		}
		Set<String> recipients = new LinkedHashSet<>(usernames);
		if (recipients.isEmpty()) {
			return;
		}
		List<Long> stored = this.queries.insert(recipients, kind, messageKey, args, link, dedupeKey,
				this.clock.instant());
		if (!stored.isEmpty()) {
			this.events.publishEvent(new NotificationsStored(stored));
		}
	}

	/**
	 * The usernames of accounts linked to these personnel records
	 * (security_account.person_id, the view security publishes).
	 */
	public Map<Long, String> accountsOfPeople(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.queries.accountsOfPeople(personIds);
	}

	/**
	 * The usernames of enabled accounts with the role LEADER whose scope contains the
	 * unit on the day (their scope unit is the unit or an ancestor; nationwide counts).
	 */
	public List<String> leadersOver(long unitId, LocalDate day) {
		return accountsOver(unitId, day, Role.LEADER);
	}

	/**
	 * The usernames of enabled accounts with any of the roles (e.g. ADMIN, ORG_OFFICER)
	 * whose scope contains the unit on the day; nationwide accounts count.
	 */
	public List<String> accountsOver(long unitId, LocalDate day, Role... roles) {
		List<String> names = new ArrayList<>();
		for (Role role : roles) {
			names.add(role.name());
		}
		Map<Long, Boolean> covers = new HashMap<>();
		List<String> usernames = new ArrayList<>();
		for (NotificationQueries.ScopedAccount account : this.queries.enabledWithRoles(names)) {
			Long scope = account.scopeUnitId();
			// isWithin reads the tree without the caller's scope, so jobs may ask too.
			if (scope == null || covers.computeIfAbsent(scope, (unit) -> this.orgUnits.isWithin(unit, unitId, day))) {
				usernames.add(account.username());
			}
		}
		return usernames;
	}

	/** The signed-in user's notifications, newest first. */
	public List<NotificationView> inbox(boolean unreadOnly) {
		return this.queries.inbox(me(), unreadOnly, INBOX_SIZE);
	}

	/** How many notifications the signed-in user has not read. */
	public long unreadCount() {
		return this.queries.unread(me());
	}

	/**
	 * Marks one of the signed-in user's notifications read; another user's (or an unknown
	 * id) is refused alike, so nothing leaks about it.
	 */
	@Transactional
	public void markRead(long id) {
		if (!this.queries.markRead(id, me(), this.clock.instant())) {
			throw new OutOfScopeException();
		}
	}

	/** Marks all the signed-in user's notifications read; how many were unread. */
	@Transactional
	public int markAllRead() {
		return this.queries.markAllRead(me(), this.clock.instant());
	}

	private String me() {
		return this.currentUsers.current().username();
	}

}
