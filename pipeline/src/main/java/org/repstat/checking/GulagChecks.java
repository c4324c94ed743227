package org.repstat.checking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.repstat.Workspace;
import org.repstat.published.PublishedNumbers;
import org.repstat.geo.Outline;
import org.repstat.geo.PlaceCountries;
import org.repstat.importing.gulag.Camp;
import org.repstat.importing.gulag.CampData;
import org.repstat.importing.gulag.CampRows;
import org.repstat.importing.gulag.GulagCampImport;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The checks of the Gulag camps file (topic "gulag"): each camp's own stated maximum and years against its yearly
 * series, counts non-negative and plausible, coordinates inside the USSR and the Soviet zone of Germany and on the
 * outline's land, duplicate camps, and the yearly sum over camps against a published total for all camps with the
 * number of camps that give a figure (coverage). Findings about the source are warnings: they are reported beside
 * the data, never silently "fixed"; a negative count is an error.
 */
public final class GulagChecks {

    public static final String TOPIC = "gulag";
    /** Scopes of a published total for all camps (observations.csv): what the yearly sum is set against. */
    public static final Set<String> TOTAL_SCOPES = Set.of("gulag_camps", "gulag", "gulag_and_prisons");
    /** Above this a single camp's figure reads like an extra digit: see PLAUSIBLE_WHY. */
    static final long PLAUSIBLE_MAX = 300_000;
    static final String PLAUSIBLE_WHY = "One camp holding over 300,000 would be more than half of all camps' prisoners on 1 January 1934 "
            + "(510,307, readli-244724-p8): such a figure is more likely a typing slip than a camp.";
    /** The outline is 1:50m: a camp on a coast or small island may fall just outside it. */
    static final double COAST_TOLERANCE_KM = 25;
    /** USSR (Kaliningrad to Chukotka, Kushka to Franz Josef Land) and the Soviet zone of Germany. */
    static final double LAT_MIN = 35, LAT_MAX = 82, LON_MIN = 9.5, LON_MAX = 192;

    private final CampData data;
    private final Outline outline;
    private final PlaceCountries places;
    private final List<Total> totals;
    private final List<CheckResult> results = new ArrayList<>();
    private final Map<Integer, Camp> camps = new TreeMap<>();

    /** A published total of prisoners for one year, from observations.csv. */
    public record Total(String observationId, String sourceId, String locator, String scope, String date, int year,
                        BigDecimal value, String qualifier) {
    }

    private GulagChecks(CampData data, Outline outline, PlaceCountries places, List<Total> totals) {
        this.data = data;
        this.outline = outline;
        this.places = places;
        this.totals = totals;
        data.camps().forEach(c -> camps.put(c.id(), c));
    }

    /** Imports the camps file, reads the outline and the published totals, and runs every check. */
    public static List<CheckResult> run(Workspace ws) {
        return run(GulagCampImport.run(ws), Outline.read(ws), PlaceCountries.read(ws), totals(ws));
    }

    public static List<CheckResult> run(CampData data, Outline outline, PlaceCountries places, List<Total> totals) {
        GulagChecks c = new GulagChecks(data, outline, places, totals);
        c.maximumInItsYear();
        c.maximumIsMaximum();
        c.figuresInsideOpenYears();
        c.yearsInOrder();
        c.nonNegative();
        c.plausible();
        c.coordinates();
        c.coordinatesInNamedCountry();
        c.duplicates();
        c.yearlyTotals();
        return c.results.stream().sorted(Comparator.comparing(CheckResult::checkId)
                .thenComparing(CheckResult::subject)).toList();
    }

    /** Prisoner totals (measure prisoners, a Gulag scope, one date or year) from datasets/clean/observations.csv. */
    public static List<Total> totals(Workspace ws) {
        List<Total> out = new ArrayList<>();
        for (RawRow r : RawTable.read(ws.clean().resolve("observations.csv")).rows()) {
            String start = r.text("period_start");
            if (r.text("measure").equals("prisoners") && TOTAL_SCOPES.contains(r.text("scope"))
                    && start.equals(r.text("period_end")) && !r.text("value").isEmpty()) {
                out.add(new Total(r.text("observation_id"), r.text("source_id"), r.text("locator"), r.text("scope"),
                        start, Integer.parseInt(start.substring(0, 4)), new BigDecimal(r.text("value")), r.text("qualifier")));
            }
        }
        return out;
    }

