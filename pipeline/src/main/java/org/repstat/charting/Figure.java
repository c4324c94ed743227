package org.repstat.charting;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart and everything a page or notebook shows beside it: a title that states the finding (computed from the
 * data), a caption, an alternative text that says what the chart shows, the numbers as a table (the SVG's text is
 * outlines: the table is what screen readers and search read), and the published rows it was drawn from, so every
 * mark leads back to a source and a locator.
 *
 * @param spec the figure's declaration id (one declaration may give several figures, e.g. one per concept)
 */
public record Figure(String id, String spec, String topic, String title, String caption, String alt, DataTable table,
                     List<Cited> cited, Chart<?, ?> chart) {

    public Figure {
        cited = List.copyOf(cited);
    }

    /** A published row the figure draws: its id, source and place in that source. */
    public record Cited(String rowId, String sourceId, String locator) {
    }

    public String png() {
        return id + ".png";
    }

    public String svg() {
        return id + ".svg";
    }
}
