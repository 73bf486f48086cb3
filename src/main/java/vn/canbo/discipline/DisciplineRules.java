package vn.canbo.discipline;

import vn.canbo.rules.RuleVersion;

/**
 * The rule versions one decision's effects are computed from.
 *
 * @param effects {@code DISCIPLINE_EFFECTS} in force on the day the decision took effect
 * @param evaluation {@code DISCIPLINE_EFFECTS} in force at the end of the evaluation year
 * it counts in (which rating regime applies)
 * @param party {@code PARTY_DISCIPLINE} in force on the day the decision took effect
 */
public record DisciplineRules(RuleVersion effects, RuleVersion evaluation, RuleVersion party) {
}
