package org.repstat.importing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Locator;
import org.repstat.provenance.Observation;
import org.repstat.provenance.PartialDate;
import org.repstat.provenance.Period;
import org.repstat.provenance.QualifiedValue;
import org.repstat.provenance.Quote;

/**
 * Reads a table transcribed cell for cell (years down, measures across) into one observation per cell.
 * The source's own marks are interpreted by fixed, documented rules:
 * <ul>
 *   <li>a dash ("–") is "no figure given": kept as a row with no value, never zero;</li>
 *   <li>"1953 (first half)" is the period January–June 1953, not the year 1953;</li>
 *   <li>"TOTAL" is the table's stated total over all its periods, kept with role {@code stated_total} to check
 *       the years against, never as one more data row.</li>
 * </ul>
 * What each column measures is data too: {@code columns.csv} beside the table. A cell that needs its own
 * explanation (a damaged cell of an electronic copy) gets it from the optional {@code cell-notes.csv} beside the
 * table: row label, column, note. Each of its rows must name a row and a column of the table; the note is published
 * on that cell's observation, after any note the reader itself gives the row.
 */
final class WideTableReader {

    static final List<String> COLUMNS_HEADER = List.of("column", "printed_header", "measure", "scope", "geography", "unit");
    static final String CELL_NOTES_FILE = "cell-notes.csv";
    static final List<String> CELL_NOTES_HEADER = List.of("row", "column", "note");
    static final String ROW_LABEL_COLUMN = "year";
    static final String TOTAL_LABEL = "TOTAL";
    /** Dashes a printed table uses for "no figure": en dash, em dash, hyphen. */
    static final List<String> NO_FIGURE_MARKS = List.of("–", "—", "-");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FIRST_HALF = Pattern.compile("(\\d{4}) \\(first half\\)");

    private WideTableReader() {
    }

    /** What the table says about one column, from {@code columns.csv}. */
    private record ColumnMeaning(String printedHeader, String measure, String scope, String geography, String unit) {
    }

    static List<Observation> read(ManifestEntry entry, ObservationContext ctx, InputProblems problems,
                                  List<RowAccount> accounts) {
        Path file = entry.path();
        Map<String, ColumnMeaning> meanings = readColumns(file.resolveSibling("columns.csv"), ctx);
        RawTable table = RawTable.read(file).requireRows();
        if (!table.header().get(0).equals(ROW_LABEL_COLUMN)) {
            throw new org.repstat.io.InputException(file, 1, "1", "expected the first column to be '" + ROW_LABEL_COLUMN
                    + "', found '" + table.header().get(0) + "'");
        }
        for (int i = 1; i < table.header().size(); i++) {
            if (!meanings.containsKey(table.header().get(i))) {
                throw new org.repstat.io.InputException(file, 1, String.valueOf(i + 1), "column '" + table.header().get(i)
                        + "' is not described in columns.csv");
            }
        }
        Map<String, String> cellNotes = readCellNotes(file.resolveSibling(CELL_NOTES_FILE), table);
        List<RawRow> dataRows = table.rows().stream()
                .filter(r -> !r.text(ROW_LABEL_COLUMN).equals(TOTAL_LABEL)).toList();
        Period span = dataRows.isEmpty() ? null : spanOf(dataRows);
        List<Observation> out = new ArrayList<>();
        long cells = 0;
        for (RawRow row : table.rows()) {
            cells += table.header().size() - 1;
            problems.attempt(() -> {
                String label = row.required(ROW_LABEL_COLUMN);
                Period period = label.equals(TOTAL_LABEL) ? span : period(row, label);
                String role = label.equals(TOTAL_LABEL) ? "stated_total" : "value";
                for (String column : table.header().subList(1, table.header().size())) {
                    out.add(cell(entry, ctx, row, label, period, role, column, meanings.get(column),
                            cellNotes.getOrDefault(label + "\u0000" + column, "")));
                }
            });
        }
        accounts.add(new RowAccount("import " + ctx.dataset(), file.toString(), "cells", cells, out.size(), cells - out.size()));
        return out;
    }

