/**
 * The national-database export (trao đổi dữ liệu với Cơ sở dữ liệu quốc gia về cán bộ,
 * công chức, viên chức, NĐ 27/2026/NĐ-CP): the dossiers of a unit's people in the ten
 * data groups, keyed by the citizen ID, as a documented JSON format with its JSON Schema
 * and field-mapping table, full or changed since a date, and the report of what each
 * dossier misses before it can go. Reads people through their facade and the other
 * modules' records through the views they publish.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "people", "documents" })
@NullMarked
package vn.canbo.dataexchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
