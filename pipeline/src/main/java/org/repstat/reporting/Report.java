package org.repstat.reporting;

import java.util.List;
import org.repstat.Workspace;
import org.repstat.charting.Figure;
import org.repstat.charting.PublishedData;
import org.repstat.charting.TopicCharts;
import org.repstat.charting.TopicFigures;

/** The report stage: charts, then pages, both from {@code datasets/clean/}. */
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
        List<Figure> figures = new TopicFigures(data).all();
        if (drawCharts) {
            TopicCharts.draw(figures, TopicCharts.chartsDir(ws));
        }
        return new Built(figures.size(), new ReportWriter(ws, data, figures).write());
    }
}
