package org.repstat.checking;

import java.util.List;

/**
 * One row of {@code checks.csv}: what a check compared, what it found, how far apart, and which observations and
 * source rows a reader must open to see for themselves.
 *
 * @param subject       what this row is about, e.g. "1937" or "lewin-2005-appendix-fb2 / death_sentences"
 * @param observed      the value found (as published text)
 * @param expected      the value or condition it should meet
 * @param tolerance     the allowed difference, with its unit ("0", "2%"), empty for yes/no rules
 * @param difference    observed − expected, empty where not numeric
 * @param relativeDifference difference ÷ expected, as a percentage, empty where not numeric
 * @param sourceRows    "source_id locator" of each observation involved, so the reader can find the printed figure
 */
public record CheckResult(String checkId, String kind, String topic, Severity severity, CheckStatus status,
                          String subject, String observed, String expected, String tolerance, String difference,
                          String relativeDifference, List<String> observationIds, List<String> sourceRows,
                          String message, String why) {

    public boolean failsRun() {
        return severity == Severity.ERROR && status == CheckStatus.FAIL;
    }
}
