package vn.canbo.emulation;

/**
 * What proposing from ratings did.
 *
 * @param rated the approved annual ratings of the year in the subtree
 * @param proposed the proposals added
 * @param alreadyProposed the titles skipped because the person already had them
 * @param rule the rule version applied
 */
public record ProposalOutcome(int rated, int proposed, int alreadyProposed, EmulationRule rule) {
}
