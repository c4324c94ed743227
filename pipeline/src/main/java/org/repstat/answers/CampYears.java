package org.repstat.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;

/**
 * The camps file's published tables as the camp derivations read them, typed once: each camp with the years its row
 * gives, its figures that the yearly sums use (measure {@code prisoners}, {@code in_yearly_sum=true}, one camp and
 * year, each part of a cell that prints several), and its places. Read from {@code datasets/clean/} only, never
 * from the camps file: the answer tables are derived from what a reader downloads.
 */
final class CampYears {

    static final String CAMPS = "gulag_camps";
    static final String POPULATION = "gulag_camp_population";
    static final String LOCATIONS = "gulag_camp_locations";
    /** Only counts of prisoners are summed: planned, establishment and averaged figures are other measures. */
    static final String MEASURE = "prisoners";

    /** One camp: its row, and its years as given (created, closed, resumed, closed again, resumed again, closed a third time). */
    record Camp(int id, PublishedRow row, List<Integer> years) {
        String name() {
            return row.text("name");
        }

        String nameEn() {
            return row.text("name_en");
        }

        /** Open in {@code year} by its row: created..closed, resumed..closed again, …; an open end runs on. */
        boolean openIn(int year) {
            for (int i = 0; i + 1 < years.size(); i += 2) {
                Integer from = years.get(i);
                Integer to = years.get(i + 1);
                if (from != null && year >= from && (to == null || year <= to)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One figure in the yearly sum: a part of the camp's cell for that year. */
    record Part(int campId, int year, BigDecimal value, String qualifier, String asPrinted, int column, String locator) {
        boolean exact() {
            return qualifier.equals("exact");
        }
    }

    private final Map<Integer, Camp> camps = new TreeMap<>();
    private final Map<Integer, Map<Integer, List<Part>>> parts = new TreeMap<>();
    private final Map<Integer, List<PublishedRow>> places = new TreeMap<>();
    private final int first;
    private final int last;
    private final String sourceId;

    CampYears(PublishedReader reader) {
        for (PublishedRow r : reader.read(CAMPS)) {
            List<Integer> years = new ArrayList<>();
            for (String c : List.of("year_created", "year_closed", "year_resumed", "year_closed_2", "year_resumed_2", "year_closed_3")) {
                Long y = r.integer(c);
                years.add(y == null ? null : y.intValue());
            }
            int id = r.integer("camp_id").intValue();
            camps.put(id, new Camp(id, r, years));
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (PublishedRow r : reader.read(POPULATION)) {
            int year = r.integer("year").intValue();
            lo = Math.min(lo, year);
            hi = Math.max(hi, year);
            if (r.text("measure").equals(MEASURE) && r.flag("in_yearly_sum") && r.number("value") != null) {
                int camp = r.integer("camp_id").intValue();
                parts.computeIfAbsent(camp, k -> new TreeMap<>()).computeIfAbsent(year, k -> new ArrayList<>())
                        .add(new Part(camp, year, r.number("value"), r.text("qualifier"), r.text("as_printed").strip(),
                                r.integer("column").intValue(), r.text("locator")));
            }
        }
        this.first = lo;
        this.last = hi;
        List<String> ids = camps.values().stream().map(c -> c.row().text("source_id")).distinct().toList();
        if (ids.size() != 1) {
            throw new IllegalStateException(CAMPS + " names " + ids.size() + " sources, expected one camps file: " + ids);
        }
        this.sourceId = ids.get(0);
        for (PublishedRow r : reader.read(LOCATIONS)) {
            places.computeIfAbsent(r.integer("camp_id").intValue(), k -> new ArrayList<>()).add(r);
        }
    }

    /** What an {@link AnswerContext} reads: the register (labels, reliability), the preference rule and the vocabularies. */
    static final List<String> CONTEXT = List.of("sources", "preference", "measures", "scopes", "geographies", "qualifiers");

    /** The camps file's published tables these derivations read. */
    static List<String> reads() {
        return List.of(CAMPS, POPULATION, LOCATIONS);
    }

    /** The camps file's id in the source register, as its published tables name it. */
    String sourceId() {
        return sourceId;
    }

    List<Camp> camps() {
        return List.copyOf(camps.values());
    }

    /** The first and last year the file has a column for (people_1923 … people_1960). */
    int firstYear() {
        return first;
    }

    int lastYear() {
        return last;
    }

    /** The camp's figures in the yearly sum for the year (empty when it gives none). */
    List<Part> parts(int campId, int year) {
        return parts.getOrDefault(campId, Map.of()).getOrDefault(year, List.of());
    }

    /**
     * The place the camp's administration held in {@code year}: the last of its places that is its first
     * (dislocation 1) or that it moved to in that year or before. A later place whose year of moving the file does
     * not give is never assumed. Its coordinates may be empty: then the camp is at a place the map cannot draw.
     */
    PublishedRow placeIn(int campId, int year) {
        return places.getOrDefault(campId, List.of()).stream()
                .filter(l -> l.integer("dislocation") == 1 || (l.integer("year_moved") != null && l.integer("year_moved") <= year))
                .max(Comparator.comparingLong(l -> l.integer("dislocation"))).orElse(null);
    }
}
