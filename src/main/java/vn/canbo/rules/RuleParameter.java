package vn.canbo.rules;

/**
 * One whole-number parameter of a rule, with the range an administrator may enter.
 *
 * @param name the parameter's name in the stored JSON and in forms
 * @param min the smallest accepted value
 * @param max the largest accepted value
 */
public record RuleParameter(String name, long min, long max) {

	/** The message key of the parameter's label. */
	public String messageKey() {
		return "rules.parameter." + this.name;
	}

}
