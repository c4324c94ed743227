package org.repstat.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a raw file with its location. Every accessor that rejects a cell says where the cell is and
 * what it should have held.
 */
public final class RawRow {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final Path file;
    private final long line;
    private final List<String> header;
    private final List<String> values;

    RawRow(Path file, long line, List<String> header, List<String> values) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.values = List.copyOf(values);
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public List<String> values() {
        return values;
    }

    /** The cell as written, or "" if empty; surrounding spaces are kept out of curated values. */
    public String text(String column) {
        return values.get(index(column)).strip();
    }

    public String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            throw error(column, "expected a value, found an empty cell");
        }
        return v;
    }

    /**
     * A number in the row's declared syntax: plain digits always; "12,000" only where the file is declared to use
     * comma thousands separators, because elsewhere a comma may be a decimal mark or a typo.
     */
    public BigDecimal number(String column, NumberSyntax syntax) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        if (PLAIN_NUMBER.matcher(v).matches()) {
            return new BigDecimal(v);
        }
        if (syntax == NumberSyntax.COMMA_THOUSANDS && COMMA_THOUSANDS.matcher(v).matches()) {
            return new BigDecimal(v.replace(",", ""));
        }
        throw error(column, "expected a number" + (syntax == NumberSyntax.PLAIN
                ? " written with digits only (no thousands separators)"
                : " (digits, optionally with comma thousands separators)") + ", found '" + v + "'");
    }

    public InputException error(String column, String problem) {
        return new InputException(file, line, (index(column) + 1) + " (" + column + ")", problem);
    }

    private int index(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new InputException(file, line, column, "expected a column named '" + column + "'");
        }
        return i;
    }
}
