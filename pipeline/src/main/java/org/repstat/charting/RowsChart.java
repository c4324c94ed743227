package org.repstat.charting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * {@code kind: rows}: one horizontal row per row of an answer table (a region, an operation), its columns drawn as
 * bars side by side from zero or stacked ({@code stack: true}), the largest first ({@code sort_by}, {@code top}).
 * A row whose figures all rest on weak sources is listed in the table, not drawn.
 */
final class RowsChart implements ChartKind {

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        List<Series> bars = Series.of(spec, "bars");
        String sortBy = spec.text("sort_by", bars.get(0).column());
        int top = Integer.parseInt(spec.text("top", "1000"));
        String annotate = spec.text("annotate", "");
        String template = spec.text("label", "{geography}");
        List<PublishedRow> rows = data.rows(spec).stream()
                .sorted(Comparator.comparingDouble((PublishedRow r) -> -value(r, sortBy)).thenComparing(r -> r.values(r.spec().primaryKey()).toString()))
                .toList();
        List<PublishedRow> drawable = rows.stream().filter(r -> !weakRow(r, bars)).toList();
        List<PublishedRow> shown = drawable.subList(0, Math.min(top, drawable.size()));
        boolean stack = bars.stream().anyMatch(Series::stack);
        String totalLayer = "total as printed (its parts not printed)";
        Layers layers = new Layers();
        for (int i = 0; i < bars.size(); i++) {
            layers.lines(bars.get(i).label(), bars.get(i).colour(data.palette(), i), 20f, true);
        }
        if (stack) {
            layers.lines(totalLayer, data.palette().of("limit_total", 6), 20f, true);
        }
        double reach = shown.stream().mapToDouble(r -> Math.max(value(r, sortBy), sum(r, bars))).max().orElse(1);
        int n = shown.size();
        for (int i = 0; i < n; i++) {
            PublishedRow r = shown.get(i);
            double y = n - i;
            double at = 0;
            double end = 0;
            for (Series s : bars) {
                BigDecimal v = r.number(s.column());
                if (v == null) {
                    continue;
                }
                double from = stack ? at : 0;
                layers.segment(s.label(), from, y, from + v.doubleValue(), y);
                at = from + v.doubleValue();
                end = Math.max(end, at);
            }
            double total = value(r, sortBy);
            if (stack && total > at + 0.5) {
                layers.segment(totalLayer, at, y, total, y);
                end = total;
            }
            layers.label(annotation(annotate, r, bars, sortBy, spec), end + reach * 0.01, y, false);
        }
        XYChart chart = ChartKit.rows(spec.text("x_title", "people"),
                shown.stream().map(r -> data.fill(template, r)).toList(), reach * 1.45, layers);
        List<Figure.Cited> cited = new ArrayList<>();
        for (PublishedRow r : rows) {
            for (Series s : bars) {
                cited.addAll(data.cited(r, s.column()));
            }
        }
        String title = Findings.title(spec, shown, data);
        String caption = spec.caption();
        if (drawable.size() < rows.size()) {
            caption += " " + (rows.size() - drawable.size()) + " rows rest on weak sources only: they are in the table, not drawn.";
        }
        String alt = "Chart of " + n + " rows, " + String.join(" and ", bars.stream().map(Series::label).toList())
                + ", largest first. " + title + ".";
        return List.of(new Figure(spec.id(), spec.id(), topic.id(), title, caption, alt,
                table(rows, shown, drawable, bars, Series.of(spec, "columns"), sortBy, template, data), cited, chart));
    }

    static double value(PublishedRow r, String column) {
        BigDecimal v = r.number(column);
        return v == null ? 0 : v.doubleValue();
    }

    private static double sum(PublishedRow r, List<Series> bars) {
        return bars.stream().mapToDouble(s -> value(r, s.column())).sum();
    }

    static boolean weakRow(PublishedRow r, List<Series> bars) {
        Set<String> grades = new LinkedHashSet<>();
        for (Series s : bars) {
            if (r.number(s.column()) != null) {
                grades.add(r.text(s.column() + "_reliability"));
            }
        }
        return !grades.isEmpty() && grades.stream().allMatch("weak"::equals);
    }

    private static String annotation(String kind, PublishedRow r, List<Series> bars, String sortBy, FigureSpec spec) {
        switch (kind) {
            case "share" -> {
                BigDecimal part = r.number(spec.text("part", bars.get(bars.size() - 1).column()));
                BigDecimal whole = r.number(spec.text("whole", bars.get(0).column()));
                String wholeColumn = spec.text("whole", bars.get(0).column());
                if (part == null || whole == null || whole.signum() == 0) {
                    return Cells.figure(r, wholeColumn);
                }
                return Cells.figure(r, wholeColumn) + " " + bars.get(0).label() + ", " + Cells.percent(part.doubleValue() / whole.doubleValue())
                        + " " + (r.text(spec.text("part", "") + "_measure").equals("death_sentences") ? "sentenced to death" : "shot");
            }
            case "sum" -> {
                List<String> parts = bars.stream().map(s -> r.number(s.column()) == null ? "?" : Cells.num(r.number(s.column()))).toList();
                return String.join(" + ", parts) + " = " + Cells.num(r.number(sortBy));
            }
            default -> {
                return Cells.num(r.number(sortBy));
            }
        }
    }

    private static DataTable table(List<PublishedRow> rows, List<PublishedRow> shown, List<PublishedRow> drawable,
                                   List<Series> bars, List<Series> extra, String sortBy, String template, ChartData data) {
        List<String> header = new ArrayList<>(List.of("Row"));
        extra.forEach(se -> header.add(ByYearChart.capitalise(se.label())));
        List<String> columns = new ArrayList<>(bars.stream().map(Series::column).toList());
        if (!columns.contains(sortBy)) {
            columns.add(sortBy);
        }
        for (String c : columns) {
            header.add(ByYearChart.capitalise(c.replace('_', ' ')));
            header.add("Source (" + c.replace('_', ' ') + ")");
        }
        header.add("Drawn");
        List<List<String>> out = new ArrayList<>();
        for (PublishedRow r : rows) {
            List<String> row = new ArrayList<>(List.of(data.fill(template, r)));
            extra.forEach(se -> row.add(Cells.text(r, se.column())));
            for (String c : columns) {
                row.add(Cells.figure(r, c));
                String src = r.text(c + "_source");
                String rel = r.text(c + "_reliability");
                row.add(src.isEmpty() ? "" : src + (rel.isEmpty() ? "" : " [" + rel + "]"));
            }
            row.add(shown.contains(r) ? "yes" : drawable.contains(r) ? "no (not among the largest)" : "no (weak sources only)");
            out.add(row);
        }
        return new DataTable(header, out);
    }
}
