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
 * Kind {@code camp_max_in_its_year}: a camp's own stated maximum ({@code max_people}, with the year or span it
 * gives) is one of its yearly figures of that span. The file states both, so a mismatch means one was mistyped or
 * the two count at different dates — a finding about the source, reported and never corrected. {@code select}
 * picks the figures compared (of the maximum's own measure); within {@code tolerance} counts as equal.
 */
public final class MaxInItsYearRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting(CampTables.POPULATION);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        CampTables t = CampTables.of(run);
        List<CampTables.Figure> figures = t.figures(d.select());
        List<CheckResult> out = new ArrayList<>();
        int agree = 0;
        for (CampTables.Camp c : t.camps()) {
            Integer from = CampTables.yearOf(c.maxDateStart());
            Integer to = c.maxDateEnd().isEmpty() ? from : CampTables.yearOf(c.maxDateEnd());
            if (c.maxPeople() == null || from == null || to == null) {
                continue;
            }
            List<CampTables.Figure> inYears = figures.stream().filter(f -> f.campId() == c.id()
                    && f.measure().equals(c.maxMeasure()) && f.year() >= from && f.year() <= to).toList();
            if (inYears.isEmpty()) {
                continue;
            }
            if (inYears.stream().anyMatch(f -> d.tolerance().accepts(f.value(), c.maxPeople()))) {
                agree++;
                continue;
            }
            BigDecimal largest = inYears.stream().map(CampTables.Figure::value).max(Comparator.naturalOrder()).orElseThrow();
            out.add(CampResults.result(d, false, t.subject(c.id()), num(largest), num(c.maxPeople()),
                    d.tolerance().toString(), largest.subtract(c.maxPeople()), c.maxPeople(), CampResults.rows(inYears),
                    List.of(), "The camp's max_people " + c.maxAsPrinted() + " (" + c.maxDateAsPrinted()
                            + ") is not among its figures for that year: " + CampResults.values(inYears) + "."));
        }
        out.add(CampResults.summary(d, agree + " camps agree"));
        return CampResults.sorted(out);
    }
}
