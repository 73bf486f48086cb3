package vn.canbo.appointments;

/** The papers of an appointment dossier (hồ sơ bổ nhiệm), NĐ 170 Art. 35. */
public enum DossierItem {

	SUBMISSION, MINUTES, CV_PHOTO, SELF_REVIEW, PARTY_ASSESSMENT, RESIDENCE_REMARKS, POLITICAL_STANDARD,
	ASSET_DECLARATION, DIPLOMAS, HEALTH_CERTIFICATE;

	public String messageKey() {
		return "appointments.dossier." + name();
	}

}
