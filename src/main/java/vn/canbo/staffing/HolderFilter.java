package vn.canbo.staffing;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PersonnelCategory;

/**
 * Which posts held under a unit to list: the holders of a title (primary or concurrent),
 * or else the primary posts, of a category and a job position when given.
 *
 * @param category the category of the primary posts; null: any
 * @param jobPosition the job position code of the primary posts; null: any
 * @param title the title code; when given, its holders whatever the kind
 */
public record HolderFilter(@Nullable PersonnelCategory category, @Nullable String jobPosition, @Nullable String title) {

	/** Every primary post. */
	public static HolderFilter everyone() {
		return new HolderFilter(null, null, null);
	}

}
