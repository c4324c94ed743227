package org.repstat.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.Workspace;
import org.repstat.io.NumberSyntax;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * Country outlines (Natural Earth 1:50m, present-day borders of the USSR's successor states and Germany) read from
 * {@code datasets/raw/natural-earth-world-atlas/outline.csv}: the map background, and the land test of the camp
 * coordinates check. Longitudes west of −168° (Chukotka east of the antimeridian) are shifted by +360° so the
 * USSR is one piece.
 */
public final class Outline {

    public static final String FILE = "natural-earth-world-atlas/outline.csv";
    static final List<String> HEADER = List.of("country_id", "country_name", "ring", "point", "lon", "lat");

    /** One closed ring of a country: parallel arrays of longitude and latitude. */
    public record Ring(String country, double[] lon, double[] lat) {
    }

    private final List<Ring> rings;

    private Outline(List<Ring> rings) {
        this.rings = List.copyOf(rings);
    }

    public static Outline read(Workspace ws) {
        return read(ws.raw().resolve(FILE));
    }

    public static Outline read(Path file) {
        Map<String, List<double[]>> byRing = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        java.util.Set<String> points = new java.util.HashSet<>();
        for (RawRow row : RawTable.read(file, HEADER).requireRows().rows()) {
            String key = row.required("country_id") + "/" + row.required("ring");
            if (!points.add(key + "/" + row.integer("point", false))) {
                throw row.error("point", "point " + row.text("point") + " of ring " + key + " is listed twice");
            }
            names.put(key, row.required("country_name"));
            double lon = degrees(row, "lon", 180);
            byRing.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {shift(lon), degrees(row, "lat", 90)});
        }
        List<Ring> rings = new ArrayList<>();
        byRing.forEach((key, pts) -> rings.add(new Ring(names.get(key),
                pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray())));
        return new Outline(rings);
    }

    private static double degrees(RawRow row, String column, int limit) {
        double d = row.requiredNumber(column, NumberSyntax.PLAIN).doubleValue();
        if (Math.abs(d) > limit) {
            throw row.error(column, "expected degrees between -" + limit + " and " + limit + ", found " + row.text(column));
        }
        return d;
    }

    /** East of the antimeridian (Chukotka) continues past 180°. */
    public static double shift(double lon) {
        return lon < -168 ? lon + 360 : lon;
    }

    public List<Ring> rings() {
        return rings;
    }

    /** The country whose outline holds the point (even-odd rule over all its rings), or null. */
    public String countryAt(double lon, double lat) {
        Map<String, Boolean> inside = new LinkedHashMap<>();
        double x = shift(lon);
        for (Ring r : rings) {
            if (contains(r, x, lat)) {
                inside.merge(r.country(), true, (a, b) -> !a);
            }
        }
        return inside.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Distance in kilometres from the point to the nearest outline vertex (good enough at 1:50m detail). */
    public double kilometresToOutline(double lon, double lat) {
        return kilometresTo(lon, lat, null);
    }

    /** Distance in kilometres from the point to the nearest vertex of one country's outline (all countries if null). */
    public double kilometresTo(double lon, double lat, String country) {
        double best = Double.MAX_VALUE;
        double x = shift(lon);
        for (Ring r : rings) {
            if (country != null && !r.country().equals(country)) {
                continue;
            }
            for (int i = 0; i < r.lon().length; i++) {
                best = Math.min(best, haversine(x, lat, r.lon()[i], r.lat()[i]));
            }
        }
        return best;
    }

    private static boolean contains(Ring r, double x, double y) {
        boolean in = false;
        double[] xs = r.lon();
        double[] ys = r.lat();
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                in = !in;
            }
        }
        return in;
    }

    private static double haversine(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(a));
    }
}
