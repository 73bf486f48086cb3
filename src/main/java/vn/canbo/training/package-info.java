/**
 * Training and development (đào tạo, bồi dưỡng): the development courses a person
 * completed, state-funded study with its commitment to serve and the repayment on early
 * leave, each person's training needs with their rule, and each unit's yearly training
 * plan (see docs/decisions/034-training-and-development.md). Degrees stay in the
 * personnel record's 2C history; a course that grants a level raises the record's
 * qualifications through {@code people}.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "people", "staffing", "rules",
		"indicators", "documents", "planning", "notifications" })
@NullMarked
package vn.canbo.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
