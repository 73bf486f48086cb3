package vn.canbo.dataexchange;

/**
 * How sure we are that NĐ 27/2026 asks for a field. The decree's Appendix lists its 194
 * fields but was not readable; the field list here is a candidate mapping from the 2C
 * résumé and the groups' titles (reference vn-legal-rules-2 §8.2), to be reconciled with
 * the Appendix.
 */
public enum FieldStatus {

	/** Named in the reported text of the decree (Điều 5, Điều 19). */
	CONFIRMED,
	/**
	 * Our reading of what the group holds; the Appendix may name or shape it otherwise.
	 */
	UNCONFIRMED

}
