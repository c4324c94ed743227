package org.repstat.charting;

import static org.repstat.charting.Rows.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.repstat.Workspace;
import org.repstat.charting.GulagCharts.CampFigure;
import org.repstat.charting.GulagCharts.MapPoint;
import org.repstat.charting.GulagCharts.YearSum;
import org.repstat.charting.PublishedData.Obs;
import org.repstat.geo.Outline;
import org.repstat.importing.gulag.Camp;
import org.repstat.importing.gulag.CampData;
import org.repstat.importing.gulag.CampRows;
import org.repstat.importing.gulag.GulagCampImport;

/**
 * The Gulag camps charts as report figures, like every other topic's: a title that states what the camps file
 * shows (computed here), a caption, the numbers as a table, the rows and places they come from, and the rows of
 * checks.csv that concern each chart. The figures are computed from the same typed rows the camp tables in
 * datasets/clean/ are written from, so chart, table and published CSV cannot drift apart.
 */
public final class GulagFigures {

    static final String CITED_BOOK = "memorial-sistema-itl-1998";
    static final String OUTLINE_SOURCE = "natural-earth-world-atlas-2-0-2";
    /** Where "east of the Urals" starts on the map's finding: the range runs along about 60°E. */
    static final double URALS_LON = 60.0;
    /**
     * Scopes of a published total for all camps: the same as the compare selector of the catalogue check
     * gulag_yearly_sum_vs_total (a test holds the two equal), so chart and check set the camps against the same totals.
     */
    public static final Set<String> TOTAL_SCOPES = Set.of("gulag_camps", "gulag", "gulag_and_prisons");
    private static final Pattern SUBJECT_CAMPS = Pattern.compile("^camps? (\\d+(?:, \\d+)*)");

    private final CampData camps;
    private final PublishedData data;
    private final Outline outline;

    public GulagFigures(CampData camps, PublishedData data, Outline outline) {
        this.camps = camps;
        this.data = data;
        this.outline = outline;
    }

    /** True when the camps file has been imported into datasets/clean/: only then has the report a camps section. */
    public static boolean published(Workspace ws) {
        return Files.exists(ws.clean().resolve("gulag_camps.csv"))
                && Files.exists(ws.raw().resolve(GulagCampImport.DIR).resolve(GulagCampImport.DATA_FILE));
    }

    /** The four camps figures the report shows (map of {@link GulagCharts#DEFAULT_MAP_YEAR}), or none. */
    public static List<Figure> forReport(Workspace ws, PublishedData data) {
        if (!published(ws)) {
            return List.of();
        }
        GulagFigures g = new GulagFigures(GulagCampImport.run(ws), data, Outline.read(ws));
        return List.of(g.prisonersPerYear(), g.largestCamps(1937), g.largestCamps(1938),
                g.campsMap(GulagCharts.DEFAULT_MAP_YEAR));
    }

    // ---- prisoners per year -----------------------------------------------------------------------------------

    /** Published totals for all camps on one date or in one year (the totals the coverage check uses). */
    List<Obs> publishedTotals() {
        return data.observations().stream()
                .filter(o -> o.measure().equals("prisoners") && TOTAL_SCOPES.contains(o.scope())
                        && !o.periodStart().isEmpty() && o.periodStart().equals(o.periodEnd()) && o.value() != null)
                .sorted(Comparator.comparing(Obs::periodStart).thenComparing(Obs::id)).toList();
    }

    static int year(Obs o) {
        return Integer.parseInt(o.periodStart().substring(0, 4));
    }

