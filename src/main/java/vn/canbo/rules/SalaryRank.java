package vn.canbo.rules;

/**
 * A rank or professional title (ngạch, chức danh nghề nghiệp) with its code and pay
 * table.
 *
 * @param code e.g. {@code 01.003}
 * @param name e.g. "Chuyên viên"
 * @param table its pay table
 * @param confirmed whether the code and table were checked against the legal text
 */
public record SalaryRank(String code, String name, SalaryTable table, boolean confirmed) {

}
