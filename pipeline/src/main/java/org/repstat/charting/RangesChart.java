package org.repstat.charting;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * {@code kind: ranges}: one row per source's figure, grouped and coloured by a column (the measure), an exact count
 * as a solid bar, a qualified one as the range its wording allows. Figures that rest on a weak source are not drawn
 * — a student should not read a tertiary page's number as evidence — but stay in the table, marked.
 */
final class RangesChart implements ChartKind {

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        String group = spec.text("group", "measure");
        List<String> order = spec.option("order") == null ? List.of() : spec.option("order").texts();
        String template = spec.text("label", "{source} · {period}");
        List<PublishedRow> rows = data.rows(spec).stream().sorted(Comparator
                .<PublishedRow>comparingInt(r -> order.contains(r.text(group)) ? order.indexOf(r.text(group)) : order.size())
                .thenComparing(Comparator.comparingDouble(RangesChart::size).reversed())
                .thenComparing(r -> r.text("observation_id"))).toList();
        List<PublishedRow> drawn = rows.stream().filter(r -> !weak(r, data)).toList();
        Map<String, Color> colours = new LinkedHashMap<>();
        for (String g : order) {
            colours.put(groupLabel(group, g, data), data.palette().of(g, colours.size()));
        }
        List<ChartKit.RangeRow> rr = new ArrayList<>();
        for (PublishedRow r : drawn) {
            String g = groupLabel(group, r.text(group), data);
            colours.computeIfAbsent(g, k -> data.palette().of(r.text(group), colours.size()));
            rr.add(new ChartKit.RangeRow(data.fill(template, r), g, r.number("value"), r.text("qualifier"),
                    r.number("lower"), r.number("upper")));
        }
        colours.keySet().removeIf(g -> rr.stream().noneMatch(x -> x.group().equals(g)));
        XYChart chart = ChartKit.rangeChart(spec.text("x_title", "people"), rr, colours);
        List<Figure.Cited> cited = new ArrayList<>();
        for (PublishedRow r : rows) {
            cited.addAll(data.cited(r, "value"));
        }
        String title = Findings.title(spec, rows, data);
        String caption = spec.caption();
        long hidden = rows.size() - drawn.size();
        if (hidden > 0) {
            caption += " " + hidden + (hidden == 1 ? " figure rests" : " figures rest") + " on a weak source only and "
                    + (hidden == 1 ? "is" : "are") + " listed in the table, not drawn.";
        }
        String alt = "Chart of " + drawn.size() + " figures, one row per source, grouped by " + group.replace('_', ' ')
                + ": " + String.join(", ", colours.keySet()) + ". " + title + ".";
        return List.of(new Figure(spec.id(), spec.id(), topic.id(), title, caption, alt, table(rows, data), cited, chart));
    }

    static boolean weak(PublishedRow r, ChartData data) {
        String rel = r.has("reliability") ? r.text("reliability") : data.reliability(r.text("source_id"));
        return rel.equals("weak");
    }

    private static String groupLabel(String column, String value, ChartData data) {
        return switch (column) {
            case "measure" -> data.measure(value);
            case "scope" -> data.scope(value);
            default -> value;
        };
    }

    static double size(PublishedRow r) {
        BigDecimal v = r.number("value") != null ? r.number("value") : r.number("upper") != null ? r.number("upper") : r.number("lower");
        return v == null ? 0 : v.doubleValue();
    }

    /** The standard table of observations: what, whose, when, the words printed, the bounds they imply, the source. */
    static DataTable table(List<PublishedRow> rows, ChartData data) {
        DataTable.Builder t = new DataTable.Builder("Measure", "Value", "Qualifier", "Lower", "Upper", "As printed",
                "Scope", "Period", "Source", "Reliability", "Locator", "Drawn", "Note");
        for (PublishedRow r : rows) {
            t.row(data.field("measure", r), Cells.num(r.number("value")), r.text("qualifier"), Cells.num(r.number("lower")),
                    Cells.num(r.number("upper")), r.text("as_printed"), data.field("scope", r), data.field("period", r),
                    data.field("source", r), data.field("reliability", r), r.text("locator"),
                    weak(r, data) ? "no (weak source)" : "yes", r.text("note"));
        }
        return t.build();
    }
}
