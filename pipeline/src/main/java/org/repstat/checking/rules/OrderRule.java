package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData.Obs;

/**
 * Within each group of {@code match} fields, the selected side is at most the compared side: executed ≤ sentenced,
 * reinstated ≤ discharged. With qualified figures it fails only when the order is certainly broken: when the
 * lowest the first can be exceeds the highest the second can be.
 */
public final class OrderRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations").comparing("observations").matching();
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        for (Groups.Pair e : Groups.pairs(run, d)) {
            List<Obs> a = e.left();
            List<Obs> b = e.right();
            List<String> twice = new ArrayList<>(Groups.copiesAdded(a, run));
            twice.addAll(Groups.copiesAdded(b, run));
            if (!twice.isEmpty()) {
                List<Obs> both = new ArrayList<>(a);
                both.addAll(b);
                out.add(Groups.copiesAddedResult(d, e.key(), twice, both));
                continue;
            }
            BigDecimal aLow = Groups.sum(a, o -> o.lower() != null ? o.lower() : o.value());
            BigDecimal bHigh = Groups.sum(b, Obs::upper);
            BigDecimal aValue = Groups.sum(a, Obs::value);
            BigDecimal bValue = Groups.sum(b, Obs::value);
            if (aLow == null) {
                continue; // nothing known about the smaller side
            }
            boolean ok = bHigh == null || aLow.compareTo(bHigh) <= 0;
            List<Obs> involved = new ArrayList<>(a);
            involved.addAll(b);
            BigDecimal diff = aValue == null || bValue == null ? null : aValue.subtract(bValue);
            out.add(Outcomes.result(d, ok, e.key(), figure(aValue, a) + " (" + Groups.ids(a) + ")",
                    "≤ " + figure(bValue, b) + " (" + Groups.ids(b) + ")", diff, bValue, involved,
                    ok ? "in order" : "the first exceeds the second even at the ends of their bounds ("
                            + Outcomes.text(aLow) + " > " + Outcomes.text(bHigh) + ")"));
        }
        return out;
    }

    /** The summed value, or for a printed range without one, the range as printed. */
    private static String figure(BigDecimal value, List<Obs> rows) {
        if (value != null) {
            return Outcomes.text(value);
        }
        return String.join(" + ", rows.stream().map(o -> o.get("as_printed")).toList());
    }
}
