package org.repstat.answers;

import static org.repstat.published.PublishedNumbers.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.repstat.published.Field;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import org.repstat.topics.AnswerSpec;

/**
 * {@code function: camp_year_sums}: the camps file summed year by year over the camps that give a prisoner count
 * (exact and qualified counts apart), how many camps give one and how many the file has open, beside the preferred
 * published total for each of the spec's {@code columns} (observations its {@code select} and the column's select
 * pick, counting on one date or in one year) and what share of that total the sum is. A sum over the camps that give
 * a figure is not the Gulag's population; the share says how far it is from one.
 */
final class CampYearSums implements Derivations.Derivation {

    @Override
    public TableSpec spec(AnswerSpec a) {
        List<Field> f = new ArrayList<>(List.of(
                Field.integer("year", "The year (the camps file's column people_YYYY; a published total counts on a day in it, often 1 January).", true),
                Field.integer("camps_with_figure", "Camps that give a prisoner count that year (rows of gulag_camp_prisoners_by_year with one).", true),
                Field.integer("camps_qualified", "Of those, camps whose count is qualified ('до', '(?)').", true),
                Field.integer("camps_open", "Camps the file has open that year by their years of creation, closing and resuming.", true),
                Field.number("prisoners_exact", "Sum of the exact counts; empty where no camp gives a count."),
                Field.number("prisoners_qualified", "Sum of the qualified counts, at their printed value; empty where no camp gives a count."),
                Field.number("prisoners", "prisoners_exact + prisoners_qualified: the camps that give a count, summed. Not the Gulag's "
                        + "population: camps that give none are missing."),
                Field.required("source", "The camps file, as people cite it (sources.label)."),
                Field.string("reliability", "Reliability of the camps file (vocabulary reliability)."),
                Field.required("source_id", "sources.source_id of the camps file."),
                Field.string("locator", "The column(s) of data.csv the year's counts stand in (column=; every line with a count).")));
        for (AnswerSpec.Column c : a.columns()) {
            String what = c.label();
            f.add(Field.number(c.id(), "Preferred published total of " + what + " on a date or in one year within this year "
                    + "(by the rule in preference.csv; empty where no source we hold gives one)."));
            f.add(Field.string(c.id() + "_qualifier", "Qualifier of that total (vocabulary qualifiers)."));
            f.add(Field.string(c.id() + "_period", "The date or year the total counts on (observations.period_start)."));
            f.add(Field.integer(c.id() + "_sources", "How many observations give a total of " + what + " within the year.", false));
            f.add(Field.string(c.id() + "_source", "The total's source, as people cite it (sources.label)."));
            f.add(Field.string(c.id() + "_reliability", "Reliability of that source (vocabulary reliability)."));
            f.add(Field.string(c.id() + "_observation_id", "The total's row in observations.csv."));
            f.add(Field.number("share_of_" + c.id(), "prisoners as a percentage of " + c.id() + ", to one decimal (124.9 = the sum is "
                    + "124.9% of the total; over 100 means the camps file and the total cannot both be right for one date)."));
        }
        return new TableSpec(a.id(), a.id() + ".csv", a.title(), AnswerTables.rowIs(a), f, List.of("year"),
                List.of(new TableSpec.ForeignKey("source_id", "sources", "source_id")));
    }

    @Override
    public List<String> reads() {
        List<String> r = new ArrayList<>(CampYears.reads());
        r.add("observations");
        r.addAll(CampYears.CONTEXT);
        return r;
    }

    @Override
    public List<List<String>> rows(AnswerSpec a, PublishedReader reader) {
        CampYears t = new CampYears(reader);
        AnswerContext ctx = new AnswerContext(reader);
        String source = t.sourceId();
        List<PublishedRow> totals = reader.read(a.from()).stream().filter(o -> a.selects(o.cells()) && o.number("value") != null
                && o.text("period_start").length() >= 4 && o.text("period_start").equals(o.text("period_end"))).toList();
        List<List<String>> out = new ArrayList<>();
        for (int year = t.firstYear(); year <= t.lastYear(); year++) {
            int y = year;
            List<CampYears.Part> parts = new ArrayList<>();
            int open = 0;
            int withFigure = 0;
            int qualified = 0;
            for (CampYears.Camp c : t.camps()) {
                List<CampYears.Part> p = t.parts(c.id(), year);
                parts.addAll(p);
                open += c.openIn(year) ? 1 : 0;
                withFigure += p.isEmpty() ? 0 : 1;
                qualified += p.stream().anyMatch(x -> !x.exact()) ? 1 : 0;
            }
            List<PublishedRow> inYear = totals.stream().filter(o -> o.text("period_start").startsWith(String.valueOf(y))).toList();
            if (open == 0 && parts.isEmpty() && inYear.isEmpty()) {
                continue;
            }
            BigDecimal exact = sum(parts.stream().filter(CampYears.Part::exact).toList());
            BigDecimal qual = sum(parts.stream().filter(p -> !p.exact()).toList());
            BigDecimal all = exact.add(qual);
            boolean none = parts.isEmpty();
            TreeSet<Integer> columns = new TreeSet<>(parts.stream().map(CampYears.Part::column).toList());
            List<String> row = new ArrayList<>(List.of(String.valueOf(year), String.valueOf(withFigure), String.valueOf(qualified),
                    String.valueOf(open), none ? "" : format(exact), none ? "" : format(qual), none ? "" : format(all),
                    ctx.sourceLabel(source), ctx.source(source).text("reliability"), source,
                    String.join(" + ", columns.stream().map(c -> "column=" + c).toList())));
            for (AnswerSpec.Column c : a.columns()) {
                List<PreferenceRule.Candidate> cands = inYear.stream().filter(o -> c.select().test(o.cells())).map(ctx::candidate)
                        .sorted(ctx.preference.order()).toList();
                Optional<PreferenceRule.Candidate> pick = cands.stream().findFirst();
                if (pick.isEmpty()) {
                    row.addAll(List.of("", "", "", "", "", "", "", ""));
                    continue;
                }
                PublishedRow o = pick.get().row();
                BigDecimal whole = o.number("value");
                row.addAll(List.of(o.text("value"), o.text("qualifier"), o.text("period_start"), String.valueOf(cands.size()),
                        ctx.sourceLabel(pick.get().sourceId()), pick.get().reliability(), o.text("observation_id"),
                        none || whole.signum() == 0 ? "" : format(all.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN))));
            }
            out.add(row);
        }
        return out;
    }

    private static BigDecimal sum(List<CampYears.Part> parts) {
        return parts.stream().map(CampYears.Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
