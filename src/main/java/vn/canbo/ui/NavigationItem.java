package vn.canbo.ui;

import java.util.Set;

/**
 * A menu entry contributed by a feature module. Declared as a bean; the shell shows the
 * entries a user's roles allow, in {@link #order()}.
 *
 * @param messageKey the label's message key
 * @param href the link
 * @param icon a Bootstrap Icons name, e.g. {@code diagram-3}
 * @param order position in the menu, lower first
 * @param roles the roles that see the entry; empty for every signed-in user
 * @param group the menu of the top bar it belongs to
 */
public record NavigationItem(String messageKey, String href, String icon, int order, Set<String> roles,
		NavigationGroup group) {

	public boolean visibleTo(Set<String> userRoles) {
		return this.roles.isEmpty() || this.roles.stream().anyMatch(userRoles::contains);
	}

}
