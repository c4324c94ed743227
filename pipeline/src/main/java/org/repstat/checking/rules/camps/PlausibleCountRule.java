package org.repstat.checking.rules.camps;

import static org.repstat.checking.rules.camps.CampResults.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code camp_plausible_count}: each camp figure lies between params {@code min} and {@code max}. Both limits
 * are judgements, so the catalogue row must state them and say why; a figure outside is a warning to read the cell,
 * not an error. A zero gets its own words: the file writes "no figure" as an empty cell, so 0 may be a count or a slip.
 */
public final class PlausibleCountRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting(CampTables.POPULATION).requires("min", ParamType.NUMBER).requires("max", ParamType.NUMBER);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        BigDecimal min = new BigDecimal(d.params().get("min"));
        BigDecimal max = new BigDecimal(d.params().get("max"));
        String range = num(min) + " to " + num(max);
        CampTables t = CampTables.of(run);
        List<CampTables.Figure> figures = t.figures(d.select());
        List<CheckResult> out = new ArrayList<>();
        int odd = 0;
        for (CampTables.Figure f : figures) {
            BigDecimal v = f.value();
            if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
                continue;
            }
            odd++;
            String why = v.signum() == 0 ? "A zero: the file writes no figure as an empty cell, so 0 may be a count or a slip."
                    : v.compareTo(max) > 0 ? "Above " + num(max) + "." : "Below " + num(min) + ".";
            out.add(CampResults.finding(d, t.subject(f.campId()) + " / " + f.year(), num(v), range, "",
                    CampResults.rows(List.of(f)), why));
        }
        out.add(CampResults.summary(d, (figures.size() - odd) + " of " + figures.size() + " figures between "
                + num(min) + " and " + num(max)));
        return CampResults.sorted(out);
    }
}
