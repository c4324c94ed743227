package org.repstat.checking.rules.camps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.Severity;
import org.repstat.published.PublishedNumbers;

/**
 * Result rows of the camp checks, built alike: one row per camp (or year) that does not meet the check, after one
 * summary row about all camps, sorted by subject. The relative difference keeps the one decimal these checks have
 * always published (the other rules give two), so that checks.csv did not change when they moved into the catalogue.
 */
final class CampResults {

    static final String ALL_CAMPS = "all camps";

    private CampResults() {
    }

    /** A finding (ok = false) or a pass on one subject; the status follows the catalogue row's severity. */
    static CheckResult result(CheckDefinition d, boolean ok, String subject, String observed, String expected,
                              String tolerance, BigDecimal difference, BigDecimal base, List<String> sourceRows,
                              List<String> observationIds, String message) {
        CheckStatus status = ok ? CheckStatus.PASS : d.severity() == Severity.ERROR ? CheckStatus.FAIL : CheckStatus.WARN;
        String rel = difference == null || base == null || base.signum() == 0 ? ""
                : PublishedNumbers.format(difference.multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_EVEN));
        return new CheckResult(d.id(), d.kind(), d.topic(), d.severity(), status, subject, observed, expected, tolerance,
                difference == null ? "" : PublishedNumbers.format(difference), rel, observationIds, sourceRows, message,
                d.why());
    }

    /** A finding without numbers to subtract. */
    static CheckResult finding(CheckDefinition d, String subject, String observed, String expected, String tolerance,
                               List<String> sourceRows, String message) {
        return result(d, false, subject, observed, expected, tolerance, null, null, sourceRows, List.of(), message);
    }

    /** The row about all camps: how many meet the check; the rows after it name each one that does not. */
    static CheckResult summary(CheckDefinition d, String observed) {
        return result(d, true, ALL_CAMPS, observed, "", "", null, null, List.of(), List.of(),
                observed + "; rows below (if any) list each camp that does not.");
    }

    /** Sorted by subject, as a reader scans them ("all camps" first, then camp by camp). */
    static List<CheckResult> sorted(List<CheckResult> results) {
        return results.stream().sorted(Comparator.comparing(CheckResult::subject)).toList();
    }

    static String num(BigDecimal n) {
        return PublishedNumbers.format(n);
    }

    /** The distinct source rows of some figures, in table order. */
    static List<String> rows(List<CampTables.Figure> figures) {
        return figures.stream().map(CampTables.Figure::sourceRow).distinct().toList();
    }

    /** "1951: 15 802, 1952: 2400": each figure's year and cell as printed. */
    static String values(List<CampTables.Figure> figures) {
        return figures.stream().map(f -> f.year() + ": " + f.asPrinted().strip()).collect(Collectors.joining(", "));
    }
}