    public Figure prisonersPerYear() {
        List<YearSum> sums = GulagCharts.yearSums(camps);
        List<Obs> totals = publishedTotals();
        DataTable.Builder t = new DataTable.Builder("Year", "Camps giving a figure", "Camps the file has open",
                "Sum of exact counts", "Sum of qualified counts", "Sum over camps", "Published total for all camps",
                "Sum as % of the published total");
        List<BigDecimal> shares = new ArrayList<>();
        TreeSet<Integer> over = new TreeSet<>();
        for (YearSum y : sums) {
            List<Obs> mine = totals.stream().filter(o -> year(o) == y.year()).toList();
            if (y.camps() == 0 && mine.isEmpty()) {
                continue;
            }
            List<String> published = new ArrayList<>();
            List<String> share = new ArrayList<>();
            for (Obs o : mine) {
                published.add(("exact".equals(o.qualifier()) ? "" : o.qualifier() + " ") + num(o.value()) + " ("
                        + data.scopeLabel(o.scope()) + ", " + o.periodStart() + ", " + o.sourceId() + ")");
                BigDecimal pct = percent(y.total(), o.value());
                shares.add(pct);
                share.add(pct.toPlainString() + "%");
                if (y.total() > o.value().longValue()) {
                    over.add(y.year());
                }
            }
            t.row(String.valueOf(y.year()), String.valueOf(y.camps()), String.valueOf(y.campsOpen()), num(y.exact()),
                    num(y.qualified()), num(y.total()), String.join("; ", published), String.join("; ", share));
        }
        YearSum peak = sums.stream().max(Comparator.comparingLong(YearSum::total)).orElseThrow();
        String title = "Summed over the camps that give a figure, the camps file counts most prisoners in "
                + peak.year() + ": " + num(peak.total()) + " in " + peak.camps() + " camps";
        if (!shares.isEmpty()) {
            title += "; beside a published total for all camps the sum is " + shares.stream().min(BigDecimal::compareTo)
                    .orElseThrow().setScale(0, RoundingMode.HALF_EVEN) + "% to "
                    + shares.stream().max(BigDecimal::compareTo).orElseThrow().setScale(0, RoundingMode.HALF_EVEN) + "% of it";
        }
        long qualifiedRows = sums.stream().mapToLong(y -> y.camps() - y.exactCamps()).sum();
        String caption = "Each bar adds up, for one year, the prisoner counts of the camps that give one in the Urbica "
                + "camps file (measure \"prisoners\", one figure per camp and year; planned, establishment and average "
                + "figures are other measures and are left out). Dark: exact counts; light: the " + qualifiedRows
                + " qualified counts (\"up to\", or marked doubtful with \"(?)\"), stacked on top. The number in brackets "
                + "under each year is how many camps give a figure: few camps make a small bar, not a small Gulag. "
                + "Markers are published totals for all camps (\"gulag camps\": corrective-labour camps only; \"gulag and "
                + "prisons\": camps, colonies and prisons together), drawn in the year of the date they count on. "
                + "This sum is not the Gulag's population: camps that give no figure are missing, the yearly figures "
                + "carry no date within the year, and published totals count on one day (often 1 January). Where the sum is above a published "
                + "total for all camps (" + (over.isEmpty() ? "no year" : years(over)) + "), the file and the total "
                + "cannot both be right for the same date: the checks below report it as a warning. They also list "
                + "possible duplicate camps, which a sum would count twice.";
        List<Figure.Cited> cited = new ArrayList<>(citedRows(camps.population().stream()
                .filter(p -> p.inYearlySum() && p.measure().equals("prisoners") && p.value().value() != null).toList()));
        cited.add(new Figure.Cited("", CITED_BOOK, "each camp's page, cited by the camps file (column reference_url of gulag_camps.csv)"));
        cited.addAll(Rows.cited(totals));
        List<GulagCharts.TotalMark> marks = new ArrayList<>();
        for (Obs o : totals) {
            // One marker per kind of total and year; a second source with another figure gets its own marker.
            int year = year(o);
            long value = o.value().longValue();
            String series = "published total: " + data.scopeLabel(o.scope());
            while (true) {
                String candidate = series;
                List<GulagCharts.TotalMark> taken = marks.stream().filter(m -> m.series().equals(candidate) && m.year() == year).toList();
                if (taken.isEmpty() || taken.get(0).value() == value) {
                    break;
                }
                series += " (another source)";
            }
            GulagCharts.TotalMark mark = new GulagCharts.TotalMark(series, year, value);
            if (!marks.contains(mark)) {
                marks.add(mark);
            }
        }
        return new Figure("gulag-prisoners-per-year", Topic.GULAG, title, caption, t.build(), cited,
                GulagCharts.prisonersPerYear(sums, marks), checks(Set.of("gulag_yearly_sum_vs_total", "gulag-camps-1934-agree",
                        "gulag_non_negative", "gulag_plausible_count", "gulag_duplicate_camp"), null));
    }

    // ---- largest camps ----------------------------------------------------------------------------------------

