/**
 * The dashboard page, its Excel export and its API.
 */
@NullMarked
package vn.canbo.dashboard.web;

import org.jspecify.annotations.NullMarked;
