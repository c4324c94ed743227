package org.repstat.charting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.repstat.geo.Outline;

/**
 * Draws a map: the Natural Earth outline as grey lines, and points sized in classes, each class one legend entry
 * with its count. Longitude and latitude are plotted as they are (an equirectangular map): the map shows where, not
 * how far.
 */
final class MapDrawing {

    static final int WIDTH = 1400;
    static final int HEIGHT = 720;
    private static final Color OUTLINE = new Color(0x88, 0x88, 0x88);
    /** Marker diameters in pixels, smallest class first; a map with more classes than this reuses the largest. */
    private static final int[] SIZES = {6, 10, 15, 22, 28};
    private static final int NO_FIGURE_SIZE = 5;

    /** A point on the map: where (longitude shifted east of the date line, as the outline is), and its figure. */
    record Point(double lon, double lat, Double value, boolean exact) {
    }

    private MapDrawing() {
    }

    /** "under 5,000", "5,000–19,999", …, "50,000 or more" for upper limits 5,000, 20,000, 50,000. */
    static List<String> classLabels(List<Long> limits) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k <= limits.size(); k++) {
            if (k == 0) {
                out.add("under " + ChartStyle.count(limits.get(0)));
            } else if (k == limits.size()) {
                out.add(ChartStyle.count(limits.get(k - 1)) + " or more");
            } else {
                out.add(ChartStyle.count(limits.get(k - 1)) + "–" + ChartStyle.count(limits.get(k) - 1));
            }
        }
        return out;
    }

    static int classOf(double value, List<Long> limits) {
        int k = 0;
        while (k < limits.size() && value >= limits.get(k)) {
            k++;
        }
        return k;
    }

    /**
     * The map: {@code what} names the figure in the legend ("prisoners"); {@code noFigure} the legend of points without
     * one. Exact figures are circles, qualified ones diamonds, in {@code colour}; no figure is a small grey dot.
     */
    static XYChart draw(Outline outline, List<Point> points, List<Long> limits, Color colour, String what, String noFigure) {
        XYChart chart = new XYChart(WIDTH, HEIGHT);
        chart.setXAxisTitle("longitude °E (outline: Natural Earth 1:50m, present-day borders)");
        chart.setYAxisTitle("latitude °N");
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s);
        s.setPlotBackgroundColor(new Color(0xf4, 0xf7, 0xfb));
        s.setPlotGridLinesVisible(false);
        s.setXAxisDecimalPattern("0");
        s.setYAxisDecimalPattern("0");
        double[] box = bounds(outline);
        s.setXAxisMin(box[0] - 1).setXAxisMax(box[1] + 1).setYAxisMin(box[2] - 1).setYAxisMax(box[3] + 1);
        s.setLegendPosition(Styler.LegendPosition.InsideSW);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        Map<String, List<Outline.Ring>> byCountry = outline.rings().stream()
                .collect(Collectors.groupingBy(Outline.Ring::country, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Outline.Ring>> e : byCountry.entrySet()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Outline.Ring r : e.getValue()) {
                for (int i = 0; i <= r.lon().length; i++) {
                    xs.add(r.lon()[i % r.lon().length]); // closed: back to the first point
                    ys.add(r.lat()[i % r.lat().length]);
                }
                xs.add(Double.NaN); // a gap between rings
                ys.add(Double.NaN);
            }
            XYSeries line = chart.addSeries("outline " + e.getKey(), xs, ys);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(OUTLINE);
            line.setLineStyle(new BasicStroke(0.7f));
            line.setShowInLegend(false);
        }
        add(chart, noFigure + " (" + points.stream().filter(p -> p.value() == null).count() + ")",
                points.stream().filter(p -> p.value() == null).toList(), ChartStyle.GREY, new SizedMarker(NO_FIGURE_SIZE, false));
        List<String> labels = classLabels(limits);
        for (int k = 0; k < labels.size(); k++) {
            int c = k;
            List<Point> inClass = points.stream().filter(p -> p.value() != null && classOf(p.value(), limits) == c).toList();
            int size = SIZES[Math.min(k, SIZES.length - 1)];
            List<Point> exact = inClass.stream().filter(Point::exact).toList();
            List<Point> qualified = inClass.stream().filter(p -> !p.exact()).toList();
            add(chart, labels.get(k) + " " + what + " (" + exact.size() + ")", exact, colour, new SizedMarker(size, false));
            add(chart, labels.get(k) + ", qualified figure (" + qualified.size() + ")", qualified, colour, new SizedMarker(size, true));
        }
        return chart;
    }

    /** The outline's box: lon min, lon max, lat min, lat max. */
    private static double[] bounds(Outline outline) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Outline.Ring r : outline.rings()) {
            for (int i = 0; i < r.lon().length; i++) {
                b[0] = Math.min(b[0], r.lon()[i]);
                b[1] = Math.max(b[1], r.lon()[i]);
                b[2] = Math.min(b[2], r.lat()[i]);
                b[3] = Math.max(b[3], r.lat()[i]);
            }
        }
        return b;
    }

    private static void add(XYChart chart, String name, List<Point> pts, Color color, Marker marker) {
        if (pts.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, pts.stream().map(Point::lon).toList(), pts.stream().map(Point::lat).toList());
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(ChartStyle.translucent(color, 190));
        s.setLineStyle(new BasicStroke(0f));
        s.setShowInLegend(true);
    }

    /**
     * XChart gives every series the chart's one marker size; a map sized by a figure needs a size per series, so
     * this marker draws itself at its own size and ignores the chart's.
     */
    static final class SizedMarker extends Marker {
        private final int size;
        private final boolean diamond;

        SizedMarker(int size, boolean diamond) {
            this.size = size;
            this.diamond = diamond;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int ignoredChartMarkerSize) {
            double h = size / 2.0;
            Shape shape;
            if (diamond) {
                Path2D.Double d = new Path2D.Double();
                d.moveTo(x, y - h * 1.2);
                d.lineTo(x + h * 1.2, y);
                d.lineTo(x, y + h * 1.2);
                d.lineTo(x - h * 1.2, y);
                d.closePath();
                shape = d;
            } else {
                shape = new Ellipse2D.Double(x - h, y - h, size, size);
            }
            g.fill(shape);
            Color fill = g.getColor();
            g.setColor(fill.darker());
            g.setStroke(new BasicStroke(0.6f));
            g.draw(shape);
            g.setColor(fill);
        }
    }
}
