package org.repstat.charting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * One look for every chart, and the font pinned by name: a PNG drawn with whatever font the machine falls back to
 * differs from machine to machine, so the charts insist on DejaVu Sans (Debian fonts-dejavu-core) and fail loudly
 * without it rather than publish a picture nobody can reproduce.
 */
public final class ChartStyle {

    public static final String FONT_FAMILY = "DejaVu Sans";

    /** Colour-blind-safe (Okabe–Ito) hues, with a grey for context. */
    public static final Color BLUE = new Color(0, 114, 178);
    public static final Color VERMILION = new Color(213, 94, 0);
    public static final Color ORANGE = new Color(230, 159, 0);
    public static final Color GREEN = new Color(0, 158, 115);
    public static final Color SKY = new Color(86, 180, 233);
    public static final Color PURPLE = new Color(204, 121, 167);
    public static final Color GREY = new Color(150, 150, 150);
    public static final Color INK = new Color(40, 40, 40);
    public static final Color[] PALETTE = {BLUE, VERMILION, GREEN, ORANGE, PURPLE, SKY, GREY};

    private ChartStyle() {
    }

    public static Font font(int style, int size) {
        requireFont();
        return new Font(FONT_FAMILY, style, size);
    }

    /**
     * Pins every font of a camps chart to DejaVu Sans at the sizes those charts were designed with (they keep XChart's
     * own look otherwise; {@link #apply} is the fuller house style of the topic charts).
     */
    public static void pinFonts(AxesChartStyler s) {
        // Axis numbers in one locale whatever the JVM's: "2,400,000", never "2.400.000" under a title "2,157,697".
        s.setLocale(Locale.US);
        s.setChartTitleFont(font(Font.BOLD, 16));
        s.setLegendFont(font(Font.PLAIN, 12));
        s.setAxisTitleFont(font(Font.PLAIN, 13));
        s.setAxisTickLabelsFont(font(Font.PLAIN, 11));
        s.setAnnotationTextFont(font(Font.PLAIN, 11));
        s.setToolTipFont(font(Font.PLAIN, 11));
        s.setAntiAlias(true);
    }

    static void requireFont() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        if (Arrays.stream(families).noneMatch(FONT_FAMILY::equals)) {
            throw new IllegalStateException("the charts need the font '" + FONT_FAMILY
                    + "' (Debian: apt-get install fonts-dejavu-core fontconfig); without it the PNGs would depend "
                    + "on this machine's fallback font");
        }
    }

    /** Fonts on every text element, white background, light grid, no series-dependent defaults left to chance. */
    public static void apply(Styler s) {
        s.setBaseFont(font(Font.PLAIN, 13));
        s.setChartTitleFont(font(Font.BOLD, 15));
        s.setLegendFont(font(Font.PLAIN, 12));
        s.setAnnotationTextFont(font(Font.PLAIN, 12));
        s.setAnnotationTextPanelFont(font(Font.PLAIN, 12));
        s.setToolTipFont(font(Font.PLAIN, 12));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartFontColor(INK);
        s.setAnnotationTextFontColor(INK);
        s.setChartTitleBoxBackgroundColor(Color.WHITE);
        s.setChartTitleBoxBorderColor(Color.WHITE);
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setLegendBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        // The headline is drawn by TitledChart (wrapped); XChart's own one-line title would be clipped.
        s.setChartTitleVisible(false);
        s.setSeriesColors(PALETTE);
        s.setLocale(Locale.US);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(font(Font.PLAIN, 13));
            a.setAxisTickLabelsFont(font(Font.PLAIN, 12));
            a.setPlotGridLinesColor(new Color(225, 225, 225));
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setAxisTickLabelsColor(INK);
            // Axis number patterns are set per chart: a global pattern made XChart drop the y tick labels of
            // the row charts (ticks 1.0, 1.2 … all format to "1" and XChart then hides them).
        }
    }

    /**
     * The largest magnitude a chart axis is drawn to. XChart's tick calculation does not end for an axis running to
     * 6.5·10^14 or more (measured: 3.9·10^14 draws; 10^20 held {@code repstat run} for over ten minutes). The importer
     * refuses figures of 10^14 and more (NumberLimits), so a value past this is a bug, refused at once, not left to hang.
     */
    public static final double MAX_AXIS = 4e14;

    /** {@code v}, if a chart can draw it (NaN separates line segments and is fine); else an exception naming it. */
    public static double drawable(double v, String what) {
        if (Double.isInfinite(v) || Math.abs(v) > MAX_AXIS) {
            throw new IllegalArgumentException("cannot draw " + what + " at " + v + ": beyond " + MAX_AXIS
                    + " a chart's axis ticks cannot be computed (the importer should have refused the figure)");
        }
        return v;
    }

    /** "1,150,000": grouping with commas whatever the JVM's locale, because the table and the chart must agree. */
    public static String count(Number n) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(n);
    }

    /**
     * The words a qualifier adds before a figure people read: "approximately 1,150,000", "over 11,000"; none for an
     * exact figure or one printed rounded ("683,000": its print already shows its precision, and its bounds are in
     * the tables).
     */
    public static String qualifierWords(String qualifier) {
        return switch (qualifier) {
            case "", "exact", "rounded", "round_figure" -> "";
            default -> qualifier.replace('_', ' ') + " ";
        };
    }

    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
