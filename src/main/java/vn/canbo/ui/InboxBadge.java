package vn.canbo.ui;

/**
 * The unread count the top bar shows next to a bell, offered by a feature module (the
 * shell knows no feature, so the feature implements this).
 */
public interface InboxBadge {

	/** How many unread items the user has. */
	long unread(String username);

	/** Where the bell leads. */
	String href();

}
