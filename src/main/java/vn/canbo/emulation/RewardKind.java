package vn.canbo.emulation;

import java.util.Arrays;
import java.util.List;

/**
 * A title or award (danh hiệu thi đua, hình thức khen thưởng), for individuals, for
 * collectives or for both.
 */
public enum RewardKind {

	/** Lao động tiên tiến. */
	LAO_DONG_TIEN_TIEN(true, false),
	/** Chiến sĩ thi đua cơ sở. */
	CHIEN_SI_THI_DUA_CO_SO(true, false),
	/** Chiến sĩ thi đua cấp tỉnh. */
	CHIEN_SI_THI_DUA_TINH(true, false),
	/** Giấy khen. */
	GIAY_KHEN(true, true),
	/** Bằng khen của Chủ tịch UBND tỉnh. */
	BANG_KHEN_TINH(true, true),
	/** Bằng khen của Thủ tướng Chính phủ. */
	BANG_KHEN_THU_TUONG(true, false),
	/** Tập thể lao động tiên tiến. */
	TAP_THE_LAO_DONG_TIEN_TIEN(false, true),
	/** Tập thể lao động xuất sắc. */
	TAP_THE_LAO_DONG_XUAT_SAC(false, true),
	/** Cờ thi đua cấp tỉnh. */
	CO_THI_DUA_TINH(false, true);

	private final boolean individual;

	private final boolean collective;

	RewardKind(boolean individual, boolean collective) {
		this.individual = individual;
		this.collective = collective;
	}

	public boolean individual() {
		return this.individual;
	}

	public boolean collective() {
		return this.collective;
	}

	public String messageKey() {
		return "emulation.kind." + name();
	}

	public static List<RewardKind> forIndividuals() {
		return Arrays.stream(values()).filter(RewardKind::individual).toList();
	}

	public static List<RewardKind> forCollectives() {
		return Arrays.stream(values()).filter(RewardKind::collective).toList();
	}

}
