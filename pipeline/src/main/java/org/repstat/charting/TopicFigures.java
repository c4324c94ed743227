package org.repstat.charting;

import static org.repstat.charting.Rows.num;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.repstat.charting.PublishedData.Obs;

/**
 * The figures of the report, one method per topic. Every title states what the data show and is computed from the
 * published rows (no figure is typed here); every figure keeps the rows it drew, so the report can cite them.
 */
public final class TopicFigures {

    /** The appendix copy the convictions chart draws (the other copy is compared by the checks). */
    static final String LEWIN = "lewin-2005-appendix-fb2";

    private final PublishedData data;

    public TopicFigures(PublishedData data) {
        this.data = data;
    }

    public List<Figure> all() {
        List<Figure> out = new ArrayList<>();
        out.add(convictions());
        out.add(massOperations());
        out.add(redArmy());
        out.add(nationalOperations());
        out.add(order00447Limits());
        out.add(order00447Outcomes());
        out.add(timeline());
        out.addAll(new Reconciliation(data).figures());
        gulag().ifPresent(out::add);
        return out;
    }

    private List<Obs> values() {
        return data.observations().stream().filter(Obs::isValue).toList();
    }

    // ---- convictions ------------------------------------------------------------------------------------------

    Figure convictions() {
        List<Obs> rows = values().stream().filter(o -> o.dataset().equals(LEWIN) && o.scope().equals("all_nkvd_cases")
                && (o.measure().equals("sentenced") || o.measure().equals("death_sentences"))).toList();
        Map<Integer, Obs> sentenced = new TreeMap<>();
        Map<Integer, Obs> deaths = new TreeMap<>();
        for (Obs o : rows) {
            int year = Integer.parseInt(o.periodStart().substring(0, 4));
            (o.measure().equals("sentenced") ? sentenced : deaths).put(year, o);
        }
        XYChart chart = ChartKit.byYear(LegendPosition.InsideNE);
        XYStyler s = chart.getStyler();
        s.setPlotGridVerticalLinesVisible(false);
        int first = sentenced.keySet().stream().min(Integer::compare).orElse(1921);
        int last = sentenced.keySet().stream().max(Integer::compare).orElse(1953);
        s.setXAxisMin(first - 0.8);
        s.setXAxisMax(last + 0.8);
        double top = sentenced.values().stream().mapToDouble(Rows::sortValue).max().orElse(1);
        s.setYAxisMin(0.0);
        s.setYAxisMax(top * 1.12);
        chart.setXAxisTitle("year");
        chart.setYAxisTitle("people sentenced");
        Layers layers = new Layers()
                .lines("sentenced, all penalties", ChartStyle.SKY, 18f, true)
                .lines("sentenced in 1937–38 (the Great Terror)", ChartStyle.BLUE, 18f, true)
                .lines("of whom sentenced to death", ChartStyle.VERMILION, 10f, true);
        for (Map.Entry<Integer, Obs> e : sentenced.entrySet()) {
            boolean terror = e.getKey() == 1937 || e.getKey() == 1938;
            if (e.getValue().value() != null) {
                layers.segment(terror ? "sentenced in 1937–38 (the Great Terror)" : "sentenced, all penalties",
                        e.getKey(), 0, e.getKey(), e.getValue().value().doubleValue());
            }
        }
        for (Map.Entry<Integer, Obs> e : deaths.entrySet()) {
            if (e.getValue().value() != null) {
                layers.segment("of whom sentenced to death", e.getKey(), 0, e.getKey(), e.getValue().value().doubleValue());
            }
        }
        layers.drawOn(chart);
        List<String> partial = new ArrayList<>();
        for (Obs o : sentenced.values()) {
            if (!o.periodStart().equals(o.periodEnd()) && o.periodStart().length() > 4) {
                int year = Integer.parseInt(o.periodStart().substring(0, 4));
                String span = monthName(o.periodStart()) + "–" + monthName(o.periodEnd()) + " " + year;
                partial.add(span);
                chart.addAnnotation(new AnnotationText(span + " only ↓", year - 2.2, top * 0.2, false));
            }
        }
        double deaths3738 = 0;
        double deathsAll = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Integer, Obs> e : deaths.entrySet()) {
            if (e.getValue().value() == null) {
                missing.add(String.valueOf(e.getKey()));
                continue;
            }
            deathsAll += e.getValue().value().doubleValue();
            if (e.getKey() == 1937 || e.getKey() == 1938) {
                deaths3738 += e.getValue().value().doubleValue();
            }
        }
        String title = "Two years, 1937 and 1938, account for " + Rows.percent(deaths3738 / deathsAll)
                + " of the death sentences of " + first + "–" + last;
        DataTable.Builder t = new DataTable.Builder("Year", "Sentenced (all penalties)", "Sentenced to death",
                "Death sentences as a share of all sentenced");
        for (Map.Entry<Integer, Obs> e : sentenced.entrySet()) {
            Obs sOb = e.getValue();
            Obs d = deaths.get(e.getKey());
            String year = sOb.periodStart().length() > 4 && !sOb.periodStart().equals(sOb.periodEnd())
                    ? e.getKey() + " (" + monthName(sOb.periodStart()) + "–" + monthName(sOb.periodEnd()) + " only)"
                    : String.valueOf(e.getKey());
            String deathCell = d == null || d.value() == null ? "not given (" + (d == null ? "no row" : d.asPrinted()) + ")" : num(d.value());
            String share = d == null || d.value() == null || sOb.value() == null ? ""
                    : Rows.percent(d.value().doubleValue() / sOb.value().doubleValue());
            t.row(year, num(sOb.value()), deathCell, share);
        }
        String caption = "People sentenced on cases of the Cheka, OGPU, NKVD and MGB for counter-revolutionary and "
                + "particularly dangerous state crimes, by year, as printed in the appendix of Lewin (2005), copy "
                + LEWIN + ". Light bars: all penalties; dark blue: 1937–38; red: the death sentences among them. "
                + (missing.isEmpty() ? "" : "The table prints no death-sentence figure for " + String.join(" and ", missing)
                        + ": those years have no red bar (missing, not zero). ")
                + (partial.isEmpty() ? "" : "The last row covers " + String.join(", ", partial) + " only. ")
                + "The table's own TOTAL row is not drawn; the checks compare it with the sum of the years.";
        return new Figure("convictions-by-year", Topic.CONVICTIONS, title, caption, t.build(), Rows.cited(rows), chart);
    }

    private static String monthName(String isoMonth) {
        if (isoMonth.length() < 7) {
            return isoMonth;
        }
        return java.time.Month.of(Integer.parseInt(isoMonth.substring(5, 7)))
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    // ---- mass operations --------------------------------------------------------------------------------------

    Figure massOperations() {
        List<String> measures = List.of("sentenced", "death_sentences", "executed");
        List<String> scopes = List.of("mass_operations", "great_purge", "all_nkvd_cases");
        List<Obs> rows = values().stream().filter(o -> o.inPersons() && measures.contains(o.measure())
                && scopes.contains(o.scope()) && !o.dataset().startsWith("lewin-2005"))
                .sorted(Rows.byGroupThenSize(measures)).toList();
        List<ChartKit.RangeRow> rr = rows.stream().map(o -> Rows.rangeRow(Rows.sourceLabel(data, o.sourceId()) + " · "
                + shortScope(o.scope()) + " · " + o.period(), data.measureLabel(o.measure()), o)).toList();
        String title = pairedTitle("mass_operations").orElse("Sentenced and executed in the mass operations, by source");
        XYChart chart = ChartKit.rangeChart("people", rr, Rows.colors(data.measureLabel("sentenced"),
                data.measureLabel("death_sentences"), data.measureLabel("executed")));
        String caption = "Each row is one source's figure for the mass operations of 1937–38 or for the wider Great "
                + "Purge (the label says which). Solid bars are exact counts; a pale band is the range a qualifier "
                + "(\"approximately\", \"over\", \"between\") allows, with the printed figure as a diamond. Sentences to "
                + "death and executions are kept apart: not every death sentence was carried out.";
        return new Figure("mass-operations", Topic.MASS_OPERATIONS, title, caption,
                Rows.observationTable(data, rows), Rows.cited(rows), chart);
    }

    private String shortScope(String scope) {
        return switch (scope) {
            case "mass_operations" -> "mass operations";
            case "great_purge" -> "Great Purge";
            case "all_nkvd_cases" -> "all NKVD cases";
            default -> data.scopeLabel(scope);
        };
    }

    /** "Of approximately 1,150,000 people sentenced in the mass operations, 683,000 were shot (59%)". */
    private Optional<String> pairedTitle(String scope) {
        Map<String, Obs> sentenced = new TreeMap<>();
        Map<String, Obs> executed = new TreeMap<>();
        for (Obs o : values()) {
            if (o.scope().equals(scope) && o.value() != null && o.inPersons()) {
                if (o.measure().equals("sentenced")) {
                    sentenced.putIfAbsent(o.sourceId(), o);
                } else if (o.measure().equals("executed")) {
                    executed.putIfAbsent(o.sourceId(), o);
                }
            }
        }
        return sentenced.keySet().stream().filter(executed::containsKey)
                .min(Comparator.comparingInt((String id) -> Rows.reliabilityRank(data, id)).thenComparing(id -> id))
                .map(id -> {
                    Obs s = sentenced.get(id);
                    Obs e = executed.get(id);
                    return "Of " + words(s) + " people sentenced in " + data.scopeLabel(scope) + ", " + words(e)
                            + " were shot: about " + Math.round(10 * e.value().doubleValue() / s.value().doubleValue())
                            + " in 10 (" + id + ")";
                });
    }

    private static String words(Obs o) {
        return "exact".equals(o.qualifier()) ? num(o.value()) : o.qualifier().replace('_', ' ') + " " + num(o.value());
    }

    // ---- Red Army ---------------------------------------------------------------------------------------------

    Figure redArmy() {
        List<String> measures = List.of("discharged", "arrested", "reinstated");
        List<String> scopes = List.of("red_army_command_staff", "red_army_command_and_political_staff");
        List<Obs> rows = values().stream().filter(o -> o.inPersons() && measures.contains(o.measure())
                && scopes.contains(o.scope()) && o.periodStart().startsWith("1937")
                && (o.periodEnd().startsWith("1938") || o.periodEnd().startsWith("1939")))
                .sorted(Rows.byGroupThenSize(measures)).toList();
        List<String> matches = new ArrayList<>();
        for (String m : measures) {
            rows.stream().filter(o -> o.measure().equals(m) && !"exact".equals(o.qualifier()) && o.value() != null)
                    .findFirst().ifPresent(q -> rows.stream()
                            .filter(o -> o.measure().equals(m) && "exact".equals(o.qualifier()) && o.scope().equals(q.scope())
                                    && q.lower() != null && o.value().compareTo(q.lower()) >= 0
                                    && (q.upper() == null || o.value().compareTo(q.upper()) <= 0))
                            .findFirst()
                            .ifPresent(x -> matches.add(words(q) + " " + data.measureLabel(m) + " (archive: " + num(x.value()) + ")")));
        }
        String title = matches.isEmpty() ? "Red Army command staff discharged, arrested and reinstated, by source"
                : "The rounded figures hold: " + String.join(", ", matches);
        List<ChartKit.RangeRow> rr = rows.stream().map(o -> Rows.rangeRow(Rows.sourceLabel(data, o.sourceId()) + " · "
                + o.period() + (o.scope().equals("red_army_command_and_political_staff") ? " · incl. political staff" : ""),
                data.measureLabel(o.measure()), o)).toList();
        XYChart chart = ChartKit.rangeChart("commanders (people)", rr,
                Rows.colors(data.measureLabel("discharged"), data.measureLabel("arrested"), data.measureLabel("reinstated")));
        String caption = "Red Army commanders discharged, arrested and later reinstated, 1937–38 (some sources to 1939), "
                + "one row per source's figure. Rounded figures (\"approximately\", \"nearly\", \"over\") are drawn as the "
                + "range their wording allows, never as exact bars: an arrow points to where the true count lies. The "
                + "solid bars are exact counts from archival reports and the books that print them. Some counts are "
                + "sub-groups (see the Note column).";
        return new Figure("red-army-purge", Topic.RED_ARMY, title, caption, Rows.observationTable(data, rows),
                Rows.cited(rows), chart);
    }

    // ---- national operations ----------------------------------------------------------------------------------

    /** A source's sentenced and executed (or sentenced-to-death) figures for one operation. */
    record Pair(Obs sentenced, Obs killed) {
        double share() {
            return killed.value().doubleValue() / sentenced.value().doubleValue();
        }
    }

    Figure nationalOperations() {
        Map<String, List<Pair>> byOperation = new TreeMap<>();
        Map<String, Obs> sentenced = new TreeMap<>();
        Map<String, Obs> killed = new TreeMap<>();
        for (Obs o : values()) {
            if (!o.scope().endsWith("_operation") || !o.inPersons() || !"exact".equals(o.qualifier())
                    || !o.periodStart().startsWith("1937")) {
                continue;
            }
            String key = o.scope() + "|" + o.sourceId();
            if (o.measure().equals("sentenced")) {
                sentenced.putIfAbsent(key, o);
            } else if (o.measure().equals("executed") || o.measure().equals("death_sentences")) {
                killed.merge(key, o, (a, b) -> a.measure().equals("executed") ? a : b);
            }
        }
        for (String key : sentenced.keySet()) {
            if (killed.containsKey(key)) {
                byOperation.computeIfAbsent(key.substring(0, key.indexOf('|')), k -> new ArrayList<>())
                        .add(new Pair(sentenced.get(key), killed.get(key)));
            }
        }
        List<Pair> chosen = new ArrayList<>();
        for (List<Pair> pairs : byOperation.values()) {
            pairs.stream().min(Comparator.comparingInt((Pair p) -> Rows.reliabilityRank(data, p.sentenced().sourceId()))
                    .thenComparing(p -> p.sentenced().sourceId())).ifPresent(chosen::add);
        }
        chosen.sort(Comparator.comparingDouble((Pair p) -> p.sentenced().value().doubleValue()).reversed());
        Pair low = chosen.stream().min(Comparator.comparingDouble(Pair::share)).orElseThrow();
        Pair high = chosen.stream().max(Comparator.comparingDouble(Pair::share)).orElseThrow();
        String title = (low.share() > 0.5 ? "In every national operation most of those sentenced were shot: "
                : "Share of the sentenced who were shot: ")
                + "from " + Rows.percent(low.share()) + " (" + opName(low) + ") to " + Rows.percent(high.share())
                + " (" + opName(high) + ")";
        List<String> labels = chosen.stream().map(p -> opName(p) + " · " + Rows.sourceLabel(data, p.sentenced().sourceId())).toList();
        double reach = chosen.stream().mapToDouble(p -> p.sentenced().value().doubleValue()).max().orElse(1);
        Layers layers = new Layers().lines("sentenced", ChartStyle.SKY, 20f, true)
                .lines("of whom shot (or sentenced to death, where the source says so)", ChartStyle.VERMILION, 20f, true);
        int n = chosen.size();
        for (int i = 0; i < n; i++) {
            Pair p = chosen.get(i);
            double y = n - i;
            layers.segment("sentenced", 0, y, p.sentenced().value().doubleValue(), y);
            layers.segment("of whom shot (or sentenced to death, where the source says so)", 0, y, p.killed().value().doubleValue(), y);
            layers.label(num(p.sentenced().value()) + " sentenced, " + Rows.percent(p.share()) + " "
                    + (p.killed().measure().equals("executed") ? "shot" : "sentenced to death"),
                    p.sentenced().value().doubleValue() + reach * 0.01, y, false);
        }
        XYChart chart = ChartKit.rows("people", labels, reach * 1.6, layers);
        DataTable.Builder t = new DataTable.Builder("Operation", "Source", "Reliability", "Sentenced",
                "Shot or sentenced to death", "Which", "Share", "Drawn");
        List<Obs> cited = new ArrayList<>();
        for (List<Pair> pairs : byOperation.values()) {
            for (Pair p : pairs) {
                t.row(data.scopeLabel(p.sentenced().scope()), p.sentenced().sourceId(),
                        data.source(p.sentenced().sourceId()).reliability(), num(p.sentenced().value()),
                        num(p.killed().value()), data.measureLabel(p.killed().measure()), Rows.percent(p.share()),
                        chosen.contains(p) ? "yes" : "no");
                cited.add(p.sentenced());
                cited.add(p.killed());
            }
        }
        String caption = "Each operation against a national group, with the people sentenced (pale bar) and those "
                + "among them shot (red bar), from the one source that gives both figures exactly; where several "
                + "do, the most reliable is drawn and all are in the table. Some sources give death sentences "
                + "rather than executions; the label says which. Sources marked [weak] are copies of encyclopedia "
                + "text, shown for comparison.";
        return new Figure("national-operations", Topic.NATIONAL_OPERATIONS, title, caption, t.build(),
                Rows.cited(cited), chart);
    }

    private String opName(Pair p) {
        String label = data.scopeLabel(p.sentenced().scope());
        return label.startsWith("the ") ? label.substring(4) : label;
    }

    // ---- Order 00447 ------------------------------------------------------------------------------------------

    Figure order00447Limits() {
        Map<String, Obs> first = new TreeMap<>();
        Map<String, Obs> second = new TreeMap<>();
        for (Obs o : values()) {
            if (!o.scope().equals("order_00447") || o.value() == null || !o.periodStart().equals("1937-07-30")
                    || o.geography().equals("ussr") || o.geography().equals("nkvd_camps")) {
                continue;
            }
            String key = o.geography() + "|" + o.sourceId();
            if (o.measure().equals("limit_first_category")) {
                first.put(key, o);
            } else if (o.measure().equals("limit_second_category")) {
                second.put(key, o);
            }
        }
        Map<String, Obs[]> regions = new TreeMap<>();
        for (String key : first.keySet()) {
            if (second.containsKey(key)) {
                String geo = key.substring(0, key.indexOf('|'));
                Obs[] pair = {first.get(key), second.get(key)};
                regions.merge(geo, pair, (a, b) -> Rows.reliabilityRank(data, a[0].sourceId())
                        <= Rows.reliabilityRank(data, b[0].sourceId()) ? a : b);
            }
        }
        List<Map.Entry<String, Obs[]>> ranked = regions.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Obs[]> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey)).toList();
        int top = Math.min(15, ranked.size());
        List<Map.Entry<String, Obs[]>> shown = ranked.subList(0, top);
        Optional<Obs> totalLimit = bestSupported("limit_total");
        Optional<Obs> firstLimit = bestSupported("limit_first_category");
        Map.Entry<String, Obs[]> biggest = ranked.get(0);
        String title = "Order No. 00447 set quotas region by region: the largest in this table, " + data.geographyLabel(biggest.getKey())
                + ", " + num(BigDecimal.valueOf(total(biggest.getValue()))) + totalLimit.map(o -> "; the whole order: "
                + num(o.value()) + firstLimit.map(f -> ", " + num(f.value()) + " of them to be shot").orElse("")).orElse("");
        Layers layers = new Layers().lines("first category: to be shot", ChartStyle.VERMILION, 20f, true)
                .lines("second category: to be sent to camps", ChartStyle.SKY, 20f, true);
        for (int i = 0; i < top; i++) {
            Obs[] p = shown.get(i).getValue();
            double y = top - i;
            double f = p[0].value().doubleValue();
            double tot = total(p);
            layers.segment("first category: to be shot", 0, y, f, y);
            layers.segment("second category: to be sent to camps", f, y, tot, y);
            layers.label(num(p[0].value()) + " + " + num(p[1].value()) + " = " + num(BigDecimal.valueOf(tot)), tot, y, false);
        }
        XYChart chart = ChartKit.rows("people (limit set on 30 July 1937)",
                shown.stream().map(e -> data.geographyLabel(e.getKey()) + " · " + Rows.sourceLabel(data, e.getValue()[0].sourceId())).toList(),
                ChartKit.axisMax(total(biggest.getValue())), layers);
        DataTable.Builder t = new DataTable.Builder("Region", "First category (shoot)", "Second category (camps)",
                "Total", "Source", "Drawn");
        List<Obs> cited = new ArrayList<>();
        for (Map.Entry<String, Obs[]> e : ranked) {
            Obs[] p = e.getValue();
            t.row(data.geographyLabel(e.getKey()), num(p[0].value()), num(p[1].value()),
                    num(BigDecimal.valueOf(total(p))), p[0].sourceId(), shown.contains(e) ? "yes" : "no (not in the top " + top + ")");
            cited.add(p[0]);
            cited.add(p[1]);
        }
        List<Obs> totals = values().stream().filter(o -> o.scope().equals("order_00447") && o.measure().startsWith("limit")
                && (o.geography().equals("ussr") || o.geography().equals("nkvd_camps"))).sorted(Comparator.comparing(Obs::id)).toList();
        for (Obs o : totals) {
            t.row("whole order (" + data.geographyLabel(o.geography()) + "): " + data.measureLabel(o.measure()),
                    o.measure().equals("limit_first_category") ? num(o.value()) : "",
                    o.measure().equals("limit_second_category") ? num(o.value()) : "",
                    o.measure().equals("limit_total") ? num(o.value()) : "", o.sourceId(), "no (total)");
            cited.add(o);
        }
        String caption = "Order No. 00447 of 30 July 1937 fixed, for each region, how many people were to be shot "
                + "(first category, red) and sent to camps (second category, blue). The " + top + " largest regional "
                + "limits in the tables we hold are drawn; the table lists all " + ranked.size()
                + " regions and the order's totals as each source gives them. The regional tables we hold are "
                + "partial copies: regions missing from them are not zero.";
        return new Figure("order-00447-limits", Topic.ORDER_00447, title, caption, t.build(), Rows.cited(cited), chart);
    }

    private static double total(Obs[] pair) {
        return pair[0].value().doubleValue() + pair[1].value().doubleValue();
    }

    /** The whole-order figure most sources give; ties go to the more reliable source. */
    private Optional<Obs> bestSupported(String measure) {
        List<Obs> all = values().stream().filter(o -> o.scope().equals("order_00447") && o.geography().equals("ussr")
                && o.measure().equals(measure) && o.value() != null).toList();
        Map<BigDecimal, List<Obs>> byValue = all.stream().collect(Collectors.groupingBy(Obs::value, TreeMap::new, Collectors.toList()));
        return byValue.values().stream().max(Comparator.comparingInt((List<Obs> l) -> l.size())
                .thenComparing(l -> -l.stream().mapToInt(o -> Rows.reliabilityRank(data, o.sourceId())).min().orElse(9))
                .thenComparing(l -> l.get(0).value())).map(l -> l.get(0));
    }

    Figure order00447Outcomes() {
        List<String> measures = List.of("limit_first_category", "arrested", "sentenced", "executed");
        List<Obs> rows = values().stream().filter(o -> o.scope().equals("order_00447") && o.geography().equals("ussr")
                && o.inPersons() && measures.contains(o.measure())
                && (o.measure().startsWith("limit") || o.periodEnd().equals("1938") || o.periodEnd().startsWith("1938-11")))
                .sorted(Rows.byGroupThenSize(measures)).toList();
        List<ChartKit.RangeRow> rr = rows.stream().map(o -> Rows.rangeRow(Rows.sourceLabel(data, o.sourceId()) + " · "
                + o.period(), data.measureLabel(o.measure()), o)).toList();
        double lowShot = rows.stream().filter(o -> o.measure().equals("executed"))
                .mapToDouble(o -> (o.lower() != null ? o.lower() : o.value()).doubleValue()).min().orElse(0);
        double highShot = rows.stream().filter(o -> o.measure().equals("executed"))
                .mapToDouble(o -> (o.upper() != null ? o.upper() : o.value()).doubleValue()).max().orElse(0);
        String title = bestSupported("limit_first_category").map(f -> "Planned in July 1937: " + num(f.value())
                + " to be shot. Counted afterwards: " + num(BigDecimal.valueOf(lowShot)) + "–" + num(BigDecimal.valueOf(highShot))
                + " shot, by source").orElse("Order No. 00447: limits and outcomes, by source");
        XYChart chart = ChartKit.rangeChart("people", rr, Rows.colors(data.measureLabel("limit_first_category"),
                data.measureLabel("arrested"), data.measureLabel("sentenced"), data.measureLabel("executed")));
        String caption = "The first-category limit the order set for the whole country (people to be shot) beside what "
                + "sources count afterwards for the whole operation (August 1937 – November 1938): arrested, sentenced "
                + "and shot. Ranges are drawn where a source gives a range or a qualified figure. Intermediate counts "
                + "(to 30 September 1937, to 1 January 1938) are in the published data but not drawn here.";
        return new Figure("order-00447-outcomes", Topic.ORDER_00447, title, caption, Rows.observationTable(data, rows),
                Rows.cited(rows), chart);
    }

    // ---- timeline ---------------------------------------------------------------------------------------------

    Figure timeline() {
        return new Timeline(data).figure();
    }

    // ---- Gulag ------------------------------------------------------------------------------------------------

    Optional<Figure> gulag() {
        List<Obs> rows = values().stream().filter(o -> o.measure().equals("prisoners") && o.inPersons())
                .sorted(Comparator.comparing(Obs::periodStart).thenComparing(Obs::id)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = ChartKit.byYear(LegendPosition.InsideNW);
        XYStyler s = chart.getStyler();
        s.setYAxisMin(0.0);
        chart.setXAxisTitle("year (points on 1 January where the source says so)");
        chart.setYAxisTitle("prisoners");
        Map<String, Color> colors = new LinkedHashMap<>();
        Layers layers = new Layers();
        for (Obs o : rows) {
            Color c = colors.computeIfAbsent(o.scope(), k -> ChartStyle.PALETTE[colors.size()]);
            layers.points(data.scopeLabel(o.scope()), c, SeriesMarkers.CIRCLE, true);
        }
        layers.lines("range the wording allows (\"almost\")", ChartStyle.translucent(ChartStyle.GREY, 140), 8f, true);
        double minYear = 9999;
        double maxYear = 0;
        double top = 0;
        for (Obs o : rows) {
            double x = yearFraction(o.periodStart());
            minYear = Math.min(minYear, x);
            maxYear = Math.max(maxYear, x);
            top = Math.max(top, Rows.sortValue(o));
            if (o.value() != null) {
                layers.point(data.scopeLabel(o.scope()), x, o.value().doubleValue());
            }
            if (!"exact".equals(o.qualifier()) && o.lower() != null && o.upper() != null) {
                layers.segment("range the wording allows (\"almost\")", x, o.lower().doubleValue(), x, o.upper().doubleValue());
            }
        }
        s.setXAxisMin(Math.floor(minYear) - 1);
        s.setXAxisMax(Math.ceil(maxYear) + 1);
        s.setYAxisMax(top * 1.15);
        layers.drawOn(chart);
        // The finding compares counts of the same scope from sources that are not weak: a tertiary page's figure
        // is drawn for comparison but never becomes the headline.
        List<Obs> camps = rows.stream().filter(o -> o.scope().equals("gulag_camps") && o.value() != null
                && !data.source(o.sourceId()).reliability().equals("weak")).toList();
        String title = "Gulag population by year";
        if (camps.size() >= 2) {
            Obs a = camps.get(0);
            Obs b = camps.get(camps.size() - 1);
            title = "The camps held " + num(a.value()) + " prisoners in " + a.periodStart().substring(0, 4) + " and "
                    + num(b.value()) + " in " + b.periodStart().substring(0, 4) + ": "
                    + new BigDecimal(b.value().doubleValue() / a.value().doubleValue()).round(new MathContext(2)).toPlainString()
                    + " times as many";
        }
        for (Obs o : rows) {
            if (o.value() != null) {
                chart.addAnnotation(new AnnotationText(num(o.value()), yearFraction(o.periodStart()), o.value().doubleValue() + top * 0.05, false));
            }
        }
        String caption = "Prisoners held in the Gulag's corrective-labour camps, and (where a source counts them together) "
                + "in camps, colonies and prisons, as the sources we hold print them. The years between are not "
                + "interpolated: a gap is a year no source we hold gives.";
        return Optional.of(new Figure("gulag-population", Topic.GULAG, title, caption, Rows.observationTable(data, rows),
                Rows.cited(rows), chart));
    }

    private static double yearFraction(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }
}
