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
        Map<Integer, PublishedRow> byYear = new TreeMap<>();
        for (PublishedRow r : data.rows(spec)) {
            String v = r.text(x);
            if (v.length() >= 4) {
                byYear.putIfAbsent(Integer.parseInt(v.substring(0, 4)), r);
            }
        }
        List<Series> all = new ArrayList<>(bars);
        all.addAll(points);
        XYChart chart = ChartKit.byYear(points.isEmpty() ? LegendPosition.InsideNE : LegendPosition.InsideNW);
        XYStyler s = chart.getStyler();
        s.setPlotGridVerticalLinesVisible(false);
        int first = byYear.keySet().stream().min(Integer::compare).orElse(0);
        int last = byYear.keySet().stream().max(Integer::compare).orElse(0);
        double top = 1;
        for (PublishedRow r : byYear.values()) {
            for (Series se : all) {
                BigDecimal v = r.number(se.column());
                if (v != null) {
                    top = Math.max(top, v.doubleValue());
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
            float width = i == 0 ? 18f : 10f;
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
        for (Map.Entry<Integer, PublishedRow> e : byYear.entrySet()) {
            int year = e.getKey();
            PublishedRow r = e.getValue();
            for (Series se : bars) {
                BigDecimal v = r.number(se.column());
                if (v == null) {
                    missing.computeIfAbsent(se.label(), k -> new ArrayList<>()).add(String.valueOf(year));
                    continue;
                }
                layers.segment(se.highlights(year) ? se.highlightLabel() : se.label(), year, 0, year, v.doubleValue());
                cited.addAll(data.cited(r, se.column()));
            }
            for (Series se : points) {
                BigDecimal v = r.number(se.column());
                if (v != null) {
                    layers.point(se.label(), year, v.doubleValue());
                    chart.addAnnotation(new AnnotationText(ChartStyle.count(v), year, v.doubleValue() + top * 0.05, false));
                    cited.addAll(data.cited(r, se.column()));
                }
            }
            String span = partOfYear(r);
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
        String title = Findings.title(spec, new ArrayList<>(byYear.values()), data);
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

    private static DataTable table(FigureSpec spec, Map<Integer, PublishedRow> byYear, List<Series> series, ChartData data) {
        List<Ratio> ratios = Ratio.of(spec);
        List<String> header = new ArrayList<>(List.of("Year"));
        series.forEach(se -> header.add(capitalise(se.label())));
        ratios.forEach(q -> header.add(q.label()));
        header.add("Source");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Integer, PublishedRow> e : byYear.entrySet()) {
            PublishedRow r = e.getValue();
            String span = partOfYear(r);
            List<String> row = new ArrayList<>(List.of(span == null ? String.valueOf(e.getKey()) : e.getKey() + " (" + span + " only)"));
            for (Series se : series) {
                BigDecimal v = r.number(se.column());
                row.add(v == null ? "not given" : Cells.figure(r, se.column()));
            }
            for (Ratio q : ratios) {
                row.add(q.text(r));
            }
            row.add(String.join("; ", series.stream().map(se -> r.text(se.column() + "_source")).filter(t -> !t.isEmpty())
                    .distinct().toList()));
            rows.add(row);
        }
        return new DataTable(header, rows);
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
