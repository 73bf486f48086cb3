/**
 * The sign-in page, the account administration pages and {@code /api/v1/me}; they use
 * only the public API of {@code vn.canbo.security}.
 */
@NullMarked
package vn.canbo.security.web;

import org.jspecify.annotations.NullMarked;
