package org.repstat.charting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.IChart;
import org.repstat.io.AtomicFiles;

/**
 * Writes the figures into {@code reports/charts/}, each twice — SVG for the page and print, PNG for notebooks and
 * reuse — and removes every file there the run did not write, so no stale chart outlives its figure. Headless,
 * fonts pinned, no timestamps: the same tables give the same bytes.
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    /** The encoded files, by name, without writing anything. */
    public static Map<String, byte[]> render(List<Figure> figures) {
        System.setProperty("java.awt.headless", "true");
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Figure f : figures) {
            TitledChart chart = new TitledChart(f.chart(), f.title());
            out.put(f.png(), png(chart));
            out.put(f.svg(), svg(chart));
        }
        return out;
    }

    /** Writes the folder's whole content: the rendered files, and nothing else. */
    public static void write(Path dir, Map<String, byte[]> files) {
        files.forEach((name, bytes) -> AtomicFiles.write(dir.resolve(name), bytes));
        try (Stream<Path> existing = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            for (Path p : existing.filter(Files::isRegularFile).toList()) {
                if (!files.containsKey(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + dir, e);
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
