package vn.canbo.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the menu and the inbox bell (when a feature offers an {@link InboxBadge}) into
 * every page model.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

	private final List<NavigationItem> items;

	private final ObjectProvider<InboxBadge> badges;

	ShellModelAdvice(List<NavigationItem> items, ObjectProvider<InboxBadge> badges) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.badges = badges;
	}

	@ModelAttribute("inbox")
	@Nullable Inbox inbox() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		InboxBadge badge = this.badges.getIfAvailable();
		if (badge == null || authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return new Inbox(badge.href(), badge.unread(authentication.getName()));
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The menu entry of the page: the longest entry whose path is the page's or a parent
	 * of it, so that /work/plans lights "Kế hoạch tháng", not also "Công việc".
	 */
	@ModelAttribute("activeHref")
	@Nullable String activeHref(HttpServletRequest request) {
		String path = currentPath(request);
		return this.items.stream()
			.map(NavigationItem::href)
			.filter((href) -> path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/"))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Set<String> roles = roles();
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.items.stream().filter((item) -> item.visibleTo(roles)).toList();
	}

	/**
	 * The menus of the top bar, by what users do, in the groups' order; a group without
	 * an entry the user may open is left out.
	 */
	@ModelAttribute("navigationMenus")
	List<NavigationMenu> navigationMenus(HttpServletRequest request) {
		List<NavigationItem> visible = navigation();
		String active = activeHref(request);
		List<NavigationMenu> menus = new ArrayList<>();
		for (NavigationGroup group : NavigationGroup.values()) {
			if (group == NavigationGroup.PERSONAL) {
				continue;
			}
			List<NavigationItem> entries = visible.stream().filter((item) -> item.group() == group).toList();
			if (!entries.isEmpty()) {
				menus.add(new NavigationMenu(group, entries,
						entries.stream().anyMatch((item) -> item.href().equals(active))));
			}
		}
		return menus;
	}

	/**
	 * The user's own entries, shown as icons at the right of the top bar; the inbox is
	 * left out when the bell already leads there.
	 */
	@ModelAttribute("personalNavigation")
	List<NavigationItem> personalNavigation() {
		Inbox inbox = inbox();
		return navigation().stream()
			.filter((item) -> item.group() == NavigationGroup.PERSONAL)
			.filter((item) -> inbox == null || !item.href().equals(inbox.href()))
			.toList();
	}

	/**
	 * The signed-in user's roles without the {@code ROLE_} prefix; empty for a visitor.
	 */
	static Set<String> roles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map((authority) -> authority.replaceFirst("^ROLE_", ""))
			.collect(Collectors.toSet());
	}

	/** The bell of the top bar: where it leads and how many items are unread. */
	record Inbox(String href, long unread) {
	}

}
