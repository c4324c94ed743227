package org.repstat.checking.rules.camps;

import static org.repstat.checking.rules.camps.CampResults.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code camp_max_is_maximum}: no yearly figure of a camp exceeds the maximum the same row of the file states
 * for it (beyond {@code tolerance}). {@code select} picks the figures compared, each against a maximum of its own
 * measure.
 */
public final class MaxIsMaximumRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting(CampTables.POPULATION);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        CampTables t = CampTables.of(run);
        List<CampTables.Figure> figures = t.figures(d.select());
        List<CheckResult> out = new ArrayList<>();
        int ok = 0;
        for (CampTables.Camp c : t.camps()) {
            BigDecimal max = c.maxPeople();
            if (max == null) {
                continue;
            }
            List<CampTables.Figure> above = figures.stream().filter(f -> f.campId() == c.id()
                    && f.measure().equals(c.maxMeasure()) && f.value().compareTo(max) > 0
                    && !d.tolerance().accepts(f.value(), max)).toList();
            if (above.isEmpty()) {
                ok++;
                continue;
            }
            BigDecimal top = above.stream().map(CampTables.Figure::value).max(Comparator.naturalOrder()).orElseThrow();
            out.add(CampResults.result(d, false, t.subject(c.id()), num(top), "≤ " + num(max), d.tolerance().toString(),
                    top.subtract(max), max, CampResults.rows(above), List.of(),
                    "Yearly figures above the stated maximum " + c.maxAsPrinted() + ": " + CampResults.values(above) + "."));
        }
        out.add(CampResults.summary(d, ok + " camps with a stated maximum have no figure above it"));
        return CampResults.sorted(out);
    }
}
