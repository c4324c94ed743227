package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData.Obs;

/**
 * One figure (or a sum of figures) against another from a different source: the article's 683,000 executions
 * against the 1953 certificate's death sentences for 1937 plus 1938. Both values are shown with the absolute and
 * relative difference.
 */
public final class PairAgreementRule implements Rule {

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
            List<String> twice = new java.util.ArrayList<>(Groups.copiesAdded(a, run));
            twice.addAll(Groups.copiesAdded(b, run));
            if (!twice.isEmpty()) {
                List<Obs> both = new ArrayList<>(a);
                both.addAll(b);
                out.add(Groups.copiesAddedResult(d, e.key(), twice, both));
                continue;
            }
            BigDecimal av = Groups.sum(a, AgreementRule::central);
            BigDecimal bv = Groups.sum(b, AgreementRule::central);
            if (av == null || bv == null) {
                continue;
            }
            BigDecimal aLow = Groups.sum(a, o -> o.lower() != null ? o.lower() : o.value());
            BigDecimal aHigh = Groups.sum(a, o -> o.upper() != null ? o.upper() : o.value());
            BigDecimal bLow = Groups.sum(b, o -> o.lower() != null ? o.lower() : o.value());
            BigDecimal bHigh = Groups.sum(b, o -> o.upper() != null ? o.upper() : o.value());
            // Both sides' words count: "683,000" (a round figure, 682,500..683,499) agrees with any count its
            // rounding allows, and with a rounded figure whose own bounds reach it.
            boolean withinBounds = aLow != null && aHigh != null && bLow != null && bHigh != null
                    && bHigh.compareTo(aLow) >= 0 && bLow.compareTo(aHigh) <= 0;
            boolean ok = withinBounds || d.tolerance().accepts(av, bv);
            List<Obs> involved = new ArrayList<>(a);
            involved.addAll(b);
            BigDecimal diff = av.subtract(bv);
            String bounds = "";
            boolean aPoint = aLow != null && aHigh != null && aLow.compareTo(aHigh) == 0;
            boolean bPoint = bLow != null && bHigh != null && bLow.compareTo(bHigh) == 0;
            if (!aPoint || !bPoint) {
                bounds = "; bounds " + interval(aLow, aHigh) + " against " + interval(bLow, bHigh) + (withinBounds ? " overlap"
                        : " do not overlap" + (aLow != null && bHigh != null && bHigh.compareTo(aLow) < 0
                        ? " (" + Outcomes.text(aLow.subtract(bHigh)) + " apart)"
                        : aHigh != null && bLow != null ? " (" + Outcomes.text(bLow.subtract(aHigh)) + " apart)" : ""));
            }
            out.add(Outcomes.result(d, ok, e.key(), Outcomes.text(av) + " (" + Groups.ids(a) + ")",
                    Outcomes.text(bv) + " (" + Groups.ids(b) + ")", diff, bv, involved,
                    (ok ? "agree" : "differ") + " by " + Outcomes.text(diff.abs()) + " (" + Outcomes.relative(diff.abs(), bv) + "%)"
                            + bounds));
        }
        return out;
    }

    private static String interval(BigDecimal low, BigDecimal high) {
        return "[" + (low == null ? "?" : Outcomes.text(low)) + ", " + (high == null ? "?" : Outcomes.text(high)) + "]";
    }
}
