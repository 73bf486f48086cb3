/**
 * Official statistical reports (báo cáo thống kê số lượng, chất lượng cán bộ, công chức):
 * the report forms of the Ministry of Home Affairs as dated, cited settings whose columns
 * name indicators, the workbook in the official layout for a unit at a reference date,
 * and the yearly report pack. Every figure comes from {@code indicators} (see
 * docs/decisions/026-official-statistical-reports.md).
 */
@ApplicationModule(
		allowedDependencies = { "shared", "ui", "security", "orgunits", "indicators", "documents", "people" })
@NullMarked
package vn.canbo.statreports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
