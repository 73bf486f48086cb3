/** The recruitment pages and API. */
@NullMarked
package vn.canbo.recruitment.web;

import org.jspecify.annotations.NullMarked;
