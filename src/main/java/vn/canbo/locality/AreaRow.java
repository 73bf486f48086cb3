package vn.canbo.locality;

/**
 * A commune or province and its key leaders on a date: how many, how many non-local, and
 * whether at least one is.
 *
 * @param area the commune or province
 * @param keyLeaders the people holding one of its key titles
 * @param nonLocal those of them not local
 * @param unknown those whose status cannot be told
 */
public record AreaRow(Area area, long keyLeaders, long nonLocal, long unknown) {

	public boolean hasNonLocal() {
		return this.nonLocal > 0;
	}

}
