package org.repstat.records;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.repstat.io.PublishedCsv;
import org.repstat.provenance.PartialDate;

/**
 * Turns one CSV record of one file into one row of {@link RecordSchema#PARQUET}: either {@code ok}, with every
 * parsed field beside its raw text, or {@code rejected}, with the reason and the record as read. Strict: a field
 * that is present but cannot be read (an impossible date, a birth year that is not a year) rejects the row; free
 * text that no rule knows is kept as {@code unrecognised}, never guessed.
 */
public final class RecordParser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Birth years outside this range are typos: nobody sentenced in 1921–1953 was born outside it. */
    static final int FIRST_BIRTH_YEAR = 1840;
    static final int LAST_BIRTH_YEAR = 1945;

    private static final Pattern BIRTH_YEAR = Pattern.compile("(\\d{4})(\\s*(г\\.?\\s*р\\.?|г\\.?|года?))?");

    private final NormalisationRules rules;

    public RecordParser(NormalisationRules rules) {
        this.rules = rules;
    }

    /** The column layout of one file, checked once: every input column present, nothing unknown. */
    public static final class Layout implements Serializable {
        private static final long serialVersionUID = 1L;
        final int[] index;
        final int synthetic;
        final int width;

        private Layout(int[] index, int synthetic, int width) {
            this.index = index;
            this.synthetic = synthetic;
            this.width = width;
        }

        public boolean isSynthetic() {
            return synthetic >= 0;
        }

        public int width() {
            return width;
        }

        /** @throws IllegalArgumentException naming the missing, unknown or repeated column */
        public static Layout of(List<String> header) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                if (!RecordSchema.INPUT_COLUMNS.contains(name) && !name.equals(RecordSchema.SYNTHETIC_COLUMN)) {
                    throw new IllegalArgumentException("column " + (i + 1) + ": unknown column '" + name
                            + "' (expected " + RecordSchema.INPUT_COLUMNS + " and optionally 'synthetic')");
                }
                if (positions.put(name, i) != null) {
                    throw new IllegalArgumentException("column " + (i + 1) + ": '" + name + "' appears twice");
                }
            }
            int[] index = new int[RecordSchema.INPUT_COLUMNS.size()];
            for (int c = 0; c < index.length; c++) {
                Integer at = positions.get(RecordSchema.INPUT_COLUMNS.get(c));
                if (at == null) {
                    throw new IllegalArgumentException("the header has no column '" + RecordSchema.INPUT_COLUMNS.get(c)
                            + "' (expected " + RecordSchema.INPUT_COLUMNS + "; an empty column is fine, a missing one is not)");
                }
                index[c] = at;
            }
            return new Layout(index, positions.getOrDefault(RecordSchema.SYNTHETIC_COLUMN, -1), header.size());
        }
    }

    /** A rejected row: where it was, why, and what was read. */
    public static Row reject(String file, long line, String reason, List<String> values, boolean synthetic) {
        Object[] cells = new Object[RecordSchema.PARQUET.size()];
        cells[0] = file;
        cells[1] = line;
        cells[2] = RecordSchema.REJECTED;
        cells[3] = reason;
        cells[4] = values == null ? null : PublishedCsv.FORMAT.format(values.toArray());
        cells[RecordSchema.CSV_WIDTH - 1] = synthetic;
        return RowFactory.create(cells);
    }

    /** Parses one record whose field count already matches the layout. */
    public Row parse(String file, long line, Layout layout, List<String> values) {
        List<String> problems = new ArrayList<>();
        String name = field(values, layout, 0);
        if (name.isEmpty()) {
            problems.add("person_name: empty (a person-level record needs the person's name)");
        }
        if (layout.isSynthetic() && !values.get(layout.synthetic).strip().equals(RecordSchema.SYNTHETIC)) {
            problems.add("synthetic: a file with a synthetic column must say SYNTHETIC on every row, found '"
                    + values.get(layout.synthetic) + "'");
        }
        String birthRaw = field(values, layout, 1);
        Integer birthYear = birthYear(birthRaw, problems);
        String regionRaw = field(values, layout, 3);
        PartialDate arrest = date("arrest_date", field(values, layout, 4), problems);
        String bodyRaw = field(values, layout, 5);
        String sentenceRaw = field(values, layout, 7);
        PartialDate sentenced = date("sentence_date", field(values, layout, 8), problems);
        PartialDate executed = date("execution_date", field(values, layout, 9), problems);
        PartialDate rehabilitated = date("rehabilitation_date", field(values, layout, 10), problems);
        if (!problems.isEmpty()) {
            return reject(file, line, String.join("; ", problems), values, layout.isSynthetic());
        }
        String category = rules.sentenceCategory(sentenceRaw);
        return RecordSchema.csvRow(file, line, RecordSchema.OK, null, null,
                name, script(name),
                birthRaw, birthYear,
                field(values, layout, 2),
                regionRaw, NormalisationRules.collapseSpaces(regionRaw),
                field(values, layout, 4), text(arrest), arrest == null ? null : arrest.year(),
                bodyRaw, rules.body(bodyRaw),
                field(values, layout, 6),
                sentenceRaw, category, category.equals("camps") || category.equals("exile") ? rules.termMonths(sentenceRaw) : null,
                field(values, layout, 8), text(sentenced), sentenced == null ? null : sentenced.year(),
                sentenced == null ? null : sentenced.month(),
                field(values, layout, 9), text(executed), executed == null ? null : executed.year(),
                field(values, layout, 10), text(rehabilitated), rehabilitated == null ? null : rehabilitated.year(),
                field(values, layout, 11),
                layout.isSynthetic());
    }

    private static String field(List<String> values, Layout layout, int column) {
        return values.get(layout.index[column]).strip();
    }

    /** The ISO partial date, as PartialDate.toString() writes it, without String.format's cost per row. */
    public static String text(PartialDate date) {
        if (date == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(10).append(date.year());
        if (date.month() != null) {
            s.append(date.month() < 10 ? "-0" : "-").append(date.month());
        }
        if (date.day() != null) {
            s.append(date.day() < 10 ? "-0" : "-").append(date.day());
        }
        return s.toString();
    }

    private static PartialDate date(String column, String raw, List<String> problems) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return RecordDates.parse(raw);
        } catch (IllegalArgumentException e) {
            problems.add(column + ": " + e.getMessage());
            return null;
        }
    }

    private static Integer birthYear(String raw, List<String> problems) {
        if (raw.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = BIRTH_YEAR.matcher(raw);
        if (!m.matches()) {
            problems.add("birth_year: expected a year such as 1898 or '1898 г.р.', found '" + raw + "'");
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_BIRTH_YEAR || year > LAST_BIRTH_YEAR) {
            problems.add("birth_year: " + year + " is outside " + FIRST_BIRTH_YEAR + "–" + LAST_BIRTH_YEAR);
            return null;
        }
        return year;
    }

    /** Which alphabet the name is written in: transliterated names are common and must not be mistaken for others. */
    public static String script(String name) {
        boolean cyrillic = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        boolean latin = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return cyrillic && latin ? "mixed" : cyrillic ? "cyrillic" : latin ? "latin" : "other";
    }
}
