package org.repstat.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A curated raw CSV read strictly with Commons CSV: UTF-8 only, a known header, the same number of fields on every
 * row. Each row knows the line it starts on, so every later complaint can name file, line and column.
 */
public final class RawTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(false).get();

    private final Path file;
    private final List<String> header;
    private final List<RawRow> rows;

    private RawTable(Path file, List<String> header, List<RawRow> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Reads a file whose header must be exactly {@code expectedHeader}, in that order. */
    public static RawTable read(Path file, List<String> expectedHeader) {
        RawTable table = read(file);
        if (!table.header.equals(expectedHeader)) {
            for (int i = 0; i < Math.max(expectedHeader.size(), table.header.size()); i++) {
                String want = i < expectedHeader.size() ? expectedHeader.get(i) : "(no column)";
                String got = i < table.header.size() ? table.header.get(i) : "(no column)";
                if (!want.equals(got)) {
                    throw new InputException(file, 1, String.valueOf(i + 1),
                            "expected header '" + want + "', found '" + got + "' (the header must be " + expectedHeader + ")");
                }
            }
        }
        return table;
    }

    /** Reads a file with any non-empty, unique header. */
    public static RawTable read(Path file) {
        TextLines lines = decode(file);
        String text = lines.text();
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                List<String> values = record.toList();
                if (header == null) {
                    header = values;
                    for (int i = 0; i < header.size(); i++) {
                        if (header.get(i).isBlank() || header.indexOf(header.get(i)) != i) {
                            throw new InputException(file, line, String.valueOf(i + 1),
                                    "expected a unique, non-empty column name, found '" + header.get(i) + "'");
                        }
                    }
                    continue;
                }
                if (values.size() == 1 && values.get(0).isEmpty()) {
                    continue; // a blank line carries nothing
                }
                if (values.size() != header.size()) {
                    throw new InputException(file, line, String.valueOf(Math.min(values.size(), header.size()) + 1),
                            "expected " + header.size() + " fields as in the header, found " + values.size()
                                    + (values.size() < header.size() ? " (a cut line, or a comma missing?)" : " (an unquoted comma?)"));
                }
                rows.add(new RawRow(file, line, header, values));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw malformed(file, lines, e);
        }
        if (header == null) {
            throw new InputException(file, 1, null, "expected a header row, found an empty file");
        }
        return new RawTable(file, header, rows);
    }

    /**
     * The located reason Commons CSV could not read a file: the line and column of the quote that breaks it, found
     * by {@link CsvSyntax}, never the parser's own character position.
     */
    public static InputException malformed(Path file, TextLines lines, Exception parserError) {
        InputException located = CsvSyntax.firstProblem(file, lines);
        return located != null ? located
                : new InputException(file, 0, null, "not a well-formed CSV file: " + parserError.getMessage());
    }

    /**
     * This table, if it has at least one row: for the files whose rows are the point (a manifest, a register, a
     * vocabulary, a catalogue, a transcription), a header alone is a truncated or emptied file, never "nothing to do".
     */
    public RawTable requireRows() {
        if (rows.isEmpty()) {
            throw new InputException(file, 2, null, "expected at least one row after the header, found a header only"
                    + " (an emptied or truncated file?)");
        }
        return this;
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<RawRow> rows() {
        return rows;
    }

    private static TextLines decode(Path file) {
        String text = TextLines.utf8Csv(file, InputFiles.read(file)).text();
        return TextLines.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
