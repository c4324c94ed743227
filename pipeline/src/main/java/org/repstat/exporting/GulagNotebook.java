package org.repstat.exporting;

import static org.repstat.exporting.NotebookText.code;
import static org.repstat.exporting.NotebookText.md;
import static org.repstat.exporting.NotebookText.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The gulag topic notebook, from the Urbica camps file: prisoners per year summed over the camps that give a figure
 * (measure {@code prisoners} only, one figure per camp and year, exact and qualified counts apart, with the number
 * of camps), the largest camps in 1937 and 1938, and the figures left out of the sums. Planned, establishment and
 * averaged figures are other measures and are never added to counts. As in {@link TopicNotebooks}, each table is
 * described twice (pandas in the cell, a {@link Frame} here) and the slow test checks the two agree.
 */
final class GulagNotebook {

    static final String POPULATION = "gulag_camp_population.csv";
    static final String CAMPS = "gulag_camps.csv";
    /** The years of the mass operations: the camps shown largest first. */
    static final List<String> YEARS = List.of("1937", "1938");
    /** As many camps per year as the report's charts (charting/GulagCharts.largestCamps) show. */
    static final int TOP = 12;
    static final String MEASURE = "prisoners";
    private static final String TITLE = "Prisoners per year, summed over the camps that give a figure";
    private static final String X_TITLE = "year (number of camps giving a figure)";

    private final CleanData data;
    private final List<RawRow> population;
    private final List<String> populationHeader;
    private final List<String> campsHeader;
    private final Map<String, RawRow> camps = new LinkedHashMap<>();

    GulagNotebook(CleanData data) {
        this.data = data;
        RawTable pop = data.table(POPULATION);
        this.population = pop.rows();
        this.populationHeader = pop.header();
        RawTable campTable = data.table(CAMPS);
        this.campsHeader = campTable.header();
        for (RawRow r : campTable.rows()) {
            camps.put(r.text("camp_id"), r);
        }
    }

    /** The rows sums use: measure prisoners and in_yearly_sum true (one figure per camp and year). */
    static boolean inSums(RawRow r) {
        return r.text("measure").equals(MEASURE) && r.text("in_yearly_sum").equals("true");
    }

    /** One year of the per-year table. {@code exactSum}/{@code qualifiedSum} are null when no camp gives such a figure. */
    record Year(String year, int camps, int exactCamps, Long exactSum, int qualifiedCamps, Long qualifiedSum) {
    }

    /** Per year (as text, sorted as pandas groups): camps giving a figure, and the sums of exact and qualified figures. */
    List<Year> perYear() {
        Map<String, long[]> acc = new TreeMap<>(); // exact camps, exact sum, qualified camps, qualified sum
        for (RawRow r : counts()) {
            long[] a = acc.computeIfAbsent(r.text("year"), k -> new long[4]);
            int at = r.text("qualifier").equals("exact") ? 0 : 2;
            a[at]++;
            a[at + 1] += Long.parseLong(r.required("value"));
        }
        List<Year> out = new ArrayList<>();
        acc.forEach((y, a) -> out.add(new Year(y, (int) (a[0] + a[2]), (int) a[0], a[0] == 0 ? null : a[1], (int) a[2],
                a[2] == 0 ? null : a[3])));
        return out;
    }

    /** The largest {@link #TOP} figures of each year in {@link #YEARS}, year by year, largest first. */
    List<RawRow> largest() {
        List<RawRow> out = new ArrayList<>();
        for (String year : YEARS) {
            counts().stream().filter(r -> r.text("year").equals(year) && camps.containsKey(r.text("camp_id")))
                    .sorted(Comparator.comparing((RawRow r) -> Long.parseLong(r.text("value"))).reversed()
                            .thenComparing(r -> Long.parseLong(r.text("camp_id"))))
                    .limit(TOP).forEach(out::add);
        }
        return out;
    }

    private List<RawRow> counts() {
        return population.stream().filter(GulagNotebook::inSums).toList();
    }

