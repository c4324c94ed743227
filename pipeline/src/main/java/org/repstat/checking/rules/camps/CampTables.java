package org.repstat.checking.rules.camps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.repstat.checking.PublishedData;
import org.repstat.checking.rules.CheckRun;
import org.repstat.published.Selector;

/**
 * The camps file's published tables as the camp checks read them: {@code gulag_camps}, {@code gulag_camp_population}
 * and {@code gulag_camp_locations} from {@code datasets/clean/}, typed once per run. Never the raw file: the checks
 * hold to account what a reader downloads. The reading is lenient like {@link PublishedData}: a cell that does not
 * parse reads as absent, and saying so is the schema check's job.
 */
final class CampTables {

    /** The camps file's tables, by the names its source kind publishes them under. */
    static final String CAMPS = "gulag_camps";
    static final String POPULATION = "gulag_camp_population";
    static final String LOCATIONS = "gulag_camp_locations";

    /**
     * One row of gulag_camps: the camp's years (created, closed, resumed, closed again, resumed again, closed a
     * third time; null where not given) and its own stated maximum.
     */
    record Camp(int id, String name, List<Integer> years, String referenceUrl, BigDecimal maxPeople,
                String maxMeasure, String maxAsPrinted, String maxDateStart, String maxDateEnd,
                String maxDateAsPrinted, String sourceRow) {

        /** The years the camp is said to have existed: created..closed, resumed..closed again; an open end is MAX_VALUE. */
        List<int[]> activeSpans() {
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i + 1 < years.size(); i += 2) {
                if (years.get(i) != null) {
                    spans.add(new int[] {years.get(i), years.get(i + 1) == null ? Integer.MAX_VALUE : years.get(i + 1)});
                }
            }
            return spans;
        }

        boolean openIn(int year) {
            return activeSpans().stream().anyMatch(s -> year >= s[0] && year <= s[1]);
        }
    }

    /** One row of gulag_camp_population: a figure for one camp and year. */
    record Figure(Map<String, String> row, int campId, int year, String measure, BigDecimal value, String qualifier,
                  String asPrinted, boolean inYearlySum, String sourceRow) {
    }

    /** One row of gulag_camp_locations: a place of the camp's administration. */
    record Location(int campId, int dislocation, String place, String latitudeText, String longitudeText,
                    BigDecimal latitude, BigDecimal longitude, String sourceRow) {
    }

    private final Map<Integer, Camp> camps = new TreeMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();

    private CampTables(PublishedData data) {
        for (Map<String, String> r : data.rows(CAMPS)) {
            Integer id = integer(r.get("camp_id"));
            if (id == null) {
                continue;
            }
            List<Integer> years = new ArrayList<>();
            for (String column : List.of("year_created", "year_closed", "year_resumed", "year_closed_2",
                    "year_resumed_2", "year_closed_3")) {
                years.add(integer(r.get(column)));
            }
            camps.put(id, new Camp(id, r.get("name"), years, r.get("reference_url"), number(r.get("max_people")),
                    r.get("max_people_measure"), r.get("max_people_as_printed"), r.get("max_people_date_start"),
                    r.get("max_people_date_end"), r.get("max_people_date_as_printed"), sourceRow(r)));
        }
        for (Map<String, String> r : data.rows(POPULATION)) {
            Integer camp = integer(r.get("camp_id"));
            Integer year = integer(r.get("year"));
            if (camp != null && year != null) {
                figures.add(new Figure(r, camp, year, r.get("measure"), number(r.get("value")), r.get("qualifier"),
                        r.get("as_printed"), "true".equals(r.get("in_yearly_sum")), sourceRow(r)));
            }
        }
        for (Map<String, String> r : data.rows(LOCATIONS)) {
            Integer camp = integer(r.get("camp_id"));
            Integer order = integer(r.get("dislocation"));
            if (camp != null && order != null) {
                locations.add(new Location(camp, order, r.get("place"), r.get("latitude"), r.get("longitude"),
                        number(r.get("latitude")), number(r.get("longitude")), sourceRow(r)));
            }
        }
    }

    /** The camp tables of this run, typed the first time a camp check asks. */
    static CampTables of(CheckRun run) {
        return run.shared(CampTables.class, CampTables::new);
    }

    /** Every camp, by id. */
    Collection<Camp> camps() {
        return camps.values();
    }

    /** The figures a check's selector picks that give a number (a cell such as 'был закрыт' gives none). */
    List<Figure> figures(Selector select) {
        return figures.stream().filter(f -> f.value() != null && select.test(f.row())).toList();
    }

    List<Location> locations() {
        return locations;
    }

    /** "camp 241 Селенгинский ИТЛ": how a result names a camp (the report's charts find their camps by it). */
    String subject(int campId) {
        Camp c = camps.get(campId);
        return "camp " + campId + (c == null ? "" : " " + c.name());
    }

    /** The year a published date starts with (1953, 1953-01-01), or null. */
    static Integer yearOf(String date) {
        return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    private static String sourceRow(Map<String, String> r) {
        return r.get("source_id") + " " + r.get("locator");
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isEmpty() ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal number(String s) {
        try {
            return s == null || s.isEmpty() ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
