package org.repstat.charting;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.repstat.geo.Outline;
import org.repstat.io.Yaml;
import org.repstat.published.PublishedRow;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * {@code kind: map}: one point per selected row at its {@code latitude} and {@code longitude}, on the Natural Earth
 * outline ({@code datasets/raw/natural-earth-world-atlas/outline.csv}: today's borders, a background, not data). A
 * point's size is the class of its figure in column {@code size} (classes by their upper limits, {@code classes});
 * a figure whose {@code <size>_qualifier} is not exact is a diamond, a row with no figure a small grey dot. A row
 * without coordinates, or whose figure rests on a weak source only, is listed in the table, not drawn.
 *
 * <p>Options: {@code size} (the column of the figure), {@code label} (a template naming a row in the table),
 * {@code classes} (ascending upper limits of the size classes), {@code columns} (more columns for the table).
 */
final class MapChart implements ChartKind {

    static final String OUTLINE_SOURCE = "natural-earth-world-atlas-2-0-2";
    static final List<Long> DEFAULT_CLASSES = List.of(5_000L, 20_000L, 50_000L);

    @Override
    public List<Figure> build(FigureSpec spec, TopicSpec topic, ChartData data) {
        String size = Yaml.required(spec.node(), spec.options(), "size").text();
        String template = spec.text("label", "{geography}");
        List<Long> classes = classes(spec);
        List<Series> extra = Series.of(spec, "columns");
        List<PublishedRow> selected = data.rows(spec);
        if (!data.spec(spec.from()).header().containsAll(List.of("latitude", "longitude"))) {
            throw spec.node().mapping().get("from").error("the map kind draws rows at their latitude and longitude: "
                    + spec.from() + " has no such columns");
        }
        List<PublishedRow> rows = selected.stream().sorted(Comparator
                .comparing((PublishedRow r) -> r.number(size) == null)
                .thenComparing(r -> r.number(size) == null ? BigDecimal.ZERO : r.number(size).negate())).toList();
        List<PublishedRow> drawn = new ArrayList<>();
        List<MapDrawing.Point> points = new ArrayList<>();
        int unplaced = 0;
        int weak = 0;
        DataTable.Builder table = new DataTable.Builder(header(extra, size));
        for (PublishedRow r : rows) {
            BigDecimal lat = r.number("latitude");
            BigDecimal lon = r.number("longitude");
            BigDecimal v = r.number(size);
            String why = lat == null || lon == null ? "no (no coordinates)" : v != null && ByYearChart.weak(r, size) ? "no (weak source only)" : "yes";
            unplaced += lat == null || lon == null ? 1 : 0;
            weak += why.equals("no (weak source only)") ? 1 : 0;
            if (why.equals("yes")) {
                drawn.add(r);
                points.add(new MapDrawing.Point(Outline.shift(lon.doubleValue()), lat.doubleValue(),
                        v == null ? null : v.doubleValue(), v == null || exact(r, size)));
            }
            List<String> cells = new ArrayList<>(List.of(data.fill(template, r)));
            extra.forEach(se -> cells.add(Cells.text(r, se.column())));
            cells.addAll(List.of(v == null ? "no figure" : Cells.num(v), v == null ? "" : r.text(size + "_qualifier"),
                    r.text("latitude"), r.text("longitude"), why));
            table.row(cells.toArray(String[]::new));
        }
        Outline outline = Outline.read(data.rawFile(Outline.FILE));
        String what = size.replace('_', ' ');
        Color colour = data.palette().of(size, 0);
        var chart = MapDrawing.draw(outline, points, classes, colour, what, "no figure given");
        List<Figure.Cited> cited = new ArrayList<>();
        for (PublishedRow r : rows) {
            cited.addAll(data.cited(r, size));
        }
        cited.add(new Figure.Cited("", OUTLINE_SOURCE, Outline.FILE));
        String title = Findings.title(spec, drawn, data);
        String caption = spec.caption();
        if (unplaced > 0) {
            caption += " " + unplaced + (unplaced == 1 ? " row has" : " rows have") + " no coordinates: listed in the table, not drawn.";
        }
        if (weak > 0) {
            caption += " " + weak + (weak == 1 ? " figure rests" : " figures rest") + " on a weak source only: listed in the table, not drawn.";
        }
        String alt = "Map of " + points.size() + " points on today's borders, sized by " + what + " in "
                + (classes.size() + 1) + " classes (" + String.join(", ", MapDrawing.classLabels(classes)) + "). " + title + ".";
        return List.of(new Figure(spec.id(), spec.id(), topic.id(), title, caption, alt, table.build(), cited, chart));
    }

    private static String[] header(List<Series> extra, String size) {
        List<String> h = new ArrayList<>(List.of("Name"));
        extra.forEach(se -> h.add(ByYearChart.capitalise(se.label())));
        h.addAll(List.of(ByYearChart.capitalise(size.replace('_', ' ')), "Qualifier", "Latitude °N", "Longitude °E", "Drawn"));
        return h.toArray(String[]::new);
    }

    /** A figure is drawn as exact only when its qualifier says so (or the table has no qualifiers). */
    private static boolean exact(PublishedRow r, String size) {
        return !r.has(size + "_qualifier") || r.text(size + "_qualifier").equals("exact");
    }

    /** The declared size classes: ascending positive upper limits. */
    static List<Long> classes(FigureSpec spec) {
        Yaml.Node n = spec.option("classes");
        if (n == null) {
            return DEFAULT_CLASSES;
        }
        List<Long> out = new ArrayList<>();
        for (Yaml.Node c : n.list()) {
            long v;
            try {
                v = Long.parseLong(c.text().replace("_", ""));
            } catch (NumberFormatException e) {
                throw c.error("expected a whole number (the upper limit of a size class), found '" + c.text() + "'");
            }
            if (v <= 0 || (!out.isEmpty() && v <= out.get(out.size() - 1))) {
                throw c.error("expected size classes in ascending order, above 0, found " + v);
            }
            out.add(v);
        }
        if (out.isEmpty()) {
            throw n.error("expected at least one class limit");
        }
        return out;
    }
}
