/**
 * The application shell: page layout, navigation, language switching, error pages and
 * problem details. Features contribute menu entries through
 * {@link vn.canbo.ui.NavigationItem}; the shell never imports a feature. Depends only on
 * {@code shared}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package vn.canbo.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
