package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData.Obs;

/**
 * Parts reconcile with a stated total, within a stated tolerance: a table's years against its TOTAL row, penalties
 * against the year's total, regional limits against the order's total. Cells the source leaves without a figure
 * are counted and named, never taken as zero silently.
 */
public final class SumRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations").comparing("observations").matching();
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        for (Groups.Pair e : Groups.pairs(run, d)) {
            List<Obs> total = e.right();
            if (total.size() != 1 || total.get(0).value() == null) {
                continue;
            }
            List<String> twice = Groups.copiesAdded(e.left(), run);
            if (!twice.isEmpty()) {
                out.add(Groups.copiesAddedResult(d, e.key(), twice, e.left()));
                continue;
            }
            List<Obs> given = e.left().stream().filter(o -> o.value() != null).toList();
            long missing = e.left().size() - given.size();
            BigDecimal sum = Groups.sum(given, Obs::value);
            BigDecimal stated = total.get(0).value();
            boolean ok = d.tolerance().accepts(sum, stated);
            List<Obs> involved = new ArrayList<>(e.left());
            involved.add(total.get(0));
            String message = (ok ? "parts sum to the total" : "parts sum to " + Outcomes.text(sum) + ", the total says "
                    + Outcomes.text(stated)) + " (" + given.size() + " parts" + (missing > 0 ? "; " + missing
                    + " cell(s) with no figure given, not counted" : "") + ")";
            out.add(Outcomes.result(d, ok, e.key(), Outcomes.text(sum), Outcomes.text(stated), sum.subtract(stated),
                    stated, involved, message));
        }
        return out;
    }
}
