/** The non-local key leader pages, their exports and the API. */
@NullMarked
package vn.canbo.locality.web;

import org.jspecify.annotations.NullMarked;
