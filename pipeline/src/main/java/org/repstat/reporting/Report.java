package org.repstat.reporting;

import java.util.ArrayList;
import java.util.List;
import org.repstat.Workspace;
import org.repstat.charting.Figure;
import org.repstat.charting.GulagFigures;
import org.repstat.charting.PublishedData;
import org.repstat.charting.TopicCharts;
import org.repstat.charting.TopicFigures;

/**
 * The report stage: charts, then pages, from {@code datasets/clean/} (the Gulag camps figures from the same typed
 * rows the camp tables there are written from, when the camps file has been imported).
 */
public final class Report {

    private Report() {
    }

    /** What a build produced, for the command's summary line. */
    public record Built(int figures, List<String> pages) {
    }

    /** Draws every chart into reports/charts/ and writes the pages. */
    public static Built build(Workspace ws) {
        return build(ws, true);
    }

    /** {@code drawCharts = false} writes the pages only (tests of the pages need no pixels). */
    public static Built build(Workspace ws, boolean drawCharts) {
        PublishedData data = PublishedData.read(ws.clean());
        List<Figure> figures = new ArrayList<>(new TopicFigures(data).all());
        figures.addAll(GulagFigures.forReport(ws, data));
        if (drawCharts) {
            TopicCharts.draw(figures, TopicCharts.chartsDir(ws));
        }
        return new Built(figures.size(), new ReportWriter(ws, data, figures).write());
    }
}
