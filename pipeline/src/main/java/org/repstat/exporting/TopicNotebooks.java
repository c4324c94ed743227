package org.repstat.exporting;

import static org.repstat.exporting.NotebookText.code;
import static org.repstat.exporting.NotebookText.md;
import static org.repstat.exporting.NotebookText.number;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * One notebook per report topic. Each table cell's Python code and the {@link Frame} that pre-fills its output
 * describe the same selection twice, once in pandas and once here; the slow test runs the notebooks and checks
 * that pandas prints exactly the pre-filled text, so the two cannot drift apart unnoticed.
 */
final class TopicNotebooks {

    /** The code cell every notebook starts with: settings, readers and the two chart helpers. */
    static final String SETUP = resource("setup.py");

    private static final Set<String> WHOLE_NUMBERS = Set.of("value", "lower", "upper");
    private static final List<String> ROW_COLUMNS = List.of("measure", "source_id", "scope", "period_start", "period_end",
            "value", "qualifier", "lower", "upper");
    static final String PIPELINE_FIGURE = "*The figure stored below the chart cell is the pipeline's own rendering "
            + "of the same chart (XChart); running the cell redraws it with matplotlib.*";

    private final CleanData data;

    TopicNotebooks(CleanData data) {
        this.data = data;
    }

    /** Every topic notebook the published data supports, in report order. */
    List<Notebook> all() {
        List<Notebook> out = new ArrayList<>(List.of(convictions(), massOperations(), redArmy(), nationalOperations(),
                order00447(), timeline()));
        if (data.has("reconciliation.csv")) {
            out.add(reconciliation());
        }
        if (data.has(GulagNotebook.POPULATION) && data.has(GulagNotebook.CAMPS)) {
            out.add(new GulagNotebook(data).notebook());
        }
        return out;
    }

    // ---------------------------------------------------------------- convictions

    private static final List<String> PENALTIES = List.of("sentenced", "death_sentences", "sentenced_to_camps", "exiled",
            "other_measures");
    private static final String FB2 = "lewin-2005-appendix-fb2";
    private static final String TRANTOR = "lewin-2005-appendix-trantor";

    Notebook convictions() {
        Map<List<String>, Map<String, String>> fb2 = byYear(FB2);
        Map<List<String>, Map<String, String>> trantor = byYear(TRANTOR);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<List<String>, Map<String, String>> e : fb2.entrySet()) {
            List<String> row = new ArrayList<>(e.getKey());
            PENALTIES.forEach(p -> row.add(e.getValue().get(p)));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("period_start", "period_end"));
        columns.addAll(PENALTIES);
        Frame table = new Frame(columns, Set.copyOf(PENALTIES), rows);

