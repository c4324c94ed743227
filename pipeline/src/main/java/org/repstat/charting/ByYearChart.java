package org.repstat.charting;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * {@code kind: by_year}: years along the x axis, one layer of bars or points per declared column. A missing cell
 * draws nothing (missing, not zero) and the caption says which years have none; a row covering part of a year is
 * labelled so.
 */
final class ByYearChart implements ChartKind {

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        String x = spec.text("x", "period_start");
        List<Series> bars = Series.of(spec, "bars");
        List<Series> points = Series.of(spec, "points");
        // A year may have several rows (a figure for "1934" and one for "1934-01-01"): each series takes its figure
        // from the year's first row that gives one on a source that is not weak, else from the first that gives one.
        Map<Integer, List<PublishedRow>> byYear = new TreeMap<>();
        for (PublishedRow r : data.rows(spec)) {
            String v = r.text(x);
            if (v.length() >= 4) {
                byYear.computeIfAbsent(Integer.parseInt(v.substring(0, 4)), k -> new ArrayList<>()).add(r);
            }
        }
        List<Series> all = new ArrayList<>(bars);
        all.addAll(points);
        List<PublishedRow> best = byYear.values().stream().map(rows -> best(rows, all)).toList();
        XYChart chart = ChartKit.byYear(points.isEmpty() ? LegendPosition.InsideNE : LegendPosition.InsideNW);
        XYStyler s = chart.getStyler();
        s.setPlotGridVerticalLinesVisible(false);
        int first = byYear.keySet().stream().min(Integer::compare).orElse(0);
        int last = byYear.keySet().stream().max(Integer::compare).orElse(0);
        double top = 1;
        for (List<PublishedRow> rows : byYear.values()) {
            double stacked = 0;
            for (Series se : all) {
                PublishedRow r = pick(rows, se.column());
                BigDecimal v = r == null ? null : r.number(se.column());
                if (v != null && !weak(r, se.column())) {
                    stacked += se.stack() ? v.doubleValue() : 0;
                    top = Math.max(top, Math.max(stacked, v.doubleValue()));
                }
            }
        }
        s.setXAxisMin(bars.isEmpty() ? first - 1.0 : first - 0.8);
        s.setXAxisMax(bars.isEmpty() ? last + 1.0 : last + 0.8);
        s.setYAxisMin(0.0);
        s.setYAxisMax(top * (points.isEmpty() ? 1.12 : 1.15));
        chart.setXAxisTitle("year");
        chart.setYAxisTitle(spec.text("y_title", "people"));
        Layers layers = new Layers();
        for (int i = 0; i < bars.size(); i++) {
            Series se = bars.get(i);
            float width = i == 0 || se.stack() ? 18f : 10f; // a second, unstacked bar is drawn narrower, in front
            layers.lines(se.label(), se.colour(data.palette(), i), width, true);
            if (se.highlightLabel() != null) {
                layers.lines(se.highlightLabel(), data.palette().of(se.measure() + "_highlight", i + 1), width, true);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            layers.points(points.get(i).label(), points.get(i).colour(data.palette(), i), SeriesMarkers.CIRCLE, true);
        }
        List<Figure.Cited> cited = new ArrayList<>();
        Map<String, List<String>> missing = new TreeMap<>();
        List<String> partial = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Map.Entry<Integer, List<PublishedRow>> e : byYear.entrySet()) {
            int year = e.getKey();
            double stacked = 0;
            for (Series se : bars) {
                PublishedRow r = pick(e.getValue(), se.column());
                BigDecimal v = r == null ? null : r.number(se.column());
                if (v == null) {
                    missing.computeIfAbsent(se.label(), k -> new ArrayList<>()).add(String.valueOf(year));
                    continue;
                }
                cited.addAll(data.cited(r, se.column()));
                if (weak(r, se.column())) {
                    weak.add(year + " (" + se.label() + ")");
                    continue;
                }
                double from = se.stack() ? stacked : 0;
                layers.segment(se.highlights(year) ? se.highlightLabel() : se.label(), year, from, year, from + v.doubleValue());
                stacked = se.stack() ? from + v.doubleValue() : stacked;
            }
            for (Series se : points) {
                PublishedRow r = pick(e.getValue(), se.column());
                if (r != null) {
                    BigDecimal v = r.number(se.column());
                    cited.addAll(data.cited(r, se.column()));
                    if (weak(r, se.column())) {
                        weak.add(year + " (" + se.label() + ")");
                        continue;
                    }
                    layers.point(se.label(), year, v.doubleValue());
                    if (bars.isEmpty()) { // over bars a value label would stand on a bar and read as its value: the table gives it
                        chart.addAnnotation(new AnnotationText(ChartStyle.count(v), year, v.doubleValue() + top * 0.05, false));
                    }
                }
            }
            String span = partOfYear(best(e.getValue(), all));
            if (span != null) {
                partial.add(span);
                if (!bars.isEmpty()) {
                    chart.addAnnotation(new AnnotationText(span + " only ↓", year - 2.2, top * 0.2, false));
                }
            }
        }
        layers.drawOn(chart);
        DataTable table = table(spec, byYear, all, data);
        String caption = spec.caption();
        for (Map.Entry<String, List<String>> m : missing.entrySet()) {
            caption += " No figure is given for " + m.getKey() + " in " + String.join(", ", m.getValue())
                    + ": those years have no bar (missing, not zero).";
        }
        if (!partial.isEmpty()) {
            caption += " The row for " + String.join(", ", partial) + " covers part of the year only.";
        }
        for (Map.Entry<Integer, List<PublishedRow>> e : byYear.entrySet()) {
            for (Series se : all) {
                PublishedRow p = pick(e.getValue(), se.column());
                String note = p == null ? "" : p.text(se.column() + "_note");
                if (note.startsWith("probably misprinted")) {
                    caption += " † " + e.getKey() + ", " + se.label() + ": " + note.split("; ")[0] + ".";
                }
            }
        }
        if (!weak.isEmpty()) {
            caption += " Figures resting on a weak source only are in the table, not drawn: " + String.join(", ", weak) + ".";
        }
        String title = Findings.title(spec, best, data);
        String alt = "Chart by year, " + first + " to " + last + ", of " + String.join(" and ",
                all.stream().map(Series::label).toList()) + ". " + title + ".";
        return List.of(new Figure(spec.id(), spec.id(), topic.id(), title, caption, alt, table, cited, chart));
    }

    /** "January–June 1953" for a row whose period covers part of its year, else null. */
    static String partOfYear(PublishedRow r) {
        String start = r.text("period_start");
        String end = r.text("period_end");
        if (start.length() > 4 && !start.equals(end) && end.length() > 4 && start.substring(0, 4).equals(end.substring(0, 4))) {
            return month(start) + "–" + month(end) + " " + start.substring(0, 4);
        }
        return null;
    }

    static String month(String iso) {
        return java.time.Month.of(Integer.parseInt(iso.substring(5, 7))).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private static DataTable table(FigureSpec spec, Map<Integer, List<PublishedRow>> byYear, List<Series> series, ChartData data) {
        List<Ratio> ratios = Ratio.of(spec);
        List<Series> extra = Series.of(spec, "columns");
        List<String> header = new ArrayList<>(List.of("Year"));
        extra.forEach(se -> header.add(capitalise(se.label())));
        series.forEach(se -> header.add(capitalise(se.label())));
        ratios.forEach(q -> header.add(q.label()));
        header.add("Source");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<PublishedRow>> e : byYear.entrySet()) {
            PublishedRow r = best(e.getValue(), series);
            String span = partOfYear(r);
            List<String> row = new ArrayList<>(List.of(span == null ? String.valueOf(e.getKey()) : e.getKey() + " (" + span + " only)"));
            extra.forEach(se -> row.add(Cells.text(r, se.column())));
            List<String> sources = new ArrayList<>();
            for (Series se : series) {
                PublishedRow p = pick(e.getValue(), se.column());
                row.add(p == null ? "not given" : Cells.figure(p, se.column()) + (weak(p, se.column()) ? " (weak source: not drawn)" : "")
                        + (p != null && p.text(se.column() + "_note").startsWith("probably misprinted") ? " †" : ""));
                if (p != null) {
                    sources.add(p.has(se.column() + "_source") ? p.text(se.column() + "_source") : p.text("source"));
                }
            }
            for (Ratio q : ratios) {
                row.add(q.text(r));
            }
            row.add(String.join("; ", sources.stream().filter(t -> !t.isEmpty()).distinct().toList()));
            rows.add(row);
        }
        return new DataTable(header, rows);
    }

    /** The year's row that gives {@code column}: the first not resting on a weak source only, else the first; null if none. */
    static PublishedRow pick(List<PublishedRow> rows, String column) {
        PublishedRow any = null;
        for (PublishedRow r : rows) {
            if (r.number(column) != null) {
                if (!weak(r, column)) {
                    return r;
                }
                any = any == null ? r : any;
            }
        }
        return any;
    }

    /** The year's row a finding, a ratio and the year's label read: the one giving most figures not resting on weak sources. */
    static PublishedRow best(List<PublishedRow> rows, List<Series> series) {
        PublishedRow best = rows.get(0);
        long most = -1;
        for (PublishedRow r : rows) {
            long n = series.stream().filter(se -> r.number(se.column()) != null && !weak(r, se.column())).count();
            if (n > most) {
                best = r;
                most = n;
            }
        }
        return best;
    }

    /** A figure resting on a weak source only ({@code <column>_reliability}, else the row's reliability): never drawn. */
    static boolean weak(PublishedRow r, String column) {
        return (r.has(column + "_reliability") ? r.text(column + "_reliability") : r.text("reliability")).equals("weak");
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A share of one column in another, declared in {@code ratios}. */
    record Ratio(String label, String part, String whole) {
        static List<Ratio> of(FigureSpec spec) {
            List<Ratio> out = new ArrayList<>();
            if (spec.option("ratios") == null) {
                return out;
            }
            for (var n : spec.option("ratios").list()) {
                var f = n.mapping();
                out.add(new Ratio(org.repstat.io.Yaml.required(n, f, "label").text(), org.repstat.io.Yaml.required(n, f, "part").text(),
                        org.repstat.io.Yaml.required(n, f, "whole").text()));
            }
            return out;
        }

        String text(PublishedRow r) {
            BigDecimal p = r.number(part);
            BigDecimal w = r.number(whole);
            return p == null || w == null || w.signum() == 0 ? "" : Cells.percent(p.doubleValue() / w.doubleValue());
        }
    }

    static Color unused() {
        return null;
    }
}
