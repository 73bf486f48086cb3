package vn.canbo.dataexchange;

import org.springframework.context.MessageSourceResolvable;

/**
 * What keeps a dossier from the export: a required field missing, or a value the format
 * refuses.
 *
 * @param path where in the dossier, e.g. {@code thongTinCoBan.ngaySinh}
 * @param label the field's name in Vietnamese
 * @param message what is wrong, to resolve in the user's language
 */
public record DossierProblem(String path, String label, MessageSourceResolvable message) {
}
