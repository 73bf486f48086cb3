/**
 * The report pages (preview, workbook, report pack, form layouts) and the report API.
 */
@NullMarked
package vn.canbo.statreports.web;

import org.jspecify.annotations.NullMarked;