    private List<CampRows.Population> counts(int campId) {
        return data.population().stream().filter(p -> p.campId() == campId && p.measure().equals("prisoners")
                && p.value().value() != null).toList();
    }

    private void maximumInItsYear() {
        String why = "A camp's stated maximum and its date should agree with its own yearly figures; a mismatch means one of them was mistyped or they count at different dates.";
        int agree = 0;
        for (Camp c : camps.values()) {
            if (c.maxPeople() == null || !"prisoners".equals(c.maxPeopleMeasure()) || c.maxPeopleDateStart().length() < 4) {
                continue;
            }
            int from = Integer.parseInt(c.maxPeopleDateStart().substring(0, 4));
            int to = Integer.parseInt(c.maxPeopleDateEnd().substring(0, 4));
            List<CampRows.Population> inYears = counts(c.id()).stream().filter(p -> p.year() >= from && p.year() <= to).toList();
            if (inYears.isEmpty()) {
                continue;
            }
            boolean found = inYears.stream().anyMatch(p -> p.value().value().compareTo(c.maxPeople().value()) == 0);
            if (found) {
                agree++;
                continue;
            }
            BigDecimal nearest = inYears.stream().map(p -> p.value().value()).max(Comparator.naturalOrder()).orElseThrow();
            results.add(result("gulag_max_in_its_year", "camp_summary", Severity.WARNING, CheckStatus.WARN, subject(c),
                    num(nearest), num(c.maxPeople().value()), "0", nearest.subtract(c.maxPeople().value()), c.maxPeople().value(),
                    rows(c, inYears), "The camp's max_people " + c.maxPeopleAsPrinted() + " (" + c.maxPeopleDateAsPrinted()
                            + ") is not among its figures for that year: " + values(inYears) + ".", why));
        }
        results.add(summary("gulag_max_in_its_year", "camp_summary", agree + " camps agree", why));
    }

    private void maximumIsMaximum() {
        String why = "No yearly figure of a camp should exceed the maximum the same row states for it.";
        int ok = 0;
        for (Camp c : camps.values()) {
            if (c.maxPeople() == null || !"prisoners".equals(c.maxPeopleMeasure())) {
                continue;
            }
            List<CampRows.Population> above = counts(c.id()).stream()
                    .filter(p -> p.value().value().compareTo(c.maxPeople().value()) > 0).toList();
            if (above.isEmpty()) {
                ok++;
                continue;
            }
            BigDecimal top = above.stream().map(p -> p.value().value()).max(Comparator.naturalOrder()).orElseThrow();
            results.add(result("gulag_max_is_maximum", "camp_summary", Severity.WARNING, CheckStatus.WARN, subject(c),
                    num(top), "≤ " + num(c.maxPeople().value()), "0", top.subtract(c.maxPeople().value()), c.maxPeople().value(),
                    rows(c, above), "Yearly figures above the stated maximum " + c.maxPeopleAsPrinted() + ": " + values(above) + ".", why));
        }
        results.add(summary("gulag_max_is_maximum", "camp_summary", ok + " camps with a stated maximum have no figure above it", why));
    }

    private void figuresInsideOpenYears() {
        String why = "A camp cannot hold prisoners in a year before it was created or after it was closed; a figure there means a wrong year somewhere in the row.";
        int ok = 0;
        for (Camp c : camps.values()) {
            List<int[]> spans = c.activeSpans();
            if (spans.isEmpty()) {
                continue;
            }
            List<CampRows.Population> outside = data.population().stream().filter(p -> p.campId() == c.id()
                    && p.value().value() != null && spans.stream().noneMatch(s -> p.year() >= s[0] && p.year() <= s[1])).toList();
            if (outside.isEmpty()) {
                ok++;
                continue;
            }
            String years = outside.stream().map(p -> String.valueOf(p.year())).distinct().collect(Collectors.joining(", "));
            results.add(result("gulag_figures_in_open_years", "camp_summary", Severity.WARNING, CheckStatus.WARN, subject(c),
                    years, spansText(spans), "", null, null, rows(c, outside),
                    "Figures in " + years + ", outside the years the row gives (" + spansText(spans) + ").", why));
        }
        results.add(summary("gulag_figures_in_open_years", "camp_summary", ok + " camps have figures only in their open years", why));
    }

