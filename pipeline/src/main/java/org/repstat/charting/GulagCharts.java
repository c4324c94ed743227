package org.repstat.charting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.repstat.importing.gulag.CampTables;
import org.repstat.geo.Outline;
import org.repstat.importing.gulag.Camp;
import org.repstat.importing.gulag.CampData;
import org.repstat.importing.gulag.CampRows;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The Gulag camps charts: prisoners per year summed over the camps that give a figure (exact and qualified shown
 * apart, with the number of camps), the largest camps in a year, and a map of the camps open in a year, sized by
 * their figure, on the Natural Earth outline. Only measure "prisoners" is drawn: planned, establishment and
 * averaged figures are other measures.
 */
public final class GulagCharts {

    public static final int DEFAULT_MAP_YEAR = 1938;
    static final Color EXACT = new Color(0x8c, 0x1c, 0x13);
    static final Color QUALIFIED = new Color(0xe0, 0x9f, 0x3e);
    static final Color OUTLINE = new Color(0x88, 0x88, 0x88);
    static final Color NO_FIGURE = new Color(0x44, 0x44, 0x99);
    static final Color TOTAL = new Color(0x00, 0x72, 0xb2);
    static final Color TOTAL_WIDER = new Color(0x00, 0x9e, 0x73);

    private GulagCharts() {
    }

    /** The figures sums use (measure prisoners, one per camp and year), as a Tablesaw table. */
    static Table countsInSums(CampData data) {
        Table pop = CampTables.populationTable(data);
        Selection keep = pop.stringColumn("measure").isEqualTo("prisoners")
                .and(pop.booleanColumn("in_yearly_sum").isTrue());
        return pop.where(keep);
    }

    /** One year of the sum over camps: how many camps give a figure, exact and qualified sums apart. */
    public record YearSum(int year, int camps, int exactCamps, long exact, long qualified, long campsOpen) {
        public long total() {
            return exact + qualified;
        }
    }

