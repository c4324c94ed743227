package org.repstat.charting;

import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * One chart and everything the report shows beside it: a title that states the finding (computed from the data),
 * a caption, the numbers as a table (the SVG's text is outlines: the table is what screen readers and search read),
 * and the rows of the published tables it was drawn from, so every mark leads back to a source and a locator.
 */
public record Figure(String id, Topic topic, String title, String caption, DataTable table, List<Cited> cited,
                     XYChart chart) {

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