    private void yearsInOrder() {
        String why = "A camp is created before it is closed, and re-opened after it was closed: years out of order mean one of them is mistyped.";
        int ok = 0;
        for (Camp c : camps.values()) {
            List<Integer> ys = new ArrayList<>();
            for (Integer y : new Integer[] {c.yearCreated(), c.yearClosed(), c.yearResumed(), c.yearClosed2(),
                    c.yearResumed2(), c.yearClosed3()}) {
                if (y != null) {
                    ys.add(y);
                }
            }
            boolean ordered = true;
            for (int i = 1; i < ys.size(); i++) {
                ordered &= ys.get(i) >= ys.get(i - 1);
            }
            if (ordered) {
                ok++;
                continue;
            }
            results.add(result("gulag_years_in_order", "date_order", Severity.WARNING, CheckStatus.WARN, subject(c),
                    ys.stream().map(String::valueOf).collect(Collectors.joining(" → ")), "non-decreasing", "", null, null,
                    List.of(GulagCampImport.SOURCE_ID + " line=" + c.line()),
                    "Created, closed, resumed and closed-again years are out of order.", why));
        }
        results.add(summary("gulag_years_in_order", "date_order", ok + " camps have their years in order", why));
    }

    private void nonNegative() {
        String why = "A number of people cannot be negative.";
        List<CampRows.Population> negative = data.population().stream()
                .filter(p -> p.value().value() != null && p.value().value().signum() < 0).toList();
        for (CampRows.Population p : negative) {
            Camp c = camps.get(p.campId());
            results.add(result("gulag_non_negative", "non_negative", Severity.ERROR, CheckStatus.FAIL, subject(c) + " / " + p.year(),
                    num(p.value().value()), "≥ 0", "0", null, null, rows(c, List.of(p)), "A negative figure.", why));
        }
        long n = data.population().stream().filter(p -> p.value().value() != null).count();
        results.add(result("gulag_non_negative", "non_negative", Severity.ERROR,
                negative.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL, "all figures", String.valueOf(n - negative.size()),
                String.valueOf(n), "0", null, null, List.of(), (n - negative.size()) + " of " + n + " figures are ≥ 0.", why));
    }

    private void plausible() {
        List<CampRows.Population> odd = data.population().stream().filter(p -> p.value().value() != null
                && (p.value().value().signum() == 0 || p.value().value().longValue() > PLAUSIBLE_MAX)).toList();
        for (CampRows.Population p : odd) {
            Camp c = camps.get(p.campId());
            results.add(result("gulag_plausible_count", "plausible_range", Severity.WARNING, CheckStatus.WARN,
                    subject(c) + " / " + p.year(), num(p.value().value()), "1 to " + PLAUSIBLE_MAX, "", null, null,
                    rows(c, List.of(p)), p.value().value().signum() == 0 ? "A zero: the file writes no figure as an empty cell, so 0 may be a count or a slip."
                            : "Above " + PLAUSIBLE_MAX + ".", PLAUSIBLE_WHY));
        }
        long n = data.population().stream().filter(p -> p.value().value() != null).count();
        results.add(summary("gulag_plausible_count", "plausible_range", (n - odd.size()) + " of " + n + " figures between 1 and " + PLAUSIBLE_MAX, PLAUSIBLE_WHY));
    }

    private void coordinates() {
        String why = "Camp administrations lay in the USSR (and, for the special camps of 1945–50, the Soviet zone of Germany): a point outside, or at sea, means swapped, mistyped or missing digits.";
        int ok = 0;
        for (CampRows.Location l : data.locations()) {
            Camp c = camps.get(l.campId());
            if (l.latitude() == null || l.longitude() == null) {
                continue;
            }
            double lat = l.latitude().doubleValue();
            double lon = Outline.shift(l.longitude().doubleValue());
            String subj = subject(c) + " / dislocation " + l.order();
            List<String> src = List.of(GulagCampImport.SOURCE_ID + " line=" + l.line());
            String observed = l.latitude().toPlainString() + ", " + l.longitude().toPlainString();
            if (lat < LAT_MIN || lat > LAT_MAX || lon < LON_MIN || lon > LON_MAX) {
                boolean swapped = lon >= LAT_MIN && lon <= LAT_MAX && lat >= LON_MIN && lat <= LON_MAX;
                results.add(result("gulag_coordinates", "coordinates", Severity.WARNING, CheckStatus.WARN, subj, observed,
                        "inside 35–82°N, 9.5–192°E", "", null, null, src, "Outside the bounding box of the USSR and the Soviet zone of Germany"
                                + (swapped ? "; latitude and longitude look swapped" : "") + " (place: " + l.place() + ").", why));
                continue;
            }
            String country = outline.countryAt(lon, lat);
            if (country == null) {
                double km = outline.kilometresToOutline(lon, lat);
                if (km > COAST_TOLERANCE_KM) {
                    results.add(result("gulag_coordinates", "coordinates", Severity.WARNING, CheckStatus.WARN, subj, observed,
                            "on land inside the USSR's successor states or Germany (Natural Earth 1:50m)", COAST_TOLERANCE_KM + " km",
                            null, null, src, String.format(java.util.Locale.ROOT,
                                    "Outside every outline, %.0f km from the nearest (place: %s).", km, l.place()), why));
                    continue;
                }
            }
            ok++;
        }
        results.add(summary("gulag_coordinates", "coordinates", ok + " located dislocations on land inside the region (or within " + (int) COAST_TOLERANCE_KM + " km of its 1:50m outline)", why));
    }

