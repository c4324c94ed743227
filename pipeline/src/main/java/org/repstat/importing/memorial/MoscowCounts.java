package org.repstat.importing.memorial;

import static org.repstat.importing.memorial.MoscowList.field;
import static org.repstat.importing.memorial.MoscowList.in1937or1938;
import static org.repstat.importing.memorial.MoscowList.text;
import static org.repstat.importing.memorial.MoscowTables.row;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.repstat.importing.memorial.Tally.Left;
import org.repstat.published.PublishedTable;
import org.repstat.records.NormalisationRules;
import org.repstat.records.memorial.MemorialRules;
import org.repstat.records.memorial.RuleTable;

/**
 * The counts of Memorial's Moscow list, person by person as the reader hands them over (the list is never held in
 * memory whole), into the tables of {@link MoscowTables}. Names are read here only to count the people the list
 * prints twice (same name, birth and day of execution); no name leaves this class.
 */
final class MoscowCounts {

    static final String DATES = "datasets/records/memorial/date-forms.csv";
    private static final int NAME = field("person_name");
    private static final int BIRTH_RAW = field("birth_year_raw");
    private static final int BIRTH_YEAR = field("birth_year");
    private static final int NATIONALITY = field("nationality");
    private static final int NATIONALITY_RAW = field("nationality_raw");
    private static final int DATE = field("execution_date");
    private static final int DATE_RAW = field("execution_date_raw");
    private static final int YEAR = field("execution_year");
    private static final int BURIAL = field("burial_place");
    private static final int BURIAL_RAW = field("burial_place_raw");

    private final MemorialRules rules;
    private final NationalityLabels labels;
    private final Tally days = new Tally(MoscowTables.BY_DAY.name(), "executions", "", Tally.keys());
    private final Tally months = new Tally(MoscowTables.BY_MONTH.name(), "executions", "", Tally.keys());
    private final Tally years = new Tally(MoscowTables.BY_YEAR.name(), "executions", "", Tally.keys());
    private final Tally burial = new Tally(MoscowTables.BY_BURIAL_PLACE.name(), "executions", "", Tally.keys());
    private final Tally nationality = new Tally(MoscowTables.BY_NATIONALITY.name(), "executions", "", Tally.keys());
    private final Tally age = new Tally(MoscowTables.BY_AGE.name(), "executions", "", Tally.keys());
    private final Map<List<String>, String[]> burialDates = new java.util.HashMap<>();
    private final Map<List<String>, Set<String>> nationalityRules = new java.util.HashMap<>();
    private final Set<List<String>> seen = new HashSet<>();
    private long repeats;
    private long records;

    MoscowCounts(MemorialRules rules, NationalityLabels labels) {
        this.rules = rules;
        this.labels = labels;
    }

    /** One person of the list: counted in every table, or left out of one with the reason. */
    void add(Row r) {
        records++;
        String date = text(r, DATE);
        Integer year = r.isNullAt(YEAR) ? null : r.getInt(YEAR);
        byDate(days, date, 10, r);
        byDate(months, date, 7, r);
        if (year != null) {
            years.add(List.of(String.valueOf(year)), false);
        } else {
            years.leave(r.isNullAt(DATE_RAW) ? Left.EMPTY : Left.KEPT_AS_TEXT);
        }
        String place = text(r, BURIAL);
        if (place != null) {
            List<String> key = List.of(place, text(r, BURIAL_RAW));
            long[] c = burial.add(key, false);
            c[2] += in1937or1938(year) ? 1 : 0;
            String[] span = burialDates.computeIfAbsent(key, k -> new String[2]);
            if (date != null && date.length() == 10) {
                span[0] = span[0] == null || date.compareTo(span[0]) < 0 ? date : span[0];
                span[1] = span[1] == null || date.compareTo(span[1]) > 0 ? date : span[1];
            }
        } else {
            burial.leave(r.isNullAt(BURIAL_RAW) ? Left.EMPTY : Left.KEPT_AS_TEXT);
        }
        String nat = text(r, NATIONALITY);
        if (nat != null && !nat.equals(NormalisationRules.UNRECOGNISED) && year != null) {
            List<String> key = List.of(String.valueOf(year), nat);
            nationality.add(key, false);
            RuleTable.Rule rule = rules.nationalityRules().match(text(r, NATIONALITY_RAW));
            nationalityRules.computeIfAbsent(key, k -> new TreeSet<>()).add(String.valueOf(rule.line()));
        } else {
            nationality.leave(why(r, nat == null || nat.equals(NormalisationRules.UNRECOGNISED) ? NATIONALITY_RAW : DATE_RAW));
        }
        if (year != null && !r.isNullAt(BIRTH_YEAR)) {
            long[] c = age.add(List.of(String.valueOf(year - r.getInt(BIRTH_YEAR))), false);
            c[2] += in1937or1938(year) ? 1 : 0;
        } else {
            age.leave(why(r, year == null ? DATE_RAW : BIRTH_RAW));
        }
        // the same person at two addresses, or namesakes born and shot alike: counted as the list counts them
        if (!seen.add(List.of(String.valueOf(text(r, NAME)), String.valueOf(text(r, BIRTH_RAW)), String.valueOf(date)))) {
            repeats++;
        }
    }

