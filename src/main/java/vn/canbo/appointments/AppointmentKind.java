package vn.canbo.appointments;

/** What an appointment case decides. */
public enum AppointmentKind {

	/** Appointment (bổ nhiệm): the five steps of NĐ 170 Art. 33(2). */
	APPOINTMENT,
	/** Reappointment (bổ nhiệm lại) at the end of a term: NĐ 170 Art. 36–39. */
	REAPPOINTMENT,
	/** Nomination for election (giới thiệu ứng cử): the same five steps. */
	NOMINATION,
	/** Extension to retirement (kéo dài thời gian giữ chức vụ), NĐ 170 Art. 40–41. */
	EXTENSION;

	/** The steps the procedure holds, in order. */
	public int[] steps() {
		return switch (this) {
			case APPOINTMENT, NOMINATION -> new int[] { 1, 2, 3, 4, 5 };
			case REAPPOINTMENT -> new int[] { 4, 5 };
			case EXTENSION -> new int[] { 5 };
		};
	}

	public String messageKey() {
		return "appointments.kind." + name();
	}

}
