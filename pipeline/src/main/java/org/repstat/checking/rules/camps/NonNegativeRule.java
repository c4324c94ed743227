package org.repstat.checking.rules.camps;

import static org.repstat.checking.rules.camps.CampResults.num;

import java.util.ArrayList;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code camp_non_negative}: no figure of a camp is below zero — a number of people cannot be. One row per
 * negative figure, and a row for all figures that fails as well when any does, so the count is never hidden.
 */
public final class NonNegativeRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting(CampTables.POPULATION);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        CampTables t = CampTables.of(run);
        List<CampTables.Figure> figures = t.figures(d.select());
        List<CampTables.Figure> negative = figures.stream().filter(f -> f.value().signum() < 0).toList();
        String tolerance = d.tolerance().toString();
        List<CheckResult> out = new ArrayList<>();
        for (CampTables.Figure f : negative) {
            out.add(CampResults.result(d, false, t.subject(f.campId()) + " / " + f.year(), num(f.value()), "≥ 0",
                    tolerance, null, null, CampResults.rows(List.of(f)), List.of(), "A negative figure."));
        }
        int n = figures.size();
        int good = n - negative.size();
        out.add(CampResults.result(d, negative.isEmpty(), "all figures", String.valueOf(good), String.valueOf(n),
                tolerance, null, null, List.of(), List.of(), good + " of " + n + " figures are ≥ 0."));
        return CampResults.sorted(out);
    }
}
