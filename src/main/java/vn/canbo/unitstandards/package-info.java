/**
 * Unit standards analysis (tiêu chuẩn đơn vị hành chính): the area and population of each
 * commune and province, dated, with the quality of the shared data and users' cited
 * corrections; each unit against the standards in force at a date (NQ 76/2025 for the
 * 2025 arrangement, NQ 112/2025 from 2026, dated rule versions), the list of units below
 * 50% or 100% of them, and the simulation of a merger with its staff and quota (see
 * docs/decisions/036-unit-standards.md). Reads orgunits, staffing and rules through their
 * facades.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "staffing", "rules", "documents" })
@NullMarked
package vn.canbo.unitstandards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
