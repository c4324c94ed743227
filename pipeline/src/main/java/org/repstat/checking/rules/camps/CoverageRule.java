package org.repstat.checking.rules.camps;

import static org.repstat.checking.rules.camps.CampResults.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.PublishedData.Obs;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code camp_coverage}: for each published total for all camps ({@code compare}: observations at one date or
 * in one year), the sum over the camp figures {@code select} picks for that year and the total's measure does not
 * exceed the total (beyond {@code tolerance}): the camps that give a figure are part of all camps. How many camps
 * give a figure, of how many the file has open, and what share of the total they sum to, is always said.
 */
public final class CoverageRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting(CampTables.POPULATION).comparing("observations");
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        CampTables t = CampTables.of(run);
        List<CampTables.Figure> figures = t.figures(d.select());
        List<CheckResult> out = new ArrayList<>();
        for (Obs total : run.data().observations()) {
            String date = total.get("period_start");
            Integer y = CampTables.yearOf(date);
            if (!d.compare().test(total.row()) || y == null || !date.equals(total.get("period_end")) || total.value() == null) {
                continue; // a total over a span of years is not the size of the camps in one year
            }
            int year = y;
            BigDecimal whole = total.value();
            List<CampTables.Figure> inYear = figures.stream()
                    .filter(f -> f.year() == year && f.measure().equals(total.get("measure"))).toList();
            BigDecimal sum = inYear.stream().map(CampTables.Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            long exact = inYear.stream().filter(f -> f.qualifier().equals("exact")).count();
            long open = t.camps().stream().filter(c -> c.openIn(year)).count();
            boolean over = sum.compareTo(whole) > 0 && !d.tolerance().accepts(sum, whole);
            String share = whole.signum() == 0 ? "" : sum.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN).toPlainString();
            out.add(CampResults.result(d, !over, year + " / " + total.id(), num(sum), "≤ " + num(whole),
                    d.tolerance() + " (a part cannot exceed the whole)", sum.subtract(whole), whole,
                    List.of(total.sourceRow()), List.of(total.id()), String.format(Locale.ROOT,
                            "%d camps give a figure for %d (%d exact, %d qualified) of %d camps the file has open that year; "
                                    + "their sum %s is %s%% of the published total %s (%s, %s, %s, %s). The camps' yearly figures carry no date within the year.",
                            inYear.size(), year, exact, inYear.size() - exact, open, num(sum), share, num(whole),
                            total.get("scope"), date, total.get("qualifier"), total.get("source_id"))));
        }
        return CampResults.sorted(out);
    }
}