    private static Observation cell(ManifestEntry entry, ObservationContext ctx, RawRow row, String label,
                                    Period period, String role, String column, ColumnMeaning meaning,
                                    String cellNote) {
        String text = row.text(column);
        Locator locator = Locator.of("table", entry.tableLabel(), "row", label, "column", meaning.printedHeader());
        QualifiedValue value;
        if (NO_FIGURE_MARKS.contains(text)) {
            value = new QualifiedValue(null, "not_given", null, null, ctx.vocabulary().qualifier("not_given").describe());
        } else {
            BigDecimal number = row.number(column, ctx.numbers());
            if (number == null) {
                throw row.error(column, "expected a number or the mark '–' (no figure given), found an empty cell");
            }
            // A printed table states no qualifying words: its cells are read by the printed-precision rules like
            // any bare figure (a cell located by table, row and column is printed in full).
            value = QualifiedValue.printed(number, ctx.vocabulary().precision().read(number, text, meaning.measure(),
                    meaning.unit(), locator.toString()));
        }
        String id = ctx.dataset() + ":" + rowKey(label) + "-" + column.replace('_', '-');
        ctx.ids().claim(row, ROW_LABEL_COLUMN, id);
        String note = label.equals(TOTAL_LABEL) ? "The table's own TOTAL row: a stated total to check the years against."
                : label.contains("first half") ? "The source's row label '" + label + "': a half-year, not a whole year." : "";
        note = note.isEmpty() ? cellNote : cellNote.isEmpty() ? note : note + " " + cellNote;
        return new Observation(id, ctx.dataset(), role, meaning.measure(), meaning.scope(), meaning.geography(), period, value,
                meaning.unit(), text, entry.sourceId(), locator, new Quote(text), entry.citedSourceId(),
                entry.citedLocator(), note);
    }

    private static String rowKey(String label) {
        Matcher half = FIRST_HALF.matcher(label);
        if (half.matches()) {
            return half.group(1) + "-h1";
        }
        return label.toLowerCase(Locale.ROOT);
    }

    private static Period period(RawRow row, String label) {
        if (YEAR.matcher(label).matches()) {
            return Period.year(Integer.parseInt(label));
        }
        Matcher half = FIRST_HALF.matcher(label);
        if (half.matches()) {
            int year = Integer.parseInt(half.group(1));
            return new Period(new PartialDate(year, 1, null), new PartialDate(year, 6, null));
        }
        throw row.error(ROW_LABEL_COLUMN, "expected a year (1937), a half-year ('1953 (first half)') or '"
                + TOTAL_LABEL + "', found '" + label + "'");
    }

    private static Period spanOf(List<RawRow> rows) {
        PartialDate start = null;
        PartialDate end = null;
        for (RawRow row : rows) {
            Period p;
            try {
                p = period(row, row.text(ROW_LABEL_COLUMN));
            } catch (RuntimeException e) {
                continue; // reported where the row itself is read
            }
            if (start == null || p.start().compareTo(start) < 0) {
                start = p.start();
            }
            if (end == null || p.end().latest().isAfter(end.latest())) {
                end = p.end();
            }
        }
        return new Period(start, end);
    }

    /**
     * The optional per-cell notes, keyed by row label and column. A note for a row or column the table does not
     * have is a located input error: a note must never be lost because a label was mistyped.
     */
    private static Map<String, String> readCellNotes(Path file, RawTable table) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (!java.nio.file.Files.exists(file)) {
            return notes;
        }
        List<String> labels = table.rows().stream().map(r -> r.text(ROW_LABEL_COLUMN)).toList();
        List<String> columns = table.header().subList(1, table.header().size());
        for (RawRow row : RawTable.read(file, CELL_NOTES_HEADER).rows()) {
            String label = row.required("row");
            if (!labels.contains(label)) {
                throw row.error("row", "expected a row label of " + table.file().getFileName() + " (its '"
                        + ROW_LABEL_COLUMN + "' column), found '" + label + "'");
            }
            String column = row.required("column");
            if (!columns.contains(column)) {
                throw row.error("column", "expected a column of " + table.file().getFileName() + " " + columns
                        + ", found '" + column + "'");
            }
            if (notes.put(label + "\u0000" + column, row.required("note")) != null) {
                throw row.error("row", "a second note for row '" + label + "', column '" + column + "'");
            }
        }
        return notes;
    }

    private static Map<String, ColumnMeaning> readColumns(Path file, ObservationContext ctx) {
        Map<String, ColumnMeaning> meanings = new LinkedHashMap<>();
        for (RawRow row : RawTable.read(file, COLUMNS_HEADER).requireRows().rows()) {
            if (meanings.containsKey(row.required("column"))) {
                throw row.error("column", "column '" + row.text("column") + "' is described twice");
            }
            String measure = RowValidation.term(row, "measure", "measure", ctx);
            meanings.put(row.required("column"), new ColumnMeaning(row.required("printed_header"), measure,
                    RowValidation.term(row, "scope", "scope", ctx), RowValidation.term(row, "geography", "geography", ctx),
                    RowValidation.unit(row, "unit", measure, ctx)));
        }
        return meanings;
    }
}
