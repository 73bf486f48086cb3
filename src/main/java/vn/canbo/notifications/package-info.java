/**
 * Notifications (thông báo): messages to accounts, stored in the transaction of the
 * change that causes them, shown in the signed-in user's inbox with an unread bell, and
 * mailed after commit when a mail server is configured. Other modules call
 * {@link vn.canbo.notifications.Notifications}.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits" })
@NullMarked
package vn.canbo.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
