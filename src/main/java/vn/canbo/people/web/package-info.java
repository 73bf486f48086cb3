/**
 * The people pages and API: lists and search, the record, its edits, imports, exports and
 * the 2C résumé.
 */
@NullMarked
package vn.canbo.people.web;

import org.jspecify.annotations.NullMarked;
