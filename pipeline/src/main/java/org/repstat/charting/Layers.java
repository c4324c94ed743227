package org.repstat.charting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws what XChart has no chart type for — bars from lines, one-sided ranges, arrows, value labels — as a few
 * named XY series whose pieces are separated by NaN (XChart leaves a gap there). One layer is one legend entry,
 * so the legend says what each mark means ("range the qualifier allows") rather than listing sources.
 */
public final class Layers {

    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final List<Label> labels = new ArrayList<>();

    private static final class Layer {
        final Color color;
        final float width;
        final Marker marker;
        final boolean line;
        final boolean inLegend;
        final List<Double> xs = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();

        Layer(Color color, float width, Marker marker, boolean line, boolean inLegend) {
            this.color = color;
            this.width = width;
            this.marker = marker;
            this.line = line;
            this.inLegend = inLegend;
        }
    }

    private record Label(String text, double x, double y, boolean leftOfAnchor) {
    }

    /** A layer of line pieces (bars, bands, whiskers), {@code width} pixels thick with square-cut ends. */
    public Layers lines(String name, Color color, float width, boolean inLegend) {
        layers.putIfAbsent(name, new Layer(color, width, SeriesMarkers.NONE, true, inLegend));
        return this;
    }

    /** A layer of markers only. */
    public Layers points(String name, Color color, Marker marker, boolean inLegend) {
        layers.putIfAbsent(name, new Layer(color, 0f, marker, false, inLegend));
        return this;
    }

    public Layers segment(String name, double x1, double y1, double x2, double y2) {
        Layer l = layer(name);
        if (!l.xs.isEmpty()) {
            l.xs.add(Double.NaN);
            l.ys.add(Double.NaN);
        }
        l.xs.add(x1);
        l.ys.add(y1);
        l.xs.add(x2);
        l.ys.add(y2);
        return this;
    }

    public Layers point(String name, double x, double y) {
        Layer l = layer(name);
        l.xs.add(x);
        l.ys.add(y);
        return this;
    }

    /** A text label whose left edge sits just right of (x, y), or whose right edge sits just left of it. */
    public Layers label(String text, double x, double y, boolean leftOfAnchor) {
        labels.add(new Label(text, x, y, leftOfAnchor));
        return this;
    }

    /** How many legend entries the drawn chart will have (empty layers are not drawn). */
    public int legendCount() {
        return (int) layers.values().stream().filter(l -> l.inLegend && !l.xs.isEmpty()).count();
    }

    public boolean has(String name) {
        return layers.containsKey(name) && !layers.get(name).xs.isEmpty();
    }

    private Layer layer(String name) {
        Layer l = layers.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no layer " + name);
        }
        return l;
    }

    /** Adds the layers (empty ones are skipped: XChart cannot draw them) and then the labels. */
    public void drawOn(XYChart chart) {
        for (Map.Entry<String, Layer> e : layers.entrySet()) {
            Layer l = e.getValue();
            if (l.xs.isEmpty()) {
                continue;
            }
            for (int i = 0; i < l.xs.size(); i++) {
                ChartStyle.drawable(l.xs.get(i), "a point of '" + e.getKey() + "'");
                ChartStyle.drawable(l.ys.get(i), "a point of '" + e.getKey() + "'");
            }
            XYSeries s = chart.addSeries(e.getKey(), l.xs, l.ys);
            s.setXYSeriesRenderStyle(l.line ? XYSeriesRenderStyle.Line : XYSeriesRenderStyle.Scatter);
            s.setMarker(l.marker);
            s.setMarkerColor(l.color);
            s.setLineColor(l.color);
            s.setFillColor(l.color);
            s.setShowInLegend(l.inLegend);
            if (l.line) {
                s.setLineStyle(new BasicStroke(l.width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            }
        }
        placeLabels(chart);
    }

    /**
     * XChart centres annotation text on its point; to put a label beside a bar end we lay the chart out once on a
     * scratch image, measure the text in pixels and convert back to chart units. Same input, same pixels.
     */
    private void placeLabels(XYChart chart) {
        if (labels.isEmpty()) {
            return;
        }
        BufferedImage scratch = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
            FontMetrics fm = g.getFontMetrics(chart.getStyler().getAnnotationTextFont());
            for (Label label : labels) {
                double anchor = chart.getScreenXFromChart(label.x());
                double half = fm.stringWidth(label.text()) / 2.0;
                double centre = label.leftOfAnchor() ? anchor - 6 - half : anchor + 6 + half;
                chart.addAnnotation(new AnnotationText(label.text(), chart.getChartXFromCoordinate((int) Math.round(centre)),
                        label.y(), false));
            }
        } finally {
            g.dispose();
        }
    }
}
