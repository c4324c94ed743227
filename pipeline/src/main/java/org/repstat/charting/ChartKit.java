package org.repstat.charting;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart shapes the report uses, built on XChart's XY chart: horizontal rows (one per source's figure, region or
 * operation) with long readable labels on the left, and ranges drawn from the published lower and upper bounds.
 */
public final class ChartKit {

    public static final int WIDTH = 1000;
    static final int ROW = 46;
    static final float BAR = 16f;

    private ChartKit() {
    }

    /** One row of a range chart: a source's figure with the bounds its wording allows. */
    public record RangeRow(String label, String group, BigDecimal value, String qualifier, BigDecimal lower,
                           BigDecimal upper) {
        boolean exact() {
            return value != null && lower != null && upper != null && lower.compareTo(value) == 0
                    && upper.compareTo(value) == 0;
        }

        double reach() {
            double r = 0;
            for (BigDecimal b : new BigDecimal[] {value, lower, upper}) {
                if (b != null) {
                    r = Math.max(r, b.doubleValue());
                }
            }
            return r;
        }

        /** "approximately 1,150,000", "over 11,000", "350,000–445,000", "not given". */
        String words() {
            if (value == null && lower == null && upper == null) {
                return "not given";
            }
            if (value == null) {
                return (lower == null ? "…" : ChartStyle.count(lower)) + "–" + (upper == null ? "…" : ChartStyle.count(upper));
            }
            return exact() ? ChartStyle.count(value) : ChartStyle.qualifierWords(qualifier) + ChartStyle.count(value);
        }
    }

    /**
     * Draws {@code layers} on an XY chart with one row per label, top to bottom at y = n … 1. Each row's label is
     * written above its bar, left-aligned: long source names stay readable and the bars keep the full width.
     */
    public static XYChart rows(String xTitle, List<String> labels, double xMax, Layers layers) {
        return rows(xTitle, labels, xMax, layers, chart -> { });
    }

    /** As {@link #rows(String, List, double, Layers)}, with {@code configure} applied before anything is laid out. */
    public static XYChart rows(String xTitle, List<String> labels, double xMax, Layers layers,
                               java.util.function.Consumer<XYChart> configure) {
        int n = labels.size();
        int entries = layers.legendCount();
        boolean horizontal = entries <= 3;
        XYChart chart = new XYChart(WIDTH, 90 + n * ROW + (horizontal ? 40 : 22 * entries + 16));
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle("");
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s);
        s.setYAxisTitleVisible(false);
        s.setYAxisTicksVisible(false);
        s.setYAxisMin(0.45);
        s.setYAxisMax(n + 0.75);
        s.setXAxisMin(0.0);
        s.setXAxisMax(ChartStyle.drawable(xMax, "the end of the x axis of '" + xTitle + "'"));
        s.setXAxisDecimalPattern("#,##0");
        s.setPlotGridHorizontalLinesVisible(false);
        s.setLegendPosition(LegendPosition.OutsideS);
        s.setLegendLayout(horizontal ? Styler.LegendLayout.Horizontal : Styler.LegendLayout.Vertical);
        s.setMarkerSize(11);
        for (int i = 0; i < n; i++) {
            layers.label(labels.get(i), 0, n - i + 0.42, false);
        }
        configure.accept(chart);
        layers.drawOn(chart);
        return chart;
    }

    /**
     * XChart drops every tick label of an axis when two labels are equal, so ticks between rows get distinct
     * strings of zero-width characters (they print as nothing; the tick written in binary).
     */
    static String invisible(double tick) {
        long code = Math.round(Math.abs(tick) * 1000);
        StringBuilder b = new StringBuilder(tick < 0 ? "\u2060" : "\u200D");
        for (String bit : Long.toBinaryString(code).split("")) {
            b.append(bit.equals("1") ? '\u200B' : '\u200C');
        }
        return b.toString();
    }


    /** A chart with years along the x axis (written 1937, not 1,937) and counts up the y axis. */
    public static XYChart byYear(LegendPosition legend) {
        XYChart chart = new XYChart(WIDTH, 560);
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s);
        s.setXAxisDecimalPattern("0");
        s.setYAxisDecimalPattern("#,##0");
        s.setLegendPosition(legend);
        return chart;
    }

    /** Room to the right of the longest bar for its value label. */
    public static double axisMax(double reach) {
        return reach * 1.3;
    }

    /**
     * Every row's figure: an exact count as a solid bar from zero; a qualified figure as a pale band from its lower
     * to its upper bound with the printed figure as a diamond, and an arrow where the wording points one way
     * ("over" → the true count lies to the right, "nearly" → to the left). Never a bar for a figure that is not exact.
     */
    public static XYChart rangeChart(String xTitle, List<RangeRow> rows, Map<String, Color> groupColors) {
        double reach = rows.stream().mapToDouble(RangeRow::reach).max().orElse(1);
        double xMax = axisMax(reach);
        Layers layers = new Layers();
        Map<String, Color> colors = new LinkedHashMap<>(groupColors);
        for (RangeRow r : rows) {
            Color c = colors.computeIfAbsent(r.group(), g -> ChartStyle.PALETTE[colors.size() % ChartStyle.PALETTE.length]);
            layers.lines(r.group(), c, BAR, true);
        }
        // A group with qualified figures only still needs its colour in the legend: a lone point draws no bar.
        for (String group : colors.keySet()) {
            if (rows.stream().noneMatch(r -> r.group().equals(group) && r.exact())
                    && rows.stream().anyMatch(r -> r.group().equals(group))) {
                layers.point(group, 0, rows.size());
            }
        }
        boolean qualified = rows.stream().anyMatch(r -> !r.exact() && (r.lower() != null || r.upper() != null));
        if (qualified) {
            // Legend only: one entry explains every pale band, whatever its colour. A single point draws no line.
            layers.lines("solid bar: exact count; pale band: range its wording allows", ChartStyle.translucent(ChartStyle.GREY, 90), BAR, true);
            layers.point("solid bar: exact count; pale band: range its wording allows", 0, rows.size());
        }
        for (RangeRow r : rows) {
            layers.lines(r.group() + ": range", ChartStyle.translucent(colors.get(r.group()), 90), BAR, false);
        }
        layers.points("figure as printed", ChartStyle.INK, SeriesMarkers.DIAMOND, true);
        layers.points("true count is higher", ChartStyle.INK, Arrow.RIGHT, true);
        layers.points("true count is lower", ChartStyle.INK, Arrow.LEFT, true);
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            RangeRow r = rows.get(i);
            double y = n - i;
            double end = 0;
            if (r.exact()) {
                end = r.value().doubleValue();
                layers.segment(r.group(), 0, y, end, y);
            } else if (r.lower() != null || r.upper() != null) {
                double lo = r.lower() != null ? r.lower().doubleValue() : 0;
                boolean open = r.upper() == null;
                double hi = open ? lo + reach * 0.08 : r.upper().doubleValue();
                layers.segment(r.group() + ": range", lo, y, Math.max(hi, lo + reach * 0.004), y);
                if (r.value() != null) {
                    layers.point("figure as printed", r.value().doubleValue(), y);
                }
                String q = r.qualifier();
                if (q.equals("over") || q.equals("at_least")) {
                    layers.point("true count is higher", hi, y);
                } else if (q.equals("nearly") || q.equals("at_most")) {
                    layers.point("true count is lower", lo, y);
                }
                end = hi;
            }
            layers.label(r.words(), end + reach * 0.01, y, false);
        }
        return rows(xTitle, rows.stream().map(RangeRow::label).toList(), xMax, layers);
    }
}