    /** Every year of the file, 1923–1960, with the sums of the figures in sums (zero camps: no figure, sum 0). */
    public static List<YearSum> yearSums(CampData data) {
        Table t = countsInSums(data);
        Table exact = t.where(t.stringColumn("qualifier").isEqualTo("exact"));
        Map<Integer, Long> exactSum = sumByYear(exact);
        Map<Integer, Long> qualifiedSum = sumByYear(t.where(t.stringColumn("qualifier").isNotEqualTo("exact")));
        Map<Integer, Integer> camps = countByYear(t);
        Map<Integer, Integer> exactCamps = countByYear(exact);
        List<YearSum> out = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            int year = y;
            long open = data.camps().stream().filter(c -> isOpen(c, year)).count();
            out.add(new YearSum(y, camps.getOrDefault(y, 0), exactCamps.getOrDefault(y, 0),
                    exactSum.getOrDefault(y, 0L), qualifiedSum.getOrDefault(y, 0L), open));
        }
        return out;
    }

    public static final int FIRST_YEAR = 1923;
    public static final int LAST_YEAR = 1960;

    static boolean isOpen(Camp c, int year) {
        return c.activeSpans().stream().anyMatch(s -> year >= s[0] && year <= s[1]);
    }

    private static Map<Integer, Integer> countByYear(Table t) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (Row r : t) {
            out.merge(r.getInt("year"), 1, Integer::sum);
        }
        return out;
    }

    /** A published total drawn over the bars: its series (one per kind of total) and its year. */
    public record TotalMark(String series, int year, long value) {
    }

    /**
     * Stacked bars: exact and qualified sums per year; each label gives the number of camps with a figure. Published
     * totals for all camps are drawn as markers over the bars, so the part can be seen against the whole.
     */
    static CategoryChart prisonersPerYear(List<YearSum> sums, List<TotalMark> totals) {
        List<String> labels = new ArrayList<>();
        List<Number> e = new ArrayList<>();
        List<Number> q = new ArrayList<>();
        for (YearSum y : sums) {
            labels.add(y.year() + " (" + y.camps() + ")");
            e.add(y.exact());
            q.add(y.qualified());
        }
        CategoryChart chart = new CategoryChartBuilder().width(1400).height(700)
                .xAxisTitle("year (in brackets: number of camps giving a figure that year)")
                .yAxisTitle("prisoners, summed over those camps").build();
        ChartStyle.pinFonts(chart.getStyler());
        chart.getStyler().setChartTitleVisible(false);
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        CategorySeries se = chart.addSeries("exact counts", labels, e);
        se.setFillColor(EXACT);
        CategorySeries sq = chart.addSeries("qualified counts (\"up to\", or marked \"(?)\" = doubtful)", labels, q);
        sq.setFillColor(QUALIFIED);
        chart.getStyler().setXAxisTickMarkSpacingHint(20); // a label for every year: the camp counts are the point
        Map<String, Map<Integer, Long>> bySeries = new java.util.LinkedHashMap<>();
        for (TotalMark m : totals) {
            bySeries.computeIfAbsent(m.series(), k -> new TreeMap<>()).put(m.year(), m.value());
        }
        int k = 0;
        for (Map.Entry<String, Map<Integer, Long>> series : bySeries.entrySet()) {
            List<Number> ys = new ArrayList<>();
            for (YearSum y : sums) {
                ys.add(series.getValue().get(y.year()));
            }
            CategorySeries t = chart.addSeries(series.getKey(), labels, ys);
            t.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            t.setMarker(k % 2 == 0 ? SeriesMarkers.DIAMOND : SeriesMarkers.TRIANGLE_UP);
            t.setMarkerColor(k % 2 == 0 ? TOTAL : TOTAL_WIDER);
            k++;
        }
        chart.getStyler().setMarkerSize(14);
        return chart;
    }

    private static Map<Integer, Long> sumByYear(Table t) {
        Map<Integer, Long> out = new TreeMap<>();
        if (t.rowCount() == 0) {
            return out;
        }
        Table s = t.summarize("value", tech.tablesaw.aggregate.AggregateFunctions.sum).by("year");
        for (Row r : s) {
            out.put(r.getInt("year"), Math.round(r.getDouble(1)));
        }
        return out;
    }

    /** How many camps the largest-camps charts show. */
    public static final int LARGEST = 12;

    /** A camp's figure for a year (measure prisoners, the one in sums), with the camp it belongs to. */
    public record CampFigure(Camp camp, CampRows.Population row) {
        public boolean exact() {
            return row.value().qualifier().equals("exact");
        }

        public long value() {
            return row.value().value().longValueExact();
        }
    }

    /** Every camp's figure in sums for a year, largest first, ties by camp id. */
    public static List<CampFigure> figuresIn(CampData data, int year) {
        Map<Integer, Camp> camps = data.camps().stream().collect(Collectors.toMap(Camp::id, c -> c, (a, b) -> a, TreeMap::new));
        return data.population().stream()
                .filter(p -> p.year() == year && p.inYearlySum() && p.measure().equals("prisoners") && p.value().value() != null)
                .map(p -> new CampFigure(camps.get(p.campId()), p))
                .sorted(Comparator.comparingLong(CampFigure::value).reversed().thenComparingInt(f -> f.camp().id()))
                .toList();
    }

    /** Horizontal-label bars of the given camps (largest first), exact and qualified figures in their colours. */
    static CategoryChart largestCamps(List<CampFigure> shown) {
        List<String> labels = new ArrayList<>();
        List<Number> exact = new ArrayList<>();
        List<Number> qualified = new ArrayList<>();
        for (CampFigure f : shown) {
            labels.add((labels.size() + 1) + ". " + f.camp().name());
            exact.add(f.exact() ? f.value() : 0L);
            qualified.add(f.exact() ? 0L : f.value());
        }
        CategoryChart chart = new CategoryChartBuilder().width(1200).height(720)
                .xAxisTitle("camp, by rank (name as the file gives it, in Russian; the table beside the chart gives the English name where the file has one)")
                .yAxisTitle("prisoners").build();
        ChartStyle.pinFonts(chart.getStyler());
        chart.getStyler().setChartTitleVisible(false);
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.addSeries("exact count", labels, exact).setFillColor(EXACT);
        chart.addSeries("qualified count", labels, qualified).setFillColor(QUALIFIED);
        return chart;
    }

    /** Size classes of the map's points: upper limits (exclusive) and marker sizes in pixels. */
    static final long[] CLASS_LIMITS = {5_000, 20_000, 50_000, Long.MAX_VALUE};
    static final int[] CLASS_SIZES = {6, 10, 15, 22};
    static final String[] CLASS_LABELS = {"under 5,000", "5,000–19,999", "20,000–49,999", "50,000 or more"};

    /**
     * A camp on the map: the dislocation it held in the year (lon shifted east of the date line for drawing) and
     * its figure (null = open, no figure).
     */
    public record MapPoint(Camp camp, CampRows.Location location, double lat, double lon, Long value, boolean exact) {
    }

    /** The camps the file has open in {@code year}, at the dislocation they held that year, with their figure. */
    public static List<MapPoint> mapPoints(CampData data, int year) {
        Table t = countsInSums(data);
        Table y = t.where(t.intColumn("year").isEqualTo(year));
        // Tablesaw's Row is a cursor that moves on: copy the values out, never keep the Row.
        Map<Integer, Long> figure = new TreeMap<>();
        Map<Integer, Boolean> exactFigure = new TreeMap<>();
        for (Row r : y) {
            if (!r.isMissing("value")) {
                figure.put(r.getInt("camp_id"), r.getLong("value"));
                exactFigure.put(r.getInt("camp_id"), r.getString("qualifier").equals("exact"));
            }
        }
        Map<Integer, List<CampRows.Location>> locs = data.locations().stream()
                .collect(Collectors.groupingBy(CampRows.Location::campId, TreeMap::new, Collectors.toList()));
        List<MapPoint> out = new ArrayList<>();
        for (Camp c : data.camps()) {
            boolean open = isOpen(c, year);
            Long f = figure.get(c.id());
            if (!open && f == null) {
                continue;
            }
            CampRows.Location at = locs.getOrDefault(c.id(), List.of()).stream()
                    .filter(l -> l.latitude() != null && l.longitude() != null)
                    .filter(l -> l.order() == 1 || (l.yearMoved() != null && l.yearMoved() <= year))
                    .max(Comparator.comparingInt(CampRows.Location::order)).orElse(null);
            if (at == null) {
                continue;
            }
            out.add(new MapPoint(c, at, at.latitude().doubleValue(), Outline.shift(at.longitude().doubleValue()),
                    f, f != null && exactFigure.get(c.id())));
        }
        return out;
    }

    static XYChart campsMap(List<MapPoint> points, Outline outline, int year) {
        XYChart chart = new XYChartBuilder().width(1500).height(760)
                .xAxisTitle("longitude °E (outline: Natural Earth 1:50m, present-day borders)").yAxisTitle("latitude °N").build();
        ChartStyle.pinFonts(chart.getStyler());
        var s = chart.getStyler();
        s.setChartTitleVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(new Color(0xf4, 0xf7, 0xfb));
        s.setXAxisMin(5.0).setXAxisMax(192.0).setYAxisMin(35.0).setYAxisMax(82.0);
        s.setPlotGridLinesVisible(false);
        s.setLegendPosition(Styler.LegendPosition.InsideSW);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        s.setMarkerSize(6);
        Map<String, List<Outline.Ring>> byCountry = outline.rings().stream()
                .collect(Collectors.groupingBy(Outline.Ring::country, TreeMap::new, Collectors.toList()));
        for (var e : byCountry.entrySet()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Outline.Ring r : e.getValue()) {
                for (int i = 0; i < r.lon().length; i++) {
                    xs.add(r.lon()[i]);
                    ys.add(r.lat()[i]);
                }
                xs.add(r.lon()[0]);
                ys.add(r.lat()[0]);
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
        addPoints(chart, "open, no figure for " + year, points.stream().filter(p -> p.value() == null).toList(), NO_FIGURE,
                new SizedMarker(4, false));
        for (int k = 0; k < CLASS_LIMITS.length; k++) {
            long lo = k == 0 ? 0 : CLASS_LIMITS[k - 1];
            long hi = CLASS_LIMITS[k];
            List<MapPoint> exact = points.stream().filter(p -> p.value() != null && p.exact() && p.value() >= lo && p.value() < hi).toList();
            List<MapPoint> qual = points.stream().filter(p -> p.value() != null && !p.exact() && p.value() >= lo && p.value() < hi).toList();
            addPoints(chart, CLASS_LABELS[k] + " prisoners (" + exact.size() + ")", exact, EXACT, new SizedMarker(CLASS_SIZES[k], false));
            addPoints(chart, CLASS_LABELS[k] + ", qualified figure (" + qual.size() + ")", qual, QUALIFIED, new SizedMarker(CLASS_SIZES[k], true));
        }
        return chart;
    }

    private static void addPoints(XYChart chart, String name, List<MapPoint> pts, Color color,
                                  org.knowm.xchart.style.markers.Marker marker) {
        if (pts.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, pts.stream().map(MapPoint::lon).toList(), pts.stream().map(MapPoint::lat).toList());
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 190));
        s.setLineStyle(new BasicStroke(0f));
        s.setShowInLegend(true);
    }

    /**
     * XChart gives every series the chart's one marker size; a map sized by prisoners needs a size per series, so
     * this marker draws itself at its own size and ignores the chart's.
     */
    static final class SizedMarker extends org.knowm.xchart.style.markers.Marker {
        private final int size;
        private final boolean diamond;

        SizedMarker(int size, boolean diamond) {
            this.size = size;
            this.diamond = diamond;
        }

        @Override
        public void paint(java.awt.Graphics2D g, double x, double y, int ignoredChartMarkerSize) {
            double h = size / 2.0;
            java.awt.Shape shape = diamond
                    ? new java.awt.geom.Path2D.Double() {{
                        moveTo(x, y - h * 1.2);
                        lineTo(x + h * 1.2, y);
                        lineTo(x, y + h * 1.2);
                        lineTo(x - h * 1.2, y);
                        closePath();
                    }}
                    : new java.awt.geom.Ellipse2D.Double(x - h, y - h, size, size);
            g.fill(shape);
            java.awt.Color fill = g.getColor();
            g.setColor(fill.darker());
            g.setStroke(new BasicStroke(0.6f));
            g.draw(shape);
            g.setColor(fill);
        }
    }
}
