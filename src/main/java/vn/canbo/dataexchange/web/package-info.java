/** The export page, its validation report and the API of the national-database export. */
@NullMarked
package vn.canbo.dataexchange.web;

import org.jspecify.annotations.NullMarked;