    private void coordinatesInNamedCountry() {
        String why = "A camp whose place text names a republic (\"Казахская ССР, город Караганда\") should have its point in that republic: a point elsewhere means a mistyped coordinate or a text that names two places.";
        int ok = 0;
        int named = 0;
        for (CampRows.Location l : data.locations()) {
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
            // A town on a border river or a coast (Narva, Baku) can fall a few km outside its country's 1:50m
            // outline: within the same tolerance as the coast check, that is the map's detail, not a finding.
            double km = countries.stream().mapToDouble(n -> outline.kilometresTo(lon, lat, n)).min().orElse(Double.MAX_VALUE);
            if (km <= COAST_TOLERANCE_KM) {
                ok++;
                continue;
            }
            Camp c = camps.get(l.campId());
            results.add(result("gulag_coordinates_named_region", "coordinates", Severity.WARNING, CheckStatus.WARN,
                    subject(c) + " / dislocation " + l.order(), l.latitude().toPlainString() + ", " + l.longitude().toPlainString()
                            + " (in " + (found == null ? "no outline" : found) + ")",
                    "in " + String.join(" or ", countries), (int) COAST_TOLERANCE_KM + " km", null, null,
                    List.of(GulagCampImport.SOURCE_ID + " line=" + l.line()),
                    "The place text names " + String.join(" or ", countries) + " but the point lies in "
                            + (found == null ? "no country's outline" : found) + String.format(java.util.Locale.ROOT,
                            ", %.0f km from it (place: %s).", km, l.place()), why));
        }
        results.add(summary("gulag_coordinates_named_region", "coordinates", ok + " of " + named
                + " located dislocations whose place text names a republic lie in it", why));
    }

