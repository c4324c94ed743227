package org.repstat.exporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pipeline's PNG rendering of each notebook's chart, embedded as the notebook's pre-filled figure so that it
 * reads on GitHub without running. Running the notebook redraws the same chart with matplotlib. Fonts are pinned
 * (DejaVu Sans, Debian fonts-dejavu-core) and rendering is headless, so the bytes repeat run after run.
 */
final class NotebookCharts {

    static final int WIDTH = 800;
    static final int HEIGHT = 600;
    /** What matplotlib prints beside the figure (figsize 8 x 6 inches at 100 dpi). */
    static final String FIGURE_TEXT = "<Figure size 800x600 with 1 Axes>";

    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 11);

    /** One named series of a bar chart; {@code null} is a missing value, drawn as no bar (never as zero). */
    record Series(String name, List<Double> values) {
    }

    private NotebookCharts() {
    }

    /** Grouped bars, one group per category. */
    static byte[] bars(String title, String yTitle, List<String> categories, List<Series> series) {
        CategoryChart chart = chart(title, yTitle, series.size() > 1);
        for (Series s : series) {
            chart.addSeries(s.name(), categories, s.values());
        }
        return png(chart);
    }

    /** Stacked bars, one per category: each series sits on the ones before it (a missing value draws nothing). */
    static byte[] stacked(String title, String xTitle, String yTitle, List<String> categories, List<Series> series) {
        CategoryChart chart = chart(title, yTitle, series.size() > 1);
        chart.setXAxisTitle(xTitle);
        chart.getStyler().setStacked(true);
        for (Series s : series) {
            chart.addSeries(s.name(), categories, s.values());
        }
        return png(chart);
    }

    /** One bar per row for the value, with the lower and upper bounds the qualifier implies as markers. */
    static byte[] bounds(String title, String yTitle, List<String> categories, List<Double> values, List<Double> lower,
            List<Double> upper) {
        CategoryChart chart = chart(title, yTitle, true);
        chart.getStyler().setOverlapped(true);
        chart.addSeries("value", categories, values);
        CategorySeries lo = chart.addSeries("lower bound", categories, lower);
        lo.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        lo.setMarker(SeriesMarkers.TRIANGLE_UP);
        lo.setMarkerColor(Color.BLACK);
        CategorySeries hi = chart.addSeries("upper bound", categories, upper);
        hi.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        hi.setMarker(SeriesMarkers.TRIANGLE_DOWN);
        hi.setMarkerColor(Color.BLACK);
        return png(chart);
    }

    private static CategoryChart chart(String title, String yTitle, boolean legend) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yTitle).build();
        var styler = chart.getStyler();
        styler.setBaseFont(FONT);
        styler.setChartTitleFont(FONT.deriveFont(Font.BOLD, 13f));
        styler.setAxisTitleFont(FONT);
        styler.setAxisTickLabelsFont(FONT.deriveFont(9f));
        styler.setLegendFont(FONT);
        styler.setLegendVisible(legend);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setXAxisLabelRotation(90);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setAxisTickMarksStroke(new BasicStroke(1f));
        styler.setLocale(java.util.Locale.ROOT); // axis numbers as 800,000 whatever the machine locale
        styler.setYAxisDecimalPattern("#,##0");
        styler.setYAxisMin(0.0);
        return chart;
    }

    private static byte[] png(CategoryChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
