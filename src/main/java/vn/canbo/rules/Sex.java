package vn.canbo.rules;

/**
 * The sex a rule distinguishes (giới tính), e.g. the retirement schedules of men and
 * women; other modules map their own value to it.
 */
public enum Sex {

	MALE, FEMALE

}