        TreeMap<List<String>, List<String>> diffs = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(2)).thenComparing(k -> k.get(1)));
        Set<List<String>> years = new TreeSet<>(Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        years.addAll(fb2.keySet());
        years.addAll(trantor.keySet());
        for (List<String> year : years) {
            for (String p : PENALTIES) {
                String a = fb2.getOrDefault(year, Map.of()).get(p);
                String b = trantor.getOrDefault(year, Map.of()).get(p);
                if (!Objects.equals(a, b)) {
                    diffs.put(List.of(year.get(0), year.get(1), p), java.util.Arrays.asList(year.get(0), year.get(1), p, a, b));
                }
            }
        }
        Frame differences = new Frame(List.of("period_start", "period_end", "measure", "fb2", "trantor"), Set.of("fb2", "trantor"),
                new ArrayList<>(diffs.values()));

        List<RawRow> shown = data.observations(r -> r.text("source_id").equals(FB2) || r.text("source_id").equals(TRANTOR),
                List.of("source_id", "observation_id"));
        Notebook nb = new Notebook("convictions");
        nb.markdown("# Convictions, " + first(fb2) + "–" + last(fb2) + ": sentenced by penalty and year\n\n"
                + convictionsFinding(fb2) + "\n\n" + PIPELINE_FIGURE);
        nb.code(SETUP);
        nb.markdown("## The table, year by year\n\nThe Lewin appendix (copy " + code(FB2) + "), one row per year, one column per "
                + "penalty. The table's own TOTAL row is published as `stated_total` and left out here; a missing cell is a "
                + "figure the copy does not give, never zero.");
        nb.code("""
                PENALTIES = ["sentenced", "death_sentences", "sentenced_to_camps", "exiled", "other_measures"]


                def by_year(source_id):
                    \"""One row per year of a copy of the appendix, one column per penalty.\"""
                    rows = obs[(obs["source_id"] == source_id) & (obs["role"] == "value")]
                    wide = rows.pivot(index=["period_start", "period_end"], columns="measure", values="value")
                    wide = wide.reindex(columns=PENALTIES).reset_index()
                    wide.columns.name = None
                    return wide


                convictions = by_year("lewin-2005-appendix-fb2")
                convictions""", table);
        nb.code("""
                bar_chart(convictions["period_start"], {"sentenced": convictions["sentenced"],
                                                        "death sentences": convictions["death_sentences"]},
                          "Sentenced and sentenced to death, by year (Lewin appendix, copy fb2)", "persons")""",
                NotebookCharts.bars("Sentenced and sentenced to death, by year (Lewin appendix, copy fb2)", "persons",
                        column(table, "period_start"),
                        List.of(new NotebookCharts.Series("sentenced", numbers(table, "sentenced")),
                                new NotebookCharts.Series("death sentences", numbers(table, "death_sentences")))),
                NotebookCharts.FIGURE_TEXT);
        nb.markdown("## Where the two copies disagree\n\nThe same appendix was transcribed from two online copies ("
                + code(FB2) + " and " + code(TRANTOR) + "). Cells where they differ:");
        nb.code("""
                def long(wide, copy):
                    return wide.melt(id_vars=["period_start", "period_end"], var_name="measure", value_name=copy)


                both = long(convictions, "fb2").merge(long(by_year("lewin-2005-appendix-trantor"), "trantor"),
                                                      on=["period_start", "period_end", "measure"], how="outer")
                both = both.astype({"fb2": "Int64", "trantor": "Int64"})
                same = (both["fb2"] == both["trantor"]).fillna(False) | (both["fb2"].isna() & both["trantor"].isna())
                differences = both[~same].sort_values(["period_start", "measure", "period_end"]).reset_index(drop=True)
                differences""", differences);
        nb.markdown(NotebookText.sources(shown, data));
        nb.markdown("## Caveats\n\n"
                + "- These are people **sentenced** on cases of the Cheka–OGPU–NKVD–MGB for counter-revolutionary and "
                + "particularly dangerous state crimes, not people arrested, and death sentences are not the same as "
                + "executions (some were commuted).\n"
                + "- Both copies are secondary reproductions of a table that itself cites Kurashvili (1996); the archival "
                + "certificate behind it (GARF f. 9401) was not read by us.\n"
                + "- " + differences.rows().size() + " cell(s) differ between the two copies; the checks (topic "
                + "`convictions`) report them, and no cell is corrected by hand.");
        return nb;
    }

    private String convictionsFinding(Map<List<String>, Map<String, String>> fb2) {
        StringBuilder out = new StringBuilder("**Finding.** ");
        List<String> peak = null;
        long peakValue = -1;
        long allDeaths = 0;
        for (Map.Entry<List<String>, Map<String, String>> e : fb2.entrySet()) {
            String s = e.getValue().get("sentenced");
            if (s != null && Long.parseLong(s) > peakValue) {
                peakValue = Long.parseLong(s);
                peak = e.getKey();
            }
            String d = e.getValue().get("death_sentences");
            allDeaths += d == null ? 0 : Long.parseLong(d);
        }
        long greatTerrorDeaths = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<List<String>, Map<String, String>> e : fb2.entrySet()) {
            String year = e.getKey().get(0);
            if (year.equals("1937") || year.equals("1938")) {
                Map<String, String> v = e.getValue();
                parts.add("in " + year + " it gives " + number(v.get("sentenced")) + " people sentenced, "
                        + number(v.get("death_sentences")) + " of them to death");
                greatTerrorDeaths += Long.parseLong(v.get("death_sentences"));
            }
        }
        out.append("The year with most people sentenced in the appendix is ").append(peak == null ? "none" : peak.get(0))
                .append(" (").append(number(peakValue)).append("). ");
        out.append(capitalise(String.join("; ", parts))).append(". ");
        out.append("The two years hold ").append(number(greatTerrorDeaths)).append(" death sentences, ")
                .append(percent(greatTerrorDeaths, allDeaths)).append("% of the ").append(number(allDeaths))
                .append(" the yearly rows give for ").append(first(fb2)).append("–").append(last(fb2)).append('.');
        return out.toString();
    }

    /** (period_start, period_end) → measure → value (null when the cell gives no figure), sorted as pandas pivots. */
    private Map<List<String>, Map<String, String>> byYear(String sourceId) {
        Map<List<String>, Map<String, String>> out = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (RawRow r : data.observations(r -> r.text("source_id").equals(sourceId) && r.text("role").equals("value"), List.of())) {
            Map<String, String> year = out.computeIfAbsent(List.of(r.text("period_start"), r.text("period_end")), k -> new TreeMap<>());
            if (year.put(r.text("measure"), blankToNull(r.text("value"))) != null) {
                throw r.error("measure", "two values for one year and penalty in " + sourceId);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- mass operations

    Notebook massOperations() {
        List<String> scopes = List.of("mass_operations", "great_purge");
        List<String> measures = List.of("arrested", "sentenced", "death_sentences", "executed", "deaths");
        List<RawRow> rows = data.observations(r -> scopes.contains(r.text("scope")) && measures.contains(r.text("measure")),
                List.of("measure", "source_id", "observation_id"));
        Frame table = rowFrame(rows);
        Notebook nb = new Notebook("mass_operations");
        nb.markdown("# The mass operations of 1937–38: sentenced and executed, source by source\n\n**Finding.** "
                + ranges(rows, measures) + "\n\n" + PIPELINE_FIGURE);
        nb.code(SETUP);
        nb.markdown("## Every source's figure\n\nObservations for the mass operations as a whole (" + code("mass_operations")
                + ") and for what a source calls the Great Purge (" + code("great_purge") + "), one row per figure, with the "
                + "bounds its qualifier implies.");
        nb.code("""
                MEASURES = ["arrested", "sentenced", "death_sentences", "executed", "deaths"]
                COLUMNS = ["measure", "source_id", "scope", "period_start", "period_end", "value", "qualifier", "lower", "upper"]
                selected = obs[obs["scope"].isin(["mass_operations", "great_purge"]) & obs["measure"].isin(MEASURES)]
                mass = selected.sort_values(["measure", "source_id", "observation_id"]).reset_index(drop=True)[COLUMNS]
                mass""", table);
        nb.code(boundsCell("mass", "Mass operations: each source's figure with its bounds"),
                boundsPng(table, "Mass operations: each source's figure with its bounds"), NotebookCharts.FIGURE_TEXT);
        nb.markdown(NotebookText.sources(rows, data));
        nb.markdown("## Caveats\n\n"
                + "- Sources use *executed* for death sentences and the other way round; the measures are kept as each "
                + "source names them and the checks treat them as distinct.\n"
                + "- " + code("great_purge") + " means whatever a source calls the Great Purge; its time span and scope "
                + "differ by source (see each row's note in `observations.csv`).\n"
                + "- " + qualified(rows) + " of the " + rows.size() + " figures are not exact; their bounds come from the "
                + "rules in `datasets/vocab/qualifiers.csv`.");
        return nb;
    }

    // ---------------------------------------------------------------- red army

    Notebook redArmy() {
        List<String> measures = List.of("discharged", "arrested", "reinstated");
        List<RawRow> rows = data.observations(r -> r.text("scope").startsWith("red_army") && measures.contains(r.text("measure")),
                List.of("measure", "period_start", "period_end", "source_id", "observation_id"));
        Frame table = rowFrame(rows);
        Notebook nb = new Notebook("red_army");
        nb.markdown("# The purge of the Red Army: discharged, arrested, reinstated\n\n**Finding.** " + ranges(rows, measures)
                + "\n\n" + PIPELINE_FIGURE);
        nb.code(SETUP);
        nb.markdown("## Every source's figure\n\nObservations whose scope is part of the Red Army (" + code("red_army_*")
                + "), for the three measures, with the bounds each qualifier implies. Periods differ from source to source: "
                + "compare rows only when `period_start`, `period_end` and `scope` agree.");
        nb.code("""
                COLUMNS = ["measure", "source_id", "scope", "period_start", "period_end", "value", "qualifier", "lower", "upper"]
                selected = obs[obs["scope"].str.startswith("red_army") & obs["measure"].isin(["discharged", "arrested", "reinstated"])]
                army = selected.sort_values(["measure", "period_start", "period_end", "source_id", "observation_id"])
                army = army.reset_index(drop=True)[COLUMNS]
                army""", table);
        nb.code(boundsCell("army", "Red Army: each source's figure with its bounds"),
                boundsPng(table, "Red Army: each source's figure with its bounds"), NotebookCharts.FIGURE_TEXT);
        nb.markdown(NotebookText.sources(rows, data));
        nb.markdown("## Caveats\n\n"
                + "- *Discharged* includes those later arrested; *reinstated* are discharged commanders returned to service. "
                + "The groups overlap, so they must not be added up.\n"
                + "- Scopes differ: command staff only, command and political staff, political staff alone, senior officers.\n"
                + "- " + qualified(rows) + " of the " + rows.size() + " figures are not exact (\"nearly 10,000\", \"over 11,000\"): "
                + "the bounds, not the printed number, say what the source claims.");
        return nb;
    }

    // ---------------------------------------------------------------- national operations

    private static final List<String> NATIONAL = List.of("national_operations", "polish_operation", "german_operation",
            "harbin_operation", "latvian_operation");

    Notebook nationalOperations() {
        List<String> measures = List.of("sentenced", "executed", "death_sentences");
        List<RawRow> rows = data.observations(r -> NATIONAL.contains(r.text("scope")) && measures.contains(r.text("measure")),
                List.of("scope", "measure", "source_id", "observation_id"));
        Frame table = rowFrame(rows);
        List<List<String>> shares = new ArrayList<>();
        for (RawRow s : rows) {
            for (RawRow e : rows) {
                if (s.text("measure").equals("sentenced") && e.text("measure").equals("executed")
                        && List.of("scope", "source_id", "period_start", "period_end").stream().allMatch(k -> s.text(k).equals(e.text(k)))) {
                    shares.add(java.util.Arrays.asList(s.text("scope"), s.text("source_id"), s.text("period_start"), s.text("period_end"),
                            s.text("observation_id"), blankToNull(s.text("value")), e.text("observation_id"),
                            blankToNull(e.text("value")), share(s.text("value"), e.text("value"))));
                }
            }
        }
        shares.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1))
                .thenComparing(r -> r.get(4)).thenComparing(r -> r.get(6)));
        Frame shareTable = new Frame(List.of("scope", "source_id", "period_start", "period_end", "observation_id_sentenced",
                "value_sentenced", "observation_id_executed", "value_executed", "share_executed"),
                Set.of("value_sentenced", "value_executed", "share_executed"), shares);
        Notebook nb = new Notebook("national_operations");
        nb.markdown("# The national operations: sentenced, executed, and the share executed\n\n**Finding.** "
                + sharesFinding(shareTable) + "\n\n" + PIPELINE_FIGURE);
        nb.code(SETUP);
        nb.markdown("## Every source's figure, operation by operation");
        nb.code("""
                NATIONAL = ["national_operations", "polish_operation", "german_operation", "harbin_operation", "latvian_operation"]
                COLUMNS = ["measure", "source_id", "scope", "period_start", "period_end", "value", "qualifier", "lower", "upper"]
                selected = obs[obs["scope"].isin(NATIONAL) & obs["measure"].isin(["sentenced", "executed", "death_sentences"])]
                national = selected.sort_values(["scope", "measure", "source_id", "observation_id"]).reset_index(drop=True)
                national[COLUMNS]""", table);
        nb.markdown("## Share executed\n\nOnly where one source gives both *sentenced* and *executed* for the same operation "
                + "and period: share executed = executed ÷ sentenced × 100, rounded to one decimal. A source that gives two "
                + "sentenced figures gives two rows.");
        nb.code("""
                keys = ["scope", "source_id", "period_start", "period_end"]
                sentenced = national[national["measure"] == "sentenced"][keys + ["observation_id", "value"]]
                executed = national[national["measure"] == "executed"][keys + ["observation_id", "value"]]
                shares = sentenced.merge(executed, on=keys, suffixes=("_sentenced", "_executed"))
                shares["share_executed"] = (shares["value_executed"] / shares["value_sentenced"] * 100).round(1)
                shares = shares.sort_values(["scope", "source_id", "observation_id_sentenced", "observation_id_executed"])
                shares = shares.reset_index(drop=True)
                shares""", shareTable);
        nb.code("""
                bar_chart(shares["scope"] + ": " + shares["source_id"], {"share executed": shares["share_executed"]},
                          "National operations: share of the sentenced who were executed", "percent")""",
                NotebookCharts.bars("National operations: share of the sentenced who were executed", "percent",
                        shares.stream().map(r -> r.get(0) + ": " + r.get(1)).toList(),
                        List.of(new NotebookCharts.Series("share executed", numbers(shareTable, "share_executed")))),
                NotebookCharts.FIGURE_TEXT);
        nb.markdown(NotebookText.sources(rows, data));
        nb.markdown("## Caveats\n\n"
                + "- Where a source gives *death sentences* rather than *executed*, no share is computed: the two are "
                + "distinct measures (some death sentences were commuted).\n"
                + "- Several web sources copy one another (see each source's note); agreement between copies is not "
                + "independent confirmation.\n"
                + "- " + qualified(rows) + " of the " + rows.size() + " figures are not exact.");
        return nb;
    }

    private static String sharesFinding(Frame shares) {
        if (shares.rows().isEmpty()) {
            return "No source gives both sentenced and executed for the same operation and period.";
        }
        List<String> parts = new ArrayList<>();
        for (List<String> r : shares.rows()) {
            parts.add(r.get(8) + "% for " + code(r.get(0)) + " in " + code(r.get(1)) + " (" + number(r.get(7)) + " of "
                    + number(r.get(5)) + ")");
        }
        return "Where one source gives both figures, the share of the sentenced who were executed is " + String.join("; ", parts) + ".";
    }

    // ---------------------------------------------------------------- order 00447

    Notebook order00447() {
        List<RawRow> totals = data.observations(r -> r.text("scope").equals("order_00447") && r.text("geography").equals("ussr"),
                List.of("measure", "period_start", "period_end", "source_id", "observation_id"));
        List<RawRow> regional = data.observations(r -> r.text("scope").equals("order_00447") && !r.text("geography").equals("ussr")
                && r.text("measure").startsWith("limit"), List.of("geography", "measure", "source_id", "observation_id"));
        Frame totalTable = rowFrame(totals);
        List<String> regionalColumns = List.of("geography", "measure", "source_id", "period_start", "value", "qualifier");
        Frame regionalTable = frame(regional, regionalColumns);
        Set<String> regions = new TreeSet<>();
        Set<String> regionalSources = new TreeSet<>();
        regional.forEach(r -> {
            regions.add(r.text("geography"));
            regionalSources.add(r.text("source_id"));
        });
        Set<String> measures = new TreeSet<>();
        totals.forEach(r -> measures.add(r.text("measure")));
        List<RawRow> shown = new ArrayList<>(totals);
        shown.addAll(regional);

        Notebook nb = new Notebook("order_00447");
        nb.markdown("# Order No. 00447: limits, totals and outcomes\n\n**Finding.** " + ranges(totals, new ArrayList<>(measures))
                + " Regional limits are given for " + regions.size() + " regions by " + regionalSources.size() + " sources.\n\n"
                + PIPELINE_FIGURE);
        nb.code(SETUP);
        nb.markdown("## Totals for the USSR\n\nThe limits the order set on 30 July 1937 and what sources report was done "
                + "under it, each with its period: counts to a date (e.g. to 15 August 1937) are not totals for the operation.");
        nb.code("""
                COLUMNS = ["measure", "source_id", "scope", "period_start", "period_end", "value", "qualifier", "lower", "upper"]
                kulak = obs[obs["scope"] == "order_00447"]
                totals = kulak[kulak["geography"] == "ussr"]
                totals = totals.sort_values(["measure", "period_start", "period_end", "source_id", "observation_id"])
                totals = totals.reset_index(drop=True)[COLUMNS]
                totals""", totalTable);
        nb.code(boundsCell("totals", "Order No. 00447, USSR: each source's figure with its bounds"),
                boundsPng(totalTable, "Order No. 00447, USSR: each source's figure with its bounds"), NotebookCharts.FIGURE_TEXT);
        nb.markdown("## Regional limits\n\nFirst category: to be shot; second category: to camps. One row per region, measure "
                + "and source.");
        nb.code("""
                regional = kulak[(kulak["geography"] != "ussr") & kulak["measure"].str.startswith("limit")]
                regional = regional.sort_values(["geography", "measure", "source_id", "observation_id"]).reset_index(drop=True)
                regional[["geography", "measure", "source_id", "period_start", "value", "qualifier"]]""", regionalTable);
        nb.markdown(NotebookText.sources(shown, data));
        nb.markdown("## Caveats\n\n"
                + "- Limits are quotas set in advance, not counts of victims; they were raised repeatedly during the operation.\n"
                + "- Regional limit tables in the online copies are partial and their region names follow the order's text; "
                + "geography ids are in `datasets/clean/geographies.csv`.\n"
                + "- " + qualified(totals) + " of the " + totals.size() + " USSR figures are not exact (ranges, \"over\", "
                + "\"approximately\").");
        return nb;
    }

    // ---------------------------------------------------------------- timeline

    private static final List<String> MONTHS = List.of("1937-05", "1937-06", "1937-07", "1937-08");

    Notebook timeline() {
        Predicate<RawRow> inWindow = r -> r.text("date_start").compareTo("1937-05") >= 0 && r.text("date_start").compareTo("1937-09") < 0;
        List<RawRow> events = data.events(inWindow, List.of("date_start", "event_id"));
        List<String> columns = List.of("date_start", "date_end", "date_precision", "event_type", "description", "source_id");
        Frame table = frame(events, columns);
        Map<String, Long> perMonth = new LinkedHashMap<>();
        MONTHS.forEach(m -> perMonth.put(m, 0L));
        events.forEach(e -> perMonth.merge(e.text("date_start").substring(0, 7), 1L, Long::sum));
        Frame counts = new Frame(List.of("month", "events"), Set.of("events"), perMonth.entrySet().stream()
                .map(e -> List.of(e.getKey(), Long.toString(e.getValue()))).toList());
        Set<String> sources = new TreeSet<>();
        events.forEach(e -> sources.add(e.text("source_id")));
        String busiest = perMonth.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("none");

        Notebook nb = new Notebook("timeline");
        nb.markdown("# Timeline, May–August 1937\n\n**Finding.** `events.csv` dates " + events.size() + " events to May–August "
                + "1937, from " + sources.size() + " source(s); the month with most is " + busiest + " (" + perMonth.getOrDefault(busiest, 0L)
                + " events).\n\n" + PIPELINE_FIGURE);
        nb.code(SETUP);
        nb.markdown("## The events\n\nEvents whose start date falls in May–August 1937, in date order. A date printed only to "
                + "the month sorts before the days of that month (`date_precision` says which).");
        nb.code("""
                events = read_csv("events.csv")
                window = events[(events["date_start"] >= "1937-05") & (events["date_start"] < "1937-09")]
                window = window.sort_values(["date_start", "event_id"]).reset_index(drop=True)
                window[["date_start", "date_end", "date_precision", "event_type", "description", "source_id"]]""", table);
        nb.code("""
                MONTHS = ["1937-05", "1937-06", "1937-07", "1937-08"]
                per_month = window["date_start"].str[:7].value_counts().reindex(MONTHS, fill_value=0)
                per_month = per_month.rename_axis("month").reset_index(name="events")
                per_month""", counts);
        nb.code("""
                bar_chart(per_month["month"], {"events": per_month["events"]}, "Dated events per month, May–August 1937", "events")""",
                NotebookCharts.bars("Dated events per month, May–August 1937", "events", List.copyOf(perMonth.keySet()),
                        List.of(new NotebookCharts.Series("events", perMonth.values().stream().map(Long::doubleValue).toList()))),
                NotebookCharts.FIGURE_TEXT);
        nb.markdown(NotebookText.sources(events, data));
        nb.markdown("## Caveats\n\n"
                + "- The events are those the project's sources date; a month with few events is a month the sources say "
                + "little about, not a quiet month.\n"
                + "- Dates are as printed (`date_as_printed` in `events.csv`); a date known only to the month counts in that month.");
        return nb;
    }

    // ---------------------------------------------------------------- reconciliation (when the check stage has run)

    Notebook reconciliation() {
        RawTable rec = data.table("reconciliation.csv");
        List<RawRow> rows = CleanData.sorted(rec.rows(), List.of("concept", "observation_id"));
        List<String> columns = List.of("concept", "source_id", "value", "qualifier", "lower", "upper", "reliability",
                "median_of_sources", "relative_difference_from_median");
        Frame table = new Frame(columns, Set.of(), rows.stream().map(r -> columns.stream().map(r::text).toList()).toList());
        Map<String, Integer> perConcept = new TreeMap<>();
        rows.forEach(r -> perConcept.merge(r.text("concept"), 1, Integer::sum));
        String concept = perConcept.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
        List<RawRow> chartRows = rows.stream().filter(r -> r.text("concept").equals(concept)).toList();
        String label = chartRows.isEmpty() ? "" : chartRows.get(0).text("concept_label");

        Notebook nb = new Notebook("reconciliation");
        nb.markdown("# Reconciliation: one concept, every source's value\n\n**Finding.** `reconciliation.csv` compares "
                + perConcept.size() + " concepts across sources (" + rows.size() + " values). The concept with most sources is "
                + code(concept == null ? "none" : concept) + " (" + md(label) + "), with " + chartRows.size() + " values.\n\n"
                + PIPELINE_FIGURE);
        nb.code(SETUP);
        nb.markdown("## Every source's value beside the median of all sources\n\nNumbers are shown as published (text), "
                + "so nothing is rounded on the way.");
        nb.code("""
                COLUMNS = ["concept", "source_id", "value", "qualifier", "lower", "upper", "reliability", "median_of_sources",
                           "relative_difference_from_median"]
                reconciliation = read_csv("reconciliation.csv").sort_values(["concept", "observation_id"]).reset_index(drop=True)
                reconciliation[COLUMNS]""", table);
        List<Double> values = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (RawRow r : chartRows) {
            values.add(toDouble(r.text("value")));
            lower.add(toDouble(r.text("lower")));
            upper.add(toDouble(r.text("upper")));
        }
        String title = "Reconciliation: " + concept;
        nb.code("""
                counts = reconciliation.groupby("concept").size().reset_index(name="n")
                concept = counts.sort_values(["n", "concept"], ascending=[False, True])["concept"].iloc[0]
                one = reconciliation[reconciliation["concept"] == concept]
                bounds_chart(one["source_id"], one[["value", "lower", "upper"]].replace("", pd.NA).apply(pd.to_numeric),
                             "Reconciliation: " + concept, "value")""",
                NotebookCharts.bounds(title, "value", chartRows.stream().map(r -> r.text("source_id")).toList(), values, lower, upper),
                NotebookCharts.FIGURE_TEXT);
        List<String> ids = chartRows.stream().map(r -> r.text("observation_id")).toList();
        List<RawRow> shown = data.observations(r -> ids.contains(r.text("observation_id")), List.of("source_id", "observation_id"));
        nb.markdown(NotebookText.sources(shown, data));
        nb.markdown("## Caveats\n\n"
                + "- The median of sources is a yardstick, not an estimate of the truth: copies of one source count as many.\n"
                + "- Values are compared only within one concept (same measure, scope and period); `checks.csv` (topic "
                + "`reconciliation`) says which disagreements are explained.");
        return nb;
    }

    // ---------------------------------------------------------------- shared pieces

    /** The Python of a bounds chart over a table of observation rows, labelled by source and measure. */
    private static String boundsCell(String variable, String title) {
        return "bounds_chart(" + variable + "[\"source_id\"] + \": \" + " + variable + "[\"measure\"] + \" \" + " + variable
                + "[\"period_start\"], " + variable + ",\n             \"" + title + "\", \"persons\")";
    }

    private static byte[] boundsPng(Frame table, String title) {
        List<String> labels = new ArrayList<>();
        int source = table.columns().indexOf("source_id");
        int measure = table.columns().indexOf("measure");
        int start = table.columns().indexOf("period_start");
        for (List<String> r : table.rows()) {
            labels.add(r.get(source) + ": " + r.get(measure) + " " + r.get(start));
        }
        return NotebookCharts.bounds(title, "persons", labels, numbers(table, "value"), numbers(table, "lower"),
                numbers(table, "upper"));
    }

    private static Frame rowFrame(List<RawRow> rows) {
        return frame(rows, ROW_COLUMNS);
    }

    /** Rows as pandas shows them: text as is; value and bounds as nullable whole numbers. */
    static Frame frame(List<RawRow> rows, List<String> columns) {
        List<List<String>> out = new ArrayList<>();
        for (RawRow r : rows) {
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                String v = r.text(c);
                row.add(WHOLE_NUMBERS.contains(c) ? blankToNull(v) : v);
            }
            out.add(row);
        }
        Set<String> numeric = new java.util.HashSet<>(WHOLE_NUMBERS);
        numeric.retainAll(columns);
        return new Frame(columns, numeric, out);
    }

    /** Per measure: how many figures, the smallest and the largest, each with its source. */
    private static String ranges(List<RawRow> rows, List<String> measures) {
        List<String> parts = new ArrayList<>();
        for (String m : measures) {
            List<RawRow> valued = rows.stream().filter(r -> r.text("measure").equals(m) && !r.text("value").isEmpty())
                    .sorted(Comparator.comparing((RawRow r) -> Long.parseLong(r.text("value"))).thenComparing(r -> r.text("observation_id")))
                    .toList();
            long boundsOnly = rows.stream().filter(r -> r.text("measure").equals(m) && r.text("value").isEmpty()).count();
            if (valued.isEmpty() && boundsOnly == 0) {
                continue;
            }
            StringBuilder p = new StringBuilder(code(m)).append(": ");
            if (valued.size() == 1) {
                p.append("one figure, ").append(number(valued.get(0).text("value"))).append(" (").append(code(valued.get(0).text("source_id"))).append(")");
            } else if (!valued.isEmpty()) {
                RawRow lo = valued.get(0);
                RawRow hi = valued.get(valued.size() - 1);
                p.append(valued.size()).append(" figures, from ").append(number(lo.text("value"))).append(" (").append(code(lo.text("source_id")))
                        .append(", ").append(period(lo)).append(") to ").append(number(hi.text("value"))).append(" (")
                        .append(code(hi.text("source_id"))).append(", ").append(period(hi)).append(")");
            } else {
                p.append("no single figure");
            }
            if (boundsOnly > 0) {
                p.append(valued.isEmpty() ? ", " : "; ").append(boundsOnly).append(" more given only as a range");
            }
            parts.add(p.toString());
        }
        return parts.isEmpty() ? "No figures are published for this topic yet." : "Figures by measure: "
                + String.join("; ", parts) + ". Periods and scopes differ between sources; read them in the table.";
    }

    static String period(RawRow r) {
        String s = r.text("period_start");
        String e = r.text("period_end");
        if (s.isEmpty() && e.isEmpty()) {
            return "period not given";
        }
        return s.equals(e) ? s : s + " to " + e;
    }

    private static long qualified(List<RawRow> rows) {
        return rows.stream().filter(r -> !r.text("qualifier").equals("exact")).count();
    }

    /** pandas: Int64 ÷ Int64 × 100, rounded to one decimal (half to even on the double, as numpy rounds). */
    static String share(String sentenced, String executed) {
        if (sentenced.isEmpty() || executed.isEmpty()) {
            return null;
        }
        double x = Double.parseDouble(executed) / Double.parseDouble(sentenced) * 100;
        double rounded = Math.rint(x * 10) / 10;
        return BigDecimal.valueOf(rounded).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> column(Frame f, String name) {
        int i = f.columns().indexOf(name);
        return f.rows().stream().map(r -> r.get(i)).toList();
    }

    private static List<Double> numbers(Frame f, String name) {
        return column(f, name).stream().map(TopicNotebooks::toDouble).toList();
    }

    private static Double toDouble(String s) {
        return s == null || s.isEmpty() ? null : Double.valueOf(s);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String first(Map<List<String>, ?> years) {
        return years.isEmpty() ? "?" : years.keySet().iterator().next().get(0).substring(0, 4);
    }

    private static String last(Map<List<String>, ?> years) {
        String end = "?";
        for (List<String> k : years.keySet()) {
            end = k.get(1).substring(0, 4);
        }
        return end;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String resource(String name) {
        try (InputStream in = TopicNotebooks.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
