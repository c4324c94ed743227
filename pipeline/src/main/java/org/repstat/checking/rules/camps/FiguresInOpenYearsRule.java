package org.repstat.checking.rules.camps;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code camp_figures_in_open_years}: a camp has figures only in the years its row says it was open
 * (created..closed, resumed..closed again). A camp cannot hold prisoners before it was created or after it was
 * closed, so a figure outside means a wrong year somewhere in the row. {@code select} picks the figures held to it.
 */
public final class FiguresInOpenYearsRule implements Rule {

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
            List<int[]> spans = c.activeSpans();
            if (spans.isEmpty()) {
                continue; // no year given: nothing to hold the figures to
            }
            List<CampTables.Figure> outside = figures.stream().filter(f -> f.campId() == c.id() && !c.openIn(f.year())).toList();
            if (outside.isEmpty()) {
                ok++;
                continue;
            }
            String years = outside.stream().map(f -> String.valueOf(f.year())).distinct().collect(Collectors.joining(", "));
            out.add(CampResults.finding(d, t.subject(c.id()), years, spans(spans), "", CampResults.rows(outside),
                    "Figures in " + years + ", outside the years the row gives (" + spans(spans) + ")."));
        }
        out.add(CampResults.summary(d, ok + " camps have figures only in their open years"));
        return CampResults.sorted(out);
    }

    /** "1937–1939, 1943–" : the spans as a reader writes them, an open end left open. */
    private static String spans(List<int[]> spans) {
        return spans.stream().map(s -> s[0] + "–" + (s[1] == Integer.MAX_VALUE ? "" : String.valueOf(s[1])))
                .collect(Collectors.joining(", "));
    }
}
