/** The discipline report and person pages, their export and the API. */
@NullMarked
package vn.canbo.discipline.web;

import org.jspecify.annotations.NullMarked;
