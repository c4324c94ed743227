package org.repstat.charting;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A chart with its finding as a wrapped headline above it. XChart draws a title on one line and clips it; a title
 * that states a finding ("The rounded figures hold: …") is a sentence, and a journalist who reuses the PNG alone
 * must still get it whole.
 */
public final class TitledChart implements IChart {

    private static final int PAD = 14;

    private final Chart<?, ?> chart;
    private final String title;
    private final List<String> lines;
    private final int lineHeight;

    public TitledChart(Chart<?, ?> chart, String title) {
        this.chart = chart;
        this.title = title;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            FontMetrics fm = g.getFontMetrics(font());
            this.lines = wrap(title, fm, chart.getWidth() - 2 * PAD);
            this.lineHeight = fm.getHeight();
        } finally {
            g.dispose();
        }
    }

    private static Font font() {
        return ChartStyle.font(Font.BOLD, 16);
    }

    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private int header() {
        return PAD + lines.size() * lineHeight;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(ChartStyle.INK);
        g.setFont(font());
        FontMetrics fm = g.getFontMetrics();
        int y = PAD + fm.getAscent();
        for (String line : lines) {
            g.drawString(line, PAD, y);
            y += lineHeight;
        }
        AffineTransform saved = g.getTransform();
        g.translate(0, header());
        chart.paint(g, chart.getWidth(), chart.getHeight());
        g.setTransform(saved);
    }

    @Override
    public int getWidth() {
        return chart.getWidth();
    }

    @Override
    public int getHeight() {
        return chart.getHeight() + header();
    }

    @Override
    public String getTitle() {
        return title;
    }
}
