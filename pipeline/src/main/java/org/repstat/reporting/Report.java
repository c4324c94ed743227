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

    /** Every figure of the report, built from the published tables (no pixels yet). */
    public static List<Figure> figures(Workspace ws) {
        PublishedData data = PublishedData.read(ws.clean());
        List<Figure> figures = new ArrayList<>(new TopicFigures(data).all());
        figures.addAll(GulagFigures.forReport(ws, data));
        return figures;
    }

    /** Draws the figures into reports/charts/. */
    public static void draw(Workspace ws, List<Figure> figures) {
        TopicCharts.draw(figures, TopicCharts.chartsDir(ws));
    }

    /** Writes the pages; returns what was built. */
    public static Built write(Workspace ws, List<Figure> figures) {
        return new Built(figures.size(), new ReportWriter(ws, PublishedData.read(ws.clean()), figures).write());
    }

    /** {@code drawCharts = false} writes the pages only (tests of the pages need no pixels). */
    public static Built build(Workspace ws, boolean drawCharts) {
        List<Figure> figures = figures(ws);
        if (drawCharts) {
            draw(ws, figures);
        }
        return write(ws, figures);
    }

    /** Draws every chart into reports/charts/ and writes the pages. */
    public static Built build(Workspace ws) {
        List<Figure> figures = figures(ws);
        draw(ws, figures);
        return write(ws, figures);
    }
}