    Notebook notebook() {
        List<Year> years = perYear();
        List<RawRow> largest = largest();
        List<RawRow> leftOut = population.stream().filter(r -> !inSums(r)).toList();
        List<RawRow> counts = counts();

        List<List<String>> yearRows = new ArrayList<>();
        for (Year y : years) {
            yearRows.add(Arrays.asList(y.year(), Integer.toString(y.camps()), Integer.toString(y.exactCamps()), text(y.exactSum()),
                    Integer.toString(y.qualifiedCamps()), text(y.qualifiedSum())));
        }
        Frame yearTable = new Frame(List.of("year", "camps", "exact_camps", "exact_sum", "qualified_camps", "qualified_sum"),
                Set.of("camps", "exact_camps", "exact_sum", "qualified_camps", "qualified_sum"), yearRows);

        List<String> largestColumns = List.of("year", "camp_id", "name", "name_en", "value", "qualifier", "locator");
        List<List<String>> largestRows = new ArrayList<>();
        for (RawRow r : largest) {
            RawRow camp = camps.get(r.text("camp_id"));
            largestRows.add(List.of(r.text("year"), r.text("camp_id"), raw(campsHeader, camp, "name"),
                    raw(campsHeader, camp, "name_en"), r.text("value"), raw(populationHeader, r, "qualifier"),
                    raw(populationHeader, r, "locator")));
        }
        Frame largestTable = new Frame(largestColumns, Set.of("value"), largestRows);

        List<String> leftColumns = List.of("camp_id", "year", "measure", "part", "value", "qualifier", "cell_rule", "as_printed");
        Frame leftTable = new Frame(leftColumns, Set.of(),
                leftOut.stream().map(r -> leftColumns.stream().map(c -> raw(populationHeader, r, c)).toList()).toList());

        Notebook nb = new Notebook("gulag");
        nb.markdown("# The Gulag camps: prisoners per year, camp by camp\n\n" + finding(years, largest, leftOut) + "\n\n"
                + TopicNotebooks.PIPELINE_FIGURE);
        nb.code(TopicNotebooks.SETUP);
        nb.markdown("## Prisoners per year, summed over the camps that give a figure\n\n"
                + "From " + code(POPULATION) + ": measure " + code(MEASURE) + " only, and only rows with " + code("in_yearly_sum")
                + " = `true` (one figure per camp and year). `camps` is the number of camps giving a figure that year; "
                + "exact counts and qualified ones (\"(?)\" = the compiler doubts the figure, \"до\" = up to) are summed "
                + "apart and never added together here. A year without a qualified figure shows `<NA>`, not 0.");
        nb.code("""
                population = read_csv("gulag_camp_population.csv")
                # One figure per camp and year, measure "prisoners" only: planned, establishment and averaged figures are
                # other measures and are never added to counts.
                counts = population[(population["measure"] == "prisoners") & (population["in_yearly_sum"] == "true")].copy()
                counts["value"] = pd.to_numeric(counts["value"].replace("", pd.NA)).astype("Int64")
                exact = counts["qualifier"] == "exact"


                def camps_and_sum(rows, prefix):
                    return rows.groupby("year").agg(**{prefix + "camps": ("camp_id", "size"), prefix + "sum": ("value", "sum")})


                per_year = counts.groupby("year").agg(camps=("camp_id", "size"))
                per_year = per_year.join(camps_and_sum(counts[exact], "exact_")).join(camps_and_sum(counts[~exact], "qualified_"))
                per_year = per_year.fillna({"exact_camps": 0, "qualified_camps": 0})
                per_year = per_year.astype({"exact_camps": "Int64", "qualified_camps": "Int64"}).reset_index()
                per_year""", yearTable);
        List<String> labels = years.stream().map(y -> y.year() + " (" + y.camps() + ")").toList();
        nb.code(String.format(java.util.Locale.ROOT, """
                import numpy as np


                def stacked_chart(labels, series, title, ylabel):
                    \"""Stacked bars, one per label: each series sits on the ones before it (a missing value draws no bar).\"""
                    fig, ax = new_chart(title, ylabel)
                    x = range(len(labels))
                    bottom = np.zeros(len(labels))
                    for name, values in series.items():
                        heights = numbers(values)
                        ax.bar(x, heights, bottom=bottom, label=name)
                        bottom = bottom + np.nan_to_num(heights)
                    ax.set_xticks(x)
                    ax.set_xticklabels(labels, rotation=90, fontsize=8)
                    ax.set_xlabel("%s")
                    ax.legend()
                    fig.tight_layout()
                    plt.show()


                stacked_chart(per_year["year"] + " (" + per_year["camps"].astype(str) + ")",
                              {"exact counts": per_year["exact_sum"], "qualified counts": per_year["qualified_sum"]},
                              "%s", "prisoners (sum over camps)")""", X_TITLE, TITLE),
                NotebookCharts.stacked(TITLE, X_TITLE, "prisoners (sum over camps)", labels,
                        List.of(new NotebookCharts.Series("exact counts", years.stream().map(y -> toDouble(y.exactSum())).toList()),
                                new NotebookCharts.Series("qualified counts", years.stream().map(y -> toDouble(y.qualifiedSum())).toList()))),
                NotebookCharts.FIGURE_TEXT);
        nb.markdown("## The largest camps in " + String.join(" and ", YEARS) + "\n\nThe " + TOP + " largest figures of each "
                + "year among the figures summed above, with the camp's name as the file gives it (" + code(CAMPS) + "). "
                + "`locator` is the line of the camp's row and the column of the year in the source file.");
        nb.code(String.format(java.util.Locale.ROOT, """
                camps = read_csv("gulag_camps.csv")[["camp_id", "name", "name_en"]]
                largest = counts[counts["year"].isin(%s)].merge(camps, on="camp_id")
                largest["camp_number"] = pd.to_numeric(largest["camp_id"])
                largest = largest.sort_values(["year", "value", "camp_number"], ascending=[True, False, True])
                largest = largest.groupby("year").head(%d).reset_index(drop=True)
                largest[["year", "camp_id", "name", "name_en", "value", "qualifier", "locator"]]""",
                pythonList(YEARS), TOP), largestTable);
        nb.markdown("## Figures left out of the sums\n\nEvery row of " + code(POPULATION) + " not summed above: other measures "
                + "(planned, establishment, averages), cells giving several figures without saying which applies when, and "
                + "cells saying the camp was closed (no figure, never zero).");
        nb.code("""
                left_out = population[~population.index.isin(counts.index)].reset_index(drop=True)
                left_out[["camp_id", "year", "measure", "part", "value", "qualifier", "cell_rule", "as_printed"]]""", leftTable);
        List<RawRow> shown = new ArrayList<>(counts);
        shown.addAll(leftOut);
        nb.markdown(sources(shown, largest));
        nb.markdown(caveats(years, counts, leftOut, largest));
        return nb;
    }

