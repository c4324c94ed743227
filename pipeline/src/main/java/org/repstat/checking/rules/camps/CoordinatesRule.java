package org.repstat.checking.rules.camps;

import static org.repstat.checking.rules.camps.CampResults.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;
import org.repstat.geo.Outline;

/**
 * Kind {@code camp_coordinates}: each located place of a camp lies inside a latitude/longitude box (params
 * {@code lat_min}, {@code lat_max}, {@code lon_min}, {@code lon_max}; east of the antimeridian counts past 180°)
 * and on the land of the reference outline (param {@code outline}, a file under datasets/raw/), or within
 * {@code within_km} of it. A point outside the box whose two numbers fit the box swapped is said to look swapped.
 * The outline is read only when a row of this kind exists.
 */
public final class CoordinatesRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE.requires("lat_min", ParamType.NUMBER).requires("lat_max", ParamType.NUMBER)
                .requires("lon_min", ParamType.NUMBER).requires("lon_max", ParamType.NUMBER)
                .requires("within_km", ParamType.NUMBER).requires("outline", ParamType.RAW_FILE);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        double latMin = number(d, "lat_min");
        double latMax = number(d, "lat_max");
        double lonMin = number(d, "lon_min");
        double lonMax = number(d, "lon_max");
        BigDecimal withinKm = new BigDecimal(d.params().get("within_km"));
        Outline outline = run.reference(d, "outline", Outline.class, Outline::read);
        String box = "inside " + d.params().get("lat_min") + "–" + d.params().get("lat_max") + "°N, "
                + d.params().get("lon_min") + "–" + d.params().get("lon_max") + "°E";
        CampTables t = CampTables.of(run);
        List<CheckResult> out = new ArrayList<>();
        int ok = 0;
        for (CampTables.Location l : t.locations()) {
            if (l.latitude() == null || l.longitude() == null) {
                continue;
            }
            double lat = l.latitude().doubleValue();
            double lon = Outline.shift(l.longitude().doubleValue());
            String subject = t.subject(l.campId()) + " / dislocation " + l.dislocation();
            String observed = l.latitudeText() + ", " + l.longitudeText();
            if (lat < latMin || lat > latMax || lon < lonMin || lon > lonMax) {
                boolean swapped = lon >= latMin && lon <= latMax && lat >= lonMin && lat <= lonMax;
                out.add(CampResults.finding(d, subject, observed, box, "", List.of(l.sourceRow()),
                        "Outside the bounding box of the USSR and the Soviet zone of Germany"
                                + (swapped ? "; latitude and longitude look swapped" : "") + " (place: " + l.place() + ")."));
                continue;
            }
            if (outline.countryAt(lon, lat) == null) {
                double km = outline.kilometresToOutline(lon, lat);
                if (km > withinKm.doubleValue()) {
                    out.add(CampResults.finding(d, subject, observed,
                            "on land inside the USSR's successor states or Germany (Natural Earth 1:50m)",
                            num(withinKm) + " km", List.of(l.sourceRow()), String.format(Locale.ROOT,
                                    "Outside every outline, %.0f km from the nearest (place: %s).", km, l.place())));
                    continue;
                }
            }
            ok++;
        }
        out.add(CampResults.summary(d, ok + " located dislocations on land inside the region (or within "
                + num(withinKm) + " km of its 1:50m outline)"));
        return CampResults.sorted(out);
    }

    private static double number(CheckDefinition d, String key) {
        return new BigDecimal(d.params().get(key)).doubleValue();
    }
}