    public Figure largestCamps(int year) {
        List<CampFigure> all = GulagCharts.figuresIn(camps, year);
        List<CampFigure> shown = all.subList(0, Math.min(GulagCharts.LARGEST, all.size()));
        long sumAll = all.stream().mapToLong(CampFigure::value).sum();
        long sumShown = shown.stream().mapToLong(CampFigure::value).sum();
        DataTable.Builder t = new DataTable.Builder("Rank", "Camp (as the file names it)", "English name (where the file gives one)",
                "Camp id", "Prisoners", "Qualifier", "Cell as printed", "Line", "Column");
        int rank = 0;
        for (CampFigure f : shown) {
            rank++;
            t.row(String.valueOf(rank), f.camp().name(), f.camp().nameEn(), String.valueOf(f.camp().id()),
                    num(f.value()), f.row().value().qualifier(), f.row().asPrinted().strip(),
                    String.valueOf(f.row().line()), String.valueOf(f.row().column()));
        }
        String title;
        if (shown.isEmpty()) {
            title = "No camp in the camps file gives a prisoner figure for " + year;
        } else {
            CampFigure top = shown.get(0);
            title = "In " + year + " the largest camp in the camps file, " + nameOf(top.camp()) + ", held "
                    + num(top.value()) + " prisoners; the " + shown.size() + " largest held " + num(sumShown) + ", "
                    + percent(sumShown, BigDecimal.valueOf(sumAll)).setScale(0, RoundingMode.HALF_EVEN) + "% of the "
                    + num(sumAll) + " counted in the " + all.size() + " camps that give a figure";
        }
        long qualified = shown.stream().filter(f -> !f.exact()).count();
        String caption = "The " + shown.size() + " camps with the largest prisoner count for " + year + " in the Urbica camps "
                + "file (one figure per camp and year, the count the yearly sums use), largest first. "
                + (qualified == 0 ? "All of them are exact counts. " : qualified + " of them are qualified (light bar). ")
                + "Names are the file's, in Russian (ИТЛ = corrective-labour camp), numbered by rank as in the table, which "
                + "gives the file's English name where it has one and the line and column of the cell each figure was read from.";
        Map<String, List<Integer>> byName = shown.stream().collect(Collectors.groupingBy(f -> f.camp().name(), TreeMap::new,
                Collectors.mapping(f -> f.camp().id(), Collectors.toList())));
        for (Map.Entry<String, List<Integer>> e : byName.entrySet()) {
            if (e.getValue().size() > 1) {
                caption += " Two or more bars carry the same name, " + e.getKey() + " (camps " + e.getValue().stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + "): the file has a row for each; whether "
                        + "they are one camp entered twice is an open question the checks below list.";
            }
        }
        List<Figure.Cited> cited = new ArrayList<>(citedRows(shown.stream().map(CampFigure::row).toList()));
        cited.addAll(bookPages(shown.stream().map(CampFigure::camp).toList()));
        Set<Integer> ids = shown.stream().map(f -> f.camp().id()).collect(Collectors.toSet());
        return new Figure("gulag-largest-camps-" + year, Topic.GULAG, title, caption, t.build(), cited,
                GulagCharts.largestCamps(shown), checks(Set.of("gulag_max_in_its_year", "gulag_max_is_maximum",
                        "gulag_plausible_count", "gulag_non_negative", "gulag_duplicate_camp", "gulag_figures_in_open_years"), ids));
    }

    // ---- map --------------------------------------------------------------------------------------------------