    private String finding(List<Year> years, List<RawRow> largest, List<RawRow> leftOut) {
        StringBuilder out = new StringBuilder("**Finding.** Summed over the camps that give a figure, the Urbica camps file's "
                + "exact prisoner counts ");
        Year peak = years.stream().filter(y -> y.exactSum() != null)
                .max(Comparator.comparingLong(Year::exactSum).thenComparing(Year::year, Comparator.reverseOrder())).orElse(null);
        if (peak == null) {
            return out.append("give no figure.").toString();
        }
        out.append("are largest in ").append(peak.year()).append(" (").append(number(peak.exactSum())).append(" in ")
                .append(peak.exactCamps()).append(" camps). ");
        List<String> parts = new ArrayList<>();
        for (String year : YEARS) {
            Year y = years.stream().filter(x -> x.year().equals(year)).findFirst().orElse(null);
            if (y == null) {
                parts.add("for " + year + " no camp gives a figure");
                continue;
            }
            StringBuilder p = new StringBuilder("for ").append(year).append(" ").append(y.exactCamps()).append(" camps give ")
                    .append(y.exactSum() == null ? "no exact count" : number(y.exactSum()) + " in all");
            if (y.qualifiedCamps() > 0) {
                p.append(" (and ").append(y.qualifiedCamps()).append(" more give qualified figures summing to ")
                        .append(number(y.qualifiedSum())).append(")");
            }
            largest.stream().filter(r -> r.text("year").equals(year)).findFirst().ifPresent(r -> p.append("; the largest is ")
                    .append(md(camps.get(r.text("camp_id")).text("name"))).append(" (camp ").append(r.text("camp_id")).append(", ")
                    .append(number(r.text("value"))).append(", ").append(r.text("qualifier")).append(")"));
            long severalFigures = leftOut.stream().filter(r -> r.text("year").equals(year) && r.text("measure").equals(MEASURE)
                    && r.text("cell_rule").equals("several_numbers")).map(r -> r.text("camp_id")).distinct().count();
            if (severalFigures > 0) {
                p.append("; ").append(severalFigures).append(" more camp(s) give several undated figures for ").append(year)
                        .append(", left out");
            }
            parts.add(TopicNotebooks.capitalise(p.toString()));
        }
        out.append(String.join(". ", parts)).append(". These sums are not the Gulag's population: "
                + "read the caveats.");
        return out.toString();
    }

