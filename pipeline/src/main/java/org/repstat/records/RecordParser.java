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

    /**
     * What one field's text says, as its column reads it: the text stripped, and the value a rule or a date gives,
     * or the problem that rejects the record. A cell depends only on the column and the text (nothing else of the
     * record), which keeps the rules per field and lets a reader share a cell between records holding the same text;
     * {@link #parse} computes the cells of each record and {@link #assemble} makes the row from them.
     */
    public static final class Cell {
        final String text;
        /** "column: what is wrong", or null. */
        final String problem;
        /** The birth year, or the year of a date. */
        final Integer year;
        final Integer month;
        /** A date as ISO partial date text. */
        final String iso;
        /** The collapsed region, the sentencing body or the sentence category. */
        final String value;
        final Integer term;

        private Cell(String text, String problem, Integer year, Integer month, String iso, String value, Integer term) {
            this.text = text;
            this.problem = problem;
            this.year = year;
            this.month = month;
            this.iso = iso;
            this.value = value;
            this.term = term;
        }
    }

    /** Input columns (indexes of {@link RecordSchema#INPUT_COLUMNS}) that take more than stripping. */
    static final int NAME = 0;
    static final int BIRTH = 1;
    static final int REGION = 3;
    static final int ARREST_DATE = 4;
    static final int BODY = 5;
    static final int SENTENCE = 7;
    static final int SENTENCE_DATE = 8;
    static final int EXECUTION_DATE = 9;
    static final int REHABILITATION_DATE = 10;

    /** The cell of one field of input column {@code column} (an index of {@link RecordSchema#INPUT_COLUMNS}). */
    public Cell cell(int column, String raw) {
        String text = raw.strip();
        switch (column) {
            case BIRTH -> {
                List<String> problems = new ArrayList<>(1);
                Integer year = birthYear(text, problems);
                return new Cell(text, problems.isEmpty() ? null : problems.get(0), year, null, null, null, null);
            }
            case REGION -> {
                return new Cell(text, null, null, null, null, NormalisationRules.collapseSpaces(text), null);
            }
            case ARREST_DATE, SENTENCE_DATE, EXECUTION_DATE, REHABILITATION_DATE -> {
                if (text.isEmpty()) {
                    return new Cell(text, null, null, null, null, null, null);
                }
                try {
                    PartialDate d = RecordDates.parse(text);
                    return new Cell(text, null, d.year(), d.month(), text(d), null, null);
                } catch (IllegalArgumentException e) {
                    return new Cell(text, RecordSchema.INPUT_COLUMNS.get(column) + ": " + e.getMessage(), null, null, null, null, null);
                }
            }
            case BODY -> {
                return new Cell(text, null, null, null, null, rules.body(text), null);
            }
            case SENTENCE -> {
                String category = rules.sentenceCategory(text);
                Integer term = category.equals("camps") || category.equals("exile") ? rules.termMonths(text) : null;
                return new Cell(text, null, null, null, null, category, term);
            }
            case NAME -> {
                return new Cell(text, text.isEmpty() ? "person_name: empty (a person-level record needs the person's name)" : null,
                        null, null, null, null, null);
            }
            default -> {
                return new Cell(text, null, null, null, null, null, null);
            }
        }
    }

    /** The problem a synthetic column's text makes, or null: a file with the column says SYNTHETIC on every row. */
    static String syntheticProblem(String raw) {
        return raw.strip().equals(RecordSchema.SYNTHETIC) ? null
                : "synthetic: a file with a synthetic column must say SYNTHETIC on every row, found '" + raw + "'";
    }

    /** Parses one record whose field count already matches the layout. */
    public Row parse(String file, long line, Layout layout, List<String> values) {
        Cell[] cells = new Cell[RecordSchema.INPUT_COLUMNS.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cell(c, values.get(layout.index[c]));
        }
        String synthetic = layout.isSynthetic() ? syntheticProblem(values.get(layout.synthetic)) : null;
        return assemble(file, line, layout, cells, synthetic, () -> values);
    }

    /**
     * The row of one record from its cells: {@code ok} with every value beside its raw text, or {@code rejected}
     * with every problem of the record (name, synthetic column, birth year, the dates, in that order) and the
     * record as read ({@code values}, asked for only then).
     */
    Row assemble(String file, long line, Layout layout, Cell[] cells, String syntheticProblem,
                 java.util.function.Supplier<List<String>> values) {
        Cell name = cells[NAME];
        Cell birth = cells[BIRTH];
        Cell arrest = cells[ARREST_DATE];
        Cell sentenced = cells[SENTENCE_DATE];
        Cell executed = cells[EXECUTION_DATE];
        Cell rehabilitated = cells[REHABILITATION_DATE];
        if (name.problem != null || syntheticProblem != null || birth.problem != null || arrest.problem != null
                || sentenced.problem != null || executed.problem != null || rehabilitated.problem != null) {
            List<String> problems = new ArrayList<>();
            for (String p : new String[] {name.problem, syntheticProblem, birth.problem, arrest.problem, sentenced.problem,
                    executed.problem, rehabilitated.problem}) {
                if (p != null) {
                    problems.add(p);
                }
            }
            return reject(file, line, String.join("; ", problems), values.get(), layout.isSynthetic());
        }
        Cell region = cells[REGION];
        Cell body = cells[BODY];
        Cell sentence = cells[SENTENCE];
        return RecordSchema.csvRow(file, line, RecordSchema.OK, null, null,
                name.text, script(name.text),
                birth.text, birth.year,
                cells[2].text,
                region.text, region.value,
                arrest.text, arrest.iso, arrest.year,
                body.text, body.value,
                cells[6].text,
                sentence.text, sentence.value, sentence.term,
                sentenced.text, sentenced.iso, sentenced.year, sentenced.month,
                executed.text, executed.iso, executed.year,
                rehabilitated.text, rehabilitated.iso, rehabilitated.year,
                cells[11].text,
                layout.isSynthetic());
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

    private static Integer birthYear(String raw, List<String> problems) {
        if (raw.isEmpty()) {
            return null;
        }
        if (raw.length() == 4 && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int year = Integer.parseInt(raw);
            if (year >= FIRST_BIRTH_YEAR && year <= LAST_BIRTH_YEAR) {
                return year; // the common case, without the regular expression
            }
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
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latin = true;
            } else if ((c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451) { // А–я, Ё, ё
                cyrillic = true;
            } else if (c >= 0x80) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                cyrillic |= script == Character.UnicodeScript.CYRILLIC;
                latin |= script == Character.UnicodeScript.LATIN;
            }
        }
        return cyrillic && latin ? "mixed" : cyrillic ? "cyrillic" : latin ? "latin" : "other";
    }
}
