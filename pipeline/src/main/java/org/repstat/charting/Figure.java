package org.repstat.charting;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart and everything the report shows beside it: a title that states the finding (computed from the data),
 * a caption, the numbers as a table (the SVG's text is outlines: the table is what screen readers and search read),
 * the rows of the published tables it was drawn from, so every mark leads back to a source and a locator, and the
 * rows of checks.csv that concern this chart in particular (empty: the page's checks list is enough).
 */
public record Figure(String id, Topic topic, String title, String caption, DataTable table, List<Cited> cited,
                     Chart<?, ?> chart, List<PublishedData.Check> checks) {

    public Figure {
        cited = List.copyOf(cited);
        checks = List.copyOf(checks);
    }

    /** A figure whose checks are the page's. */
    public Figure(String id, Topic topic, String title, String caption, DataTable table, List<Cited> cited,
                  Chart<?, ?> chart) {
        this(id, topic, title, caption, table, cited, chart, List.of());
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