    private String sources(List<RawRow> shown, List<RawRow> largest) {
        Map<String, Set<String>> locators = new TreeMap<>();
        shown.forEach(r -> locators.computeIfAbsent(r.text("source_id"), k -> new TreeSet<>()).add(r.text("locator")));
        StringBuilder out = new StringBuilder("## Sources\n\nEvery row above names its source (`source_id`) and the place in "
                + "it (`locator`: line of the camp's row, column of the cell); the full register is "
                + "`datasets/clean/sources.csv`.\n\n");
        for (Map.Entry<String, Set<String>> e : locators.entrySet()) {
            out.append("- ").append(NotebookText.describe(e.getKey(), data)).append(' ').append(e.getValue().size())
                    .append(" distinct locators (several figures printed in one cell share one).\n");
        }
        Map<String, Integer> cited = new TreeMap<>();
        camps.values().forEach(c -> {
            if (!c.text("cited_source_id").isEmpty()) {
                cited.merge(c.text("cited_source_id"), 1, Integer::sum);
            }
        });
        cited.forEach((id, n) -> out.append("- Cited by the camps file for ").append(n).append(" of its ").append(camps.size())
                .append(" camps (column `reference_url` of ").append(code(CAMPS)).append(" gives each camp's page): ")
                .append(NotebookText.describe(id, data)).append('\n'));
        Set<String> shownCamps = new TreeSet<>(Comparator.comparingLong(Long::parseLong));
        largest.forEach(r -> shownCamps.add(r.text("camp_id")));
        List<String> pages = new ArrayList<>();
        for (String id : shownCamps) {
            RawRow c = camps.get(id);
            if (!c.text("reference_url").isEmpty()) {
                pages.add("camp " + id + " " + md(c.text("name")) + ": " + NotebookText.link(c.text("reference_url")));
            }
        }
        if (!pages.isEmpty()) {
            out.append("\nReference-book links the file gives for the largest camps shown (").append(pages.size()).append(" of ")
                    .append(shownCamps.size()).append(" camps have one; a link ending in a folder is the book's contents page, "
                    + "not the camp's own):\n\n");
            pages.forEach(p -> out.append("- ").append(p).append('\n'));
        }
        return out.toString();
    }