    public Figure campsMap(int year) {
        List<MapPoint> points = GulagCharts.mapPoints(camps, year);
        List<MapPoint> withFigure = points.stream().filter(p -> p.value() != null).toList();
        long counted = withFigure.stream().mapToLong(MapPoint::value).sum();
        long east = withFigure.stream().filter(p -> p.lon() > URALS_LON).mapToLong(MapPoint::value).sum();
        DataTable.Builder t = new DataTable.Builder("Camp (as the file names it)", "English name", "Prisoners " + year,
                "Qualifier", "Place (as the file gives it)", "Latitude °N", "Longitude °E");
        List<MapPoint> ordered = points.stream().sorted(Comparator.comparing((MapPoint p) -> p.value() == null)
                .thenComparing(Comparator.comparingLong((MapPoint p) -> p.value() == null ? 0 : p.value()).reversed())
                .thenComparingInt(p -> p.camp().id())).toList();
        for (MapPoint p : ordered) {
            t.row(p.camp().name(), p.camp().nameEn(), p.value() == null ? "no figure" : num(p.value()),
                    p.value() == null ? "" : p.exact() ? "exact" : "qualified", p.location().place(),
                    p.location().latitude().toPlainString(), p.location().longitude().toPlainString());
        }
        String title = "In " + year + " the camps file has " + points.size() + " camps open at a known place, "
                + withFigure.size() + " of them with a prisoner count";
        if (counted > 0) {
            title += "; " + percent(east, BigDecimal.valueOf(counted)).setScale(0, RoundingMode.HALF_EVEN)
                    + "% of the prisoners counted were held east of the Urals (east of 60°E)";
        }
        String caption = "Each point is a camp the file has open in " + year + " (or giving a figure that year), drawn at the "
                + "place its administration held that year; its size gives the prisoner count in four classes (legend), "
                + "diamonds are qualified counts, small blue dots are camps open with no figure. The grey outline is today's "
                + "borders (Natural Earth), not the USSR's of " + year + ". Camps whose place has no coordinates are not drawn.";
        List<Integer> ids = points.stream().map(p -> p.camp().id()).toList();
        List<CampRows.Population> rows = GulagCharts.figuresIn(camps, year).stream().map(CampFigure::row)
                .filter(r -> ids.contains(r.campId())).toList();
        List<Figure.Cited> cited = new ArrayList<>(citedRows(rows));
        for (MapPoint p : points) {
            cited.add(new Figure.Cited("camp " + p.camp().id() + " dislocation " + p.location().order(),
                    GulagCampImport.SOURCE_ID, "line=" + p.location().line()));
        }
        cited.addAll(bookPages(points.stream().map(MapPoint::camp).toList()));
        cited.add(new Figure.Cited("", OUTLINE_SOURCE, "countries-50m.json"));
        return new Figure("gulag-camps-map-" + year, Topic.GULAG, title, caption, t.build(), cited,
                GulagCharts.campsMap(points, outline, year), checks(Set.of("gulag_coordinates",
                        "gulag_figures_in_open_years", "gulag_years_in_order", "gulag_duplicate_camp"), Set.copyOf(ids)));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String nameOf(Camp c) {
        return c.nameEn().isEmpty() ? c.name() : c.name() + " (" + c.nameEn() + ")";
    }

    static BigDecimal percent(long part, BigDecimal whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    /** "1931–1934, 1953": runs of consecutive years joined. */
    static String years(TreeSet<Integer> years) {
        List<String> out = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int y : years) {
            if (prev != null && y == prev + 1) {
                prev = y;
                continue;
            }
            if (start != null) {
                out.add(start.equals(prev) ? String.valueOf(start) : start + "–" + prev);
            }
            start = y;
            prev = y;
        }
        if (start != null) {
            out.add(start.equals(prev) ? String.valueOf(start) : start + "–" + prev);
        }
        return String.join(", ", out);
    }

    private static List<Figure.Cited> citedRows(List<CampRows.Population> rows) {
        return rows.stream().map(p -> new Figure.Cited("camp " + p.campId() + " " + p.year(), GulagCampImport.SOURCE_ID,
                String.format(Locale.ROOT, "line=%d; column=%d", p.line(), p.column()))).toList();
    }

    /** The reference-book pages the camps file cites for these camps. */
    private static List<Figure.Cited> bookPages(List<Camp> shown) {
        return shown.stream().filter(c -> !c.referenceUrl().isEmpty())
                .map(c -> new Figure.Cited("camp " + c.id(), CITED_BOOK, "page " + c.referenceUrl() + " (cited by the camps file)"))
                .toList();
    }

    /**
     * The checks.csv rows of the given checks that concern a chart: with {@code campIds}, only the rows that name
     * one of its camps, plus the rows about all camps.
     */
    private List<PublishedData.Check> checks(Set<String> checkIds, Set<Integer> campIds) {
        return data.checksFor(Topic.GULAG.id()).stream().filter(c -> checkIds.contains(c.checkId()))
                .filter(c -> campIds == null || namesCampIn(c.subject(), campIds) || c.subject().equals("all camps"))
                .toList();
    }

    static boolean namesCampIn(String subject, Set<Integer> campIds) {
        Matcher m = SUBJECT_CAMPS.matcher(subject);
        if (!m.find()) {
            return false;
        }
        for (String id : m.group(1).split(", ")) {
            if (campIds.contains(Integer.parseInt(id))) {
                return true;
            }
        }
        return false;
    }
}
