package vn.canbo.emulation;

/** Where a reward stands: proposed (đề nghị), decided (đã quyết định) or rejected. */
public enum RewardStatus {

	PROPOSED, DECIDED, REJECTED;

	public String messageKey() {
		return "emulation.status." + name();
	}

}
