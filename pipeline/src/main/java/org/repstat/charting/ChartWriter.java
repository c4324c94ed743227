package org.repstat.charting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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

    /**
     * The encoded files, by name, without writing anything. Each figure is encoded on its own (its chart is its own
     * object), so the figures are drawn on every core at once; the result is in figure order whatever finishes first.
     */
    public static Map<String, byte[]> render(List<Figure> figures) {
        System.setProperty("java.awt.headless", "true");
        int threads = Math.max(1, Math.min(figures.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = org.repstat.io.Background.pool("repstat-chart", threads);
        try {
            List<Future<byte[][]>> encoded = new ArrayList<>();
            for (Figure f : figures) {
                encoded.add(pool.submit(() -> {
                    TitledChart chart = new TitledChart(f.chart(), f.title());
                    return new byte[][] {png(chart), svg(chart)};
                }));
            }
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (int i = 0; i < figures.size(); i++) {
                byte[][] files = org.repstat.io.Background.await(encoded.get(i));
                out.put(figures.get(i).png(), files[0]);
                out.put(figures.get(i).svg(), files[1]);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
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