    /** The tables of the list's counts, each row with its source, rule and input pin. */
    List<PublishedTable> tables(String sourceId, String sha) {
        String nationalityFile = "datasets/records/memorial/" + rules.nationalityRules().file();
        List<PublishedTable> out = new ArrayList<>();
        out.add(dated(MoscowTables.BY_DAY, days, sourceId, sha));
        out.add(dated(MoscowTables.BY_MONTH, months, sourceId, sha));
        out.add(dated(MoscowTables.BY_YEAR, years, sourceId, sha));
        List<List<String>> places = new ArrayList<>();
        burial.cells().forEach((k, c) -> {
            RuleTable.Rule rule = rules.burialPlaces().match(k.get(1));
            String[] span = burialDates.get(k);
            places.add(row(k.get(0), k.get(1), rule.note(), String.valueOf(c[0]), String.valueOf(c[2]),
                    span[0] == null ? "" : span[0], span[1] == null ? "" : span[1],
                    "datasets/records/memorial/" + rules.burialPlaces().file() + ":" + rule.line(), sourceId, sha));
        });
        out.add(new PublishedTable(MoscowTables.BY_BURIAL_PLACE, places));
        List<List<String>> nations = new ArrayList<>();
        nationality.cells().forEach((k, c) -> {
            NationalityLabels.Label l = labels.of(k.get(1));
            nations.add(row(k.get(0), k.get(1), l.english(), l.targetedBy(), String.valueOf(c[0]),
                    nationalityFile + ":" + String.join(", ", nationalityRules.get(k)), sourceId, sha));
        });
        out.add(new PublishedTable(MoscowTables.BY_NATIONALITY, nations));
        List<List<String>> ages = new ArrayList<>();
        age.cells().forEach((k, c) -> ages.add(row(k.get(0), String.valueOf(c[0]), String.valueOf(c[2]), DATES, sourceId, sha)));
        out.add(new PublishedTable(MoscowTables.BY_AGE, ages));
        long n = records;
        String repeated = repeats + " records repeat the name, birth and execution date of an earlier record (the same person at "
                + "two addresses, or namesakes): each is counted, as the list counts them";
        out.add(new PublishedTable(MoscowTables.ACCOUNTS, List.of(
                days.account(n, sourceId, repeated), months.account(n, sourceId, repeated), years.account(n, sourceId, repeated),
                burial.account(n, sourceId, repeated), nationality.account(n, sourceId, repeated
                        + "; 'unrecognised' (two nationalities given) is kept as text"),
                age.account(n, sourceId, repeated + "; a birth date with two readings is kept as text"))));
        return out;
    }

    /** Why a record is left out of a table: the raw field it lacks a value for holds text no rule reads, or nothing. */
    private static Left why(Row r, int raw) {
        return r.isNullAt(raw) ? Left.EMPTY : Left.KEPT_AS_TEXT;
    }

    private static void byDate(Tally t, String date, int length, Row r) {
        if (date != null && date.length() >= length) {
            t.add(List.of(date.substring(0, length)), false);
        } else {
            t.leave(r.isNullAt(DATE_RAW) ? Left.EMPTY : Left.KEPT_AS_TEXT);
        }
    }

    private static PublishedTable dated(org.repstat.published.TableSpec spec, Tally t, String sourceId, String sha) {
        List<List<String>> rows = new ArrayList<>();
        t.cells().forEach((k, c) -> rows.add(row(k.get(0), String.valueOf(c[0]), DATES, sourceId, sha)));
        return new PublishedTable(spec, rows);
    }

}
