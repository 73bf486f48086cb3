package vn.canbo.shared;

/**
 * Somebody else saved the same record since this user loaded it; nothing was overwritten.
 */
public class ConcurrentEditException extends DomainException {

	public ConcurrentEditException() {
		super("error.concurrentEdit");
	}

}
