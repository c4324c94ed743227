package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData.Obs;

/**
 * A rounded figure ("approximately 35,000", "nearly 10,000") is consistent with an exact count of the same concept
 * when the count lies inside the bounds the rounded figure's words allow; otherwise the check says how far outside.
 */
public final class QualifierConsistencyRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations").comparing("observations");
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        for (Obs rounded : Groups.select(run, d.select())) {
            for (Obs exact : Groups.select(run, d.compare())) {
                BigDecimal v = exact.value();
                if (v == null || exact.id().equals(rounded.id())) {
                    continue;
                }
                BigDecimal lo = rounded.lower();
                BigDecimal hi = rounded.upper();
                boolean below = lo != null && v.compareTo(lo) < 0;
                boolean above = hi != null && v.compareTo(hi) > 0;
                boolean ok = !below && !above;
                BigDecimal outside = below ? v.subtract(lo) : above ? v.subtract(hi) : BigDecimal.ZERO;
                String bounds = "[" + rounded.get("lower") + ", " + rounded.get("upper") + "]";
                out.add(Outcomes.result(d, ok, rounded.id() + " vs " + exact.id(), exact.get("as_printed"),
                        "within " + bounds + " (\"" + rounded.get("as_printed") + "\")", outside,
                        below ? lo : above ? hi : rounded.value(), List.of(rounded, exact),
                        ok ? "the exact count lies within the rounded figure's bounds"
                                : "the exact count lies " + Outcomes.text(outside.abs()) + (below ? " below" : " above")
                                + " the bounds " + bounds + "; it differs from the printed " + rounded.get("value")
                                + " by " + Outcomes.text(v.subtract(rounded.value() == null ? v : rounded.value()))));
            }
        }
        return out;
    }
}
