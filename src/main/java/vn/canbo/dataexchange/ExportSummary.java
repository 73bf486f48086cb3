package vn.canbo.dataexchange;

/**
 * What an export wrote.
 *
 * @param exported dossiers written
 * @param withheld dossiers left out because they fail the checks (listed by the
 * validation report)
 */
public record ExportSummary(long exported, long withheld) {
}
