package org.repstat.published;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.repstat.io.InputException;

/**
 * One row of a published table as a later stage reads it: its cells by column name, typed through the table's
 * {@link TableSpec}, and the line it stands on, so that any complaint about it can name file, line and column.
 * Missing is missing: an empty numeric cell reads as {@code null}, never 0.
 */
public final class PublishedRow {

    private final TableSpec spec;
    private final Path file;
    private final long line;
    private final Map<String, String> cells;

    PublishedRow(TableSpec spec, Path file, long line, Map<String, String> cells) {
        this.spec = spec;
        this.file = file;
        this.line = line;
        this.cells = Collections.unmodifiableMap(cells);
    }

    public TableSpec spec() {
        return spec;
    }

    public long line() {
        return line;
    }

    /** The cell as published, or "" for an empty cell or a column this table does not have. */
    public String text(String column) {
        return cells.getOrDefault(column, "");
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }

    /** A number column's value; null when empty. A cell that does not parse is an input error with its place. */
    public BigDecimal number(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw error(column, "expected a number, found '" + v + "'");
        }
    }

    /** Like {@link #number} but an unparseable cell reads as absent: for checks that report such cells themselves. */
    public BigDecimal numberOrNull(String column) {
        try {
            return number(column);
        } catch (InputException e) {
            return null;
        }
    }

    /** An integer column's value; null when empty. */
    public Long integer(String column) {
        BigDecimal n = number(column);
        if (n == null) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw error(column, "expected a whole number, found '" + text(column) + "'");
        }
    }

    /** A boolean column: exactly "true" or "false". */
    public boolean flag(String column) {
        String v = text(column);
        if (!v.equals("true") && !v.equals("false")) {
            throw error(column, "expected true or false, found '" + v + "'");
        }
        return v.equals("true");
    }

    /** The cells as column → text, in header order. */
    public Map<String, String> cells() {
        return cells;
    }

    /** The values in the order of {@code columns}. */
    public List<String> values(List<String> columns) {
        return columns.stream().map(this::text).toList();
    }

    public InputException error(String column, String problem) {
        int index = spec.header().indexOf(column);
        return new InputException(file, line, index < 0 ? column : (index + 1) + " (" + column + ")", problem);
    }
}
