package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.PublishedData.Obs;
import org.repstat.checking.Severity;
import org.repstat.published.PublishedNumbers;

/** Builds result rows the same way for every rule: status from severity, differences in absolute and relative terms. */
final class Outcomes {

    private Outcomes() {
    }

    static CheckResult result(CheckDefinition d, boolean ok, String subject, String observed, String expected,
                              BigDecimal difference, BigDecimal base, List<Obs> involved, String message) {
        CheckStatus status = ok ? CheckStatus.PASS : d.severity() == Severity.ERROR ? CheckStatus.FAIL : CheckStatus.WARN;
        return new CheckResult(d.id(), d.kind(), d.topic(), d.severity(), status, subject, observed, expected,
                d.tolerance() == null ? "" : d.tolerance().toString(), PublishedNumbers.format(difference),
                relative(difference, base), involved.stream().map(Obs::id).toList(),
                involved.stream().map(Obs::sourceRow).toList(), message, d.why());
    }

    /** A yes/no finding without numbers to compare (structure, keys, dates). */
    static CheckResult finding(CheckDefinition d, boolean ok, String subject, String observed, String expected,
                               List<String> ids, List<String> sourceRows, String message) {
        CheckStatus status = ok ? CheckStatus.PASS : d.severity() == Severity.ERROR ? CheckStatus.FAIL : CheckStatus.WARN;
        return new CheckResult(d.id(), d.kind(), d.topic(), d.severity(), status, subject, observed, expected, "",
                "", "", ids, sourceRows, message, d.why());
    }

    /** difference ÷ base in percent, two decimals; empty when there is no base to divide by. */
    static String relative(BigDecimal difference, BigDecimal base) {
        if (difference == null || base == null || base.signum() == 0) {
            return "";
        }
        return PublishedNumbers.format(difference.multiply(BigDecimal.valueOf(100)).divide(base.abs(), 2, RoundingMode.HALF_EVEN));
    }

    static String text(BigDecimal n) {
        return PublishedNumbers.format(n);
    }

    /** At most this many ids are listed in one finding; the message gives the full count. */
    static final int MAX_LISTED = 20;

    static List<String> firstFew(List<String> items) {
        return items.size() <= MAX_LISTED ? items : items.subList(0, MAX_LISTED);
    }
}
