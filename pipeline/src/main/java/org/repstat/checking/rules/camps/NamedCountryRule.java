package org.repstat.checking.rules.camps;

import static org.repstat.checking.rules.camps.CampResults.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;
import org.repstat.geo.Outline;
import org.repstat.geo.PlaceCountries;

/**
 * Kind {@code camp_in_named_country}: a camp whose place text names a republic ("Казахская ССР, город Караганда")
 * has its point in that republic's outline, or within {@code within_km} of it. The word stems that name a country
 * (param {@code places}) and the outline (param {@code outline}) are reference files under datasets/raw/, read only
 * when a row of this kind exists.
 */
public final class NamedCountryRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE.requires("within_km", ParamType.NUMBER).requires("outline", ParamType.RAW_FILE)
                .requires("places", ParamType.RAW_FILE);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        BigDecimal withinKm = new BigDecimal(d.params().get("within_km"));
        Outline outline = run.reference(d, "outline", Outline.class, Outline::read);
        PlaceCountries places = run.reference(d, "places", PlaceCountries.class, PlaceCountries::read);
        CampTables t = CampTables.of(run);
        List<CheckResult> out = new ArrayList<>();
        int ok = 0;
        int named = 0;
        for (CampTables.Location l : t.locations()) {
            Set<String> countries = places.named(l.place());
            if (countries.isEmpty() || l.latitude() == null || l.longitude() == null) {
                continue;
            }
            named++;
            double lat = l.latitude().doubleValue();
            double lon = l.longitude().doubleValue();
            String found = outline.countryAt(lon, lat);
            if (found != null && countries.contains(found)) {
                ok++;
                continue;
            }
            double km = countries.stream().mapToDouble(n -> outline.kilometresTo(lon, lat, n)).min().orElse(Double.MAX_VALUE);
            if (km <= withinKm.doubleValue()) {
                ok++;
                continue;
            }
            String where = found == null ? "no outline" : found;
            out.add(CampResults.finding(d, t.subject(l.campId()) + " / dislocation " + l.dislocation(),
                    l.latitudeText() + ", " + l.longitudeText() + " (in " + where + ")",
                    "in " + String.join(" or ", countries), num(withinKm) + " km", List.of(l.sourceRow()),
                    "The place text names " + String.join(" or ", countries) + " but the point lies in "
                            + (found == null ? "no country's outline" : found) + String.format(Locale.ROOT,
                            ", %.0f km from it (place: %s).", km, l.place())));
        }
        out.add(CampResults.summary(d, ok + " of " + named
                + " located dislocations whose place text names a republic lie in it"));
        return CampResults.sorted(out);
    }
}