    private void duplicates() {
        String why = "One camp entered twice would be counted twice in every sum and map.";
        Map<String, List<Camp>> byName = camps.values().stream().collect(Collectors.groupingBy(
                c -> c.name().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "), TreeMap::new, Collectors.toList()));
        Map<String, List<Camp>> byLink = camps.values().stream()
                .filter(c -> c.referenceUrl().toLowerCase(java.util.Locale.ROOT).matches(".*/r\\d+/r\\d+-\\d+\\.htm"))
                .collect(Collectors.groupingBy(c -> c.referenceUrl().toLowerCase(java.util.Locale.ROOT).replace("://memo.ru", "://www.memo.ru"),
                        TreeMap::new, Collectors.toList()));
        int dups = 0;
        for (var e : byName.entrySet()) {
            if (e.getValue().size() > 1) {
                dups++;
                results.add(duplicate("same name", "same name '" + e.getValue().get(0).name() + "'", e.getValue(), why));
            }
        }
        for (var e : byLink.entrySet()) {
            if (e.getValue().size() > 1) {
                dups++;
                results.add(duplicate("same page", "same reference-book page " + e.getKey(), e.getValue(), why));
            }
        }
        results.add(summary("gulag_duplicate_camp", "duplicate_camp", (camps.size()) + " camps, " + dups + " groups sharing a name or a camp page", why));
    }

    private CheckResult duplicate(String shared, String what, List<Camp> group, String why) {
        String ids = group.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(", "));
        return result("gulag_duplicate_camp", "duplicate_camp", Severity.WARNING, CheckStatus.WARN,
                "camps " + ids + " (" + shared + ")",
                String.valueOf(group.size()), "1", "", null, null,
                group.stream().map(c -> GulagCampImport.SOURCE_ID + " line=" + c.line()).toList(),
                "Camps " + group.stream().map(GulagChecks::subject).collect(Collectors.joining("; ")) + ": " + what
                        + ". They may be one camp entered twice or distinct camps (read their years and places).", why);
    }

    private void yearlyTotals() {
        String why = "The camps that give a figure are a part of all camps: their sum must not exceed a published total for all camps, and how much of it they cover is shown, never hidden.";
        for (Total t : totals) {
            List<CampRows.Population> year = data.population().stream().filter(p -> p.year() == t.year() && p.inYearlySum()
                    && p.measure().equals("prisoners")).toList();
            BigDecimal sum = year.stream().map(p -> p.value().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            long exact = year.stream().filter(p -> p.value().qualifier().equals("exact")).count();
            long open = camps.values().stream().filter(c -> c.activeSpans().stream().anyMatch(s -> t.year() >= s[0] && t.year() <= s[1])).count();
            boolean over = sum.compareTo(t.value()) > 0;
            String share = t.value().signum() == 0 ? "" : sum.multiply(BigDecimal.valueOf(100)).divide(t.value(), 1, RoundingMode.HALF_EVEN).toPlainString();
            results.add(result("gulag_yearly_sum_vs_total", "coverage", Severity.WARNING, over ? CheckStatus.WARN : CheckStatus.PASS,
                    t.year() + " / " + t.observationId(), num(sum), "≤ " + num(t.value()), "0 (a part cannot exceed the whole)",
                    sum.subtract(t.value()), t.value(), List.of(t.sourceId() + " " + t.locator()),
                    String.format(java.util.Locale.ROOT, "%d camps give a figure for %d (%d exact, %d qualified) of %d camps the file has open that year; "
                                    + "their sum %s is %s%% of the published total %s (%s, %s, %s, %s). The camps' yearly figures carry no date within the year.",
                            year.size(), t.year(), exact, year.size() - exact, open, num(sum), share, num(t.value()), t.scope(), t.date(),
                            t.qualifier(), t.sourceId()), why, List.of(t.observationId())));
        }
    }

    // ---- helpers

    private CheckResult summary(String id, String kind, String observed, String why) {
        return result(id, kind, Severity.WARNING, CheckStatus.PASS, "all camps", observed, "", "", null, null, List.of(),
                observed + "; rows below (if any) list each camp that does not.", why);
    }

    private static CheckResult result(String id, String kind, Severity severity, CheckStatus status, String subject,
                                      String observed, String expected, String tolerance, BigDecimal difference,
                                      BigDecimal base, List<String> sourceRows, String message, String why) {
        return result(id, kind, severity, status, subject, observed, expected, tolerance, difference, base, sourceRows,
                message, why, List.of());
    }

    private static CheckResult result(String id, String kind, Severity severity, CheckStatus status, String subject,
                                      String observed, String expected, String tolerance, BigDecimal difference,
                                      BigDecimal base, List<String> sourceRows, String message, String why,
                                      List<String> observationIds) {
        String rel = difference == null || base == null || base.signum() == 0 ? ""
                : PublishedNumbers.format(difference.multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_EVEN));
        return new CheckResult(id, kind, TOPIC, severity, status, subject, observed, expected, tolerance,
                difference == null ? "" : PublishedNumbers.format(difference), rel, observationIds, sourceRows, message, why);
    }

    static String subject(Camp c) {
        return "camp " + c.id() + " " + c.name();
    }

    private static List<String> rows(Camp c, List<CampRows.Population> ps) {
        return ps.stream().map(p -> GulagCampImport.SOURCE_ID + " line=" + p.line() + "; column=" + p.column()).distinct().toList();
    }

    private static String values(List<CampRows.Population> ps) {
        return ps.stream().map(p -> p.year() + ": " + p.asPrinted().strip()).collect(Collectors.joining(", "));
    }

    private static String num(BigDecimal n) {
        return PublishedNumbers.format(n);
    }

    private static String spansText(List<int[]> spans) {
        return spans.stream().map(s -> s[0] + "–" + (s[1] == Integer.MAX_VALUE ? "" : String.valueOf(s[1])))
                .collect(Collectors.joining(", "));
    }
}
