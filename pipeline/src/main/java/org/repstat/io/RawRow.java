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

    /**
     * The physical line a cell starts on: the row's line plus the line breaks of the quoted cells before it, so a
     * cell on the third line of a record spanning three is named at the line an editor shows it on.
     */
    public long line(String column) {
        int index = index(column);
        long breaks = 0;
        for (int i = 0; i < index; i++) {
            breaks += values.get(i).chars().filter(c -> c == '\n').count();
        }
        return line + breaks;
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
        BigDecimal n = null;
        if (PLAIN_NUMBER.matcher(v).matches()) {
            n = new BigDecimal(v);
        } else if (syntax == NumberSyntax.COMMA_THOUSANDS && COMMA_THOUSANDS.matcher(v).matches()) {
            n = new BigDecimal(v.replace(",", ""));
        }
        if (n != null) {
            String tooLong = NumberLimits.problem(n, v);
            if (tooLong != null) {
                throw error(column, tooLong);
            }
            return n;
        }
        throw error(column, "expected a number" + (syntax == NumberSyntax.PLAIN
                ? " written with digits only (no thousands separators)"
                : " (digits, optionally with comma thousands separators)") + ", found '" + v + "'");
    }

    /** A number that must be there: {@link #number}, with an empty cell refused. */
    public BigDecimal requiredNumber(String column, NumberSyntax syntax) {
        BigDecimal n = number(column, syntax);
        if (n == null) {
            throw error(column, "expected a number, found an empty cell");
        }
        return n;
    }

    /** A whole number: digits only (with a minus sign where {@code negative} allows one), within an int. */
    public int integer(String column, boolean negative) {
        String v = required(column);
        if (!v.matches(negative ? "-?\\d{1,9}" : "\\d{1,9}")) {
            throw error(column, "expected a whole number" + (negative ? "" : " (digits only)") + ", found '" + v + "'");
        }
        return Integer.parseInt(v);
    }

    /**
     * A yes/no cell: exactly {@code true} or {@code false}. Anything else ({@code yes}, {@code ture}, {@code 1}) is
     * refused: {@code Boolean.parseBoolean} would read it as false without a word.
     */
    public boolean bool(String column) {
        String v = required(column);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(column, "expected true or false, found '" + v + "'");
        };
    }

    public InputException error(String column, String problem) {
        return new InputException(file, line(column), (index(column) + 1) + " (" + column + ")", problem);
    }

    private int index(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new InputException(file, line, column, "expected a column named '" + column + "'");
        }
        return i;
    }
}