    private String caveats(List<Year> years, List<RawRow> counts, List<RawRow> leftOut, List<RawRow> largest) {
        StringBuilder out = new StringBuilder("## Caveats\n\n");
        out.append("- **No date within the year.** The file gives one figure per camp and year but does not say at what date "
                + "of the year it applies (1 January, an average, the year's maximum?), and the tables assume none. A yearly "
                + "sum therefore adds figures that may refer to different dates.\n");
        out.append("- **The sum over camps is not the Gulag's total.** It covers only the camps that give a figure that year "
                + "(column `camps`), so it changes with the file's coverage as much as with the number of prisoners; camps "
                + "with no figure for a year, and whatever the file does not list, are missing.");
        List<RawRow> totals = data.observations(r -> r.text("scope").equals("gulag_camps") && r.text("measure").equals(MEASURE)
                && !r.text("value").isEmpty(), List.of("period_start", "source_id", "observation_id"));
        Map<String, Year> byYear = new TreeMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        List<String> comparisons = new ArrayList<>();
        int larger = 0;
        for (RawRow t : totals) {
            Year y = byYear.get(t.text("period_start").substring(0, 4));
            comparisons.add(code(t.text("source_id")) + " gives " + number(t.text("value")) + " (" + t.text("qualifier") + ") for "
                    + TopicNotebooks.period(t) + ", the camps here sum to " + (y == null || y.exactSum() == null ? "nothing"
                    : number(y.exactSum()) + " in " + y.exactCamps() + " camps") + " for that year");
            if (y != null && y.exactSum() != null && !t.text("upper").isEmpty() && y.exactSum() > Long.parseLong(t.text("upper"))) {
                larger++;
            }
        }
        if (!comparisons.isEmpty()) {
            out.append(" For comparison, `observations.csv` holds ").append(comparisons.size()).append(" published total(s) "
                    + "for the camps (scope `gulag_camps`): ").append(String.join("; ", comparisons)).append(". ");
            if (larger > 0) {
                out.append("In ").append(larger).append(" of the ").append(comparisons.size()).append(" the sum over the file's "
                        + "camps is larger than the published total's upper bound, so the sum must not be read as a count of "
                        + "prisoners on one date. ");
            }
            out.append("The two are different quantities and neither corrects the other.");
        }
        out.append('\n');
        long qualified = counts.stream().filter(r -> !r.text("qualifier").equals("exact")).count();
        out.append("- ").append(qualified).append(" of the ").append(counts.size()).append(" figures summed are qualified ("
                + "\"(?)\" doubtful, \"до\" up to); they are summed apart from the exact ones, never added to them.\n");
        long otherMeasures = leftOut.stream().filter(r -> !r.text("measure").equals(MEASURE)).count();
        out.append("- ").append(leftOut.size()).append(" row(s) are left out of every sum (table above), ").append(otherMeasures)
                .append(" of them other measures (planned, establishment, annual or monthly average): these are not counts of "
                + "prisoners and are never added to them.\n");
        Map<String, Set<String>> names = new TreeMap<>();
        camps.values().forEach(c -> names.computeIfAbsent(c.text("name"), k -> new TreeSet<>()).add(c.text("camp_id")));
        List<String> repeated = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (RawRow r : largest) {
            String name = camps.get(r.text("camp_id")).text("name");
            if (names.get(name).size() > 1 && seen.add(name)) {
                repeated.add(md(name) + " (camps " + String.join(", ", names.get(name).stream()
                        .sorted(Comparator.comparingLong(Long::parseLong)).toList()) + ")");
            }
        }
        if (!repeated.isEmpty()) {
            out.append("- A name can belong to more than one camp in the file; read a camp by its `camp_id`. Among the largest "
                    + "camps shown: ").append(String.join("; ", repeated)).append(". The checks (topic `gulag`) list every "
                    + "repeated name.\n");
        }
        return out.toString();
    }

    /** A cell exactly as the file holds it (pandas keeps surrounding spaces, e.g. in {@code as_printed}). */
    private static String raw(List<String> header, RawRow r, String column) {
        return r.values().get(header.indexOf(column));
    }

    private static String pythonList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(s -> "\"" + s + "\"").toList()) + "]";
    }

    private static String text(Long n) {
        return n == null ? null : Long.toString(n);
    }

    private static Double toDouble(Long n) {
        return n == null ? null : n.doubleValue();
    }
}
