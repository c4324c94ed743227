package org.repstat.charting;

import java.awt.Color;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * One colour per measure (and per reliability grade) for the whole report, declared once in
 * {@code datasets/topics/colours.csv}: orange never means "death sentences" on one page and "arrested" on the next.
 */
public final class Palette {

    private final Map<String, Color> colours = new LinkedHashMap<>();

    private Palette() {
    }

    public static Palette read(Path file) {
        Palette p = new Palette();
        for (RawRow r : RawTable.read(file, java.util.List.of("key", "colour", "note")).rows()) {
            String hex = r.required("colour");
            if (!hex.matches("#[0-9A-Fa-f]{6}")) {
                throw r.error("colour", "expected a colour as #RRGGBB, found '" + hex + "'");
            }
            if (p.colours.put(r.required("key"), Color.decode(hex)) != null) {
                throw r.error("key", "duplicate key '" + r.text("key") + "'");
            }
            r.required("note");
        }
        return p;
    }

    /** Every declared colour, as {@code key=#rrggbb} lines: what a figure's render key holds of the palette. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        colours.forEach((k, c) -> s.append(k).append('=').append(String.format(java.util.Locale.ROOT, "#%06x", c.getRGB() & 0xffffff)).append('\n'));
        return s.toString();
    }

    /** The declared colour of a measure or grade, else a colour of the fallback palette by position. */
    public Color of(String key, int fallbackIndex) {
        Color c = colours.get(key);
        return c != null ? c : ChartStyle.PALETTE[Math.floorMod(fallbackIndex, ChartStyle.PALETTE.length)];
    }

    public boolean declares(String key) {
        return colours.containsKey(key);
    }
}
