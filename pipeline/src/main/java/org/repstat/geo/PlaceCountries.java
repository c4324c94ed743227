package org.repstat.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.repstat.Workspace;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * Which present-day country a camp's place text names ("Казахская ССР, город Караганда" names Kazakhstan), so that
 * its coordinates can be held to the region the text gives, not only to the USSR as a whole. The word stems are
 * data ({@code place-countries.csv} beside the camps file), each with its reason; Russian regions are not listed,
 * since a point in Russia is already checked against the outline.
 */
public final class PlaceCountries {

    public static final String FILE = "urbica-gulag-admin-2017/place-countries.csv";
    static final List<String> HEADER = List.of("pattern", "country", "reason");

    /** A lower-case word stem and the country it names. */
    public record Rule(String pattern, String country) {
    }

    private final List<Rule> rules;

    private PlaceCountries(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PlaceCountries read(Workspace ws) {
        return read(ws.raw().resolve(FILE));
    }

    public static PlaceCountries read(Path file) {
        List<Rule> rules = new ArrayList<>();
        for (RawRow row : RawTable.read(file, HEADER).requireRows().rows()) {
            String pattern = row.required("pattern");
            if (!pattern.equals(pattern.toLowerCase(Locale.ROOT))) {
                throw row.error("pattern", "expected a lower-case word stem, found '" + pattern + "'");
            }
            row.required("reason");
            if (rules.stream().anyMatch(r -> r.pattern().equals(pattern))) {
                throw row.error("pattern", "the stem '" + pattern + "' is listed twice");
            }
            rules.add(new Rule(pattern, row.required("country")));
        }
        return new PlaceCountries(rules);
    }

    /** The countries a place text names; empty when it names none of them (most Russian places). */
    public Set<String> named(String placeText) {
        String text = placeText.toLowerCase(Locale.ROOT);
        Set<String> countries = new TreeSet<>();
        for (Rule r : rules) {
            if (text.contains(r.pattern())) {
                countries.add(r.country());
            }
        }
        return countries;
    }
}
