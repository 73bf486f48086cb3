package vn.canbo.ui;

import java.util.List;
import java.util.Locale;

/**
 * One menu of the top bar as a user sees it: a group and the entries of it their roles
 * allow. A group with a single entry is shown as that entry's plain link.
 *
 * @param group the group
 * @param items its entries visible to the user, in order
 * @param active whether the current page is one of its entries
 */
public record NavigationMenu(NavigationGroup group, List<NavigationItem> items, boolean active) {

	/** The label's message key. */
	public String messageKey() {
		return this.group.messageKey();
	}

	/** The id of the menu's toggle, {@code nav-group-<group>}. */
	public String id() {
		return "nav-group-" + this.group.name().toLowerCase(Locale.ROOT);
	}

	public boolean single() {
		return this.items.size() == 1;
	}

}
