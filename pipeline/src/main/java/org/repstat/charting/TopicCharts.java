package org.repstat.charting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.IChart;
import org.repstat.Workspace;
import org.repstat.io.AtomicFiles;

/**
 * The chart stage: reads the published tables, builds every topic's figures and writes each chart to
 * {@code reports/charts/} twice — PNG for the page, SVG for print. Headless, fonts pinned, no timestamps: the same
 * tables give the same bytes on the same machine.
 */
public final class TopicCharts {

    private TopicCharts() {
    }

    /** Charts directory under the reports directory. */
    public static Path chartsDir(Workspace ws) {
        return ws.reports().resolve("charts");
    }

    /** Builds the figures from {@code datasets/clean/} and draws them all; returns them for the report. */
    public static List<Figure> drawAll(Workspace ws) {
        List<Figure> figures = new TopicFigures(PublishedData.read(ws.clean())).all();
        draw(figures, chartsDir(ws));
        return figures;
    }

    public static void draw(List<Figure> figures, Path dir) {
        System.setProperty("java.awt.headless", "true");
        for (Figure f : figures) {
            TitledChart chart = new TitledChart(f.chart(), f.title());
            AtomicFiles.write(dir.resolve(f.png()), png(chart));
            AtomicFiles.write(dir.resolve(f.svg()), svg(chart));
        }
    }

    static byte[] png(IChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as PNG", e);
        }
    }

    static byte[] svg(IChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as SVG", e);
        }
    }
}
