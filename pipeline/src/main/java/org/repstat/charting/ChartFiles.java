package org.repstat.charting;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.repstat.io.AtomicFiles;

/**
 * How every chart is styled and written: fonts pinned to DejaVu Sans (installed by .ci/install-packages), headless
 * rendering, PNG and SVG written atomically. With the same fonts the bytes are the same on every run.
 */
public final class ChartFiles {

    public static final String FONT_FAMILY = "DejaVu Sans";

    private ChartFiles() {
    }

    public static Font font(int style, int size) {
        System.setProperty("java.awt.headless", "true");
        boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(FONT_FAMILY);
        if (!installed) {
            throw new IllegalStateException("font '" + FONT_FAMILY + "' is not installed: run .ci/install-packages "
                    + "(fonts-dejavu-core, fontconfig); charts are drawn only with the pinned font so their bytes do not vary");
        }
        return new Font(FONT_FAMILY, style, size);
    }

    /** Pins every font of a chart to DejaVu Sans. */
    public static void pinFonts(org.knowm.xchart.style.AxesChartStyler s) {
        s.setChartTitleFont(font(Font.BOLD, 16));
        s.setLegendFont(font(Font.PLAIN, 12));
        s.setAxisTitleFont(font(Font.PLAIN, 13));
        s.setAxisTickLabelsFont(font(Font.PLAIN, 11));
        s.setAnnotationTextFont(font(Font.PLAIN, 11));
        s.setToolTipFont(font(Font.PLAIN, 11));
        s.setAntiAlias(true);
    }

    /** Writes {@code <dir>/<name>.png} and {@code .svg}; returns both paths. */
    public static List<Path> write(Chart<?, ?> chart, Path dir, String name) {
        try {
            Path png = dir.resolve(name + ".png");
            Path svg = dir.resolve(name + ".svg");
            AtomicFiles.write(png, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            AtomicFiles.write(svg, out.toByteArray());
            return List.of(png, svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw chart " + name, e);
        }
    }
}
