/** The planning pages, the coverage export and the API. */
@NullMarked
package vn.canbo.planning.web;

import org.jspecify.annotations.NullMarked;
