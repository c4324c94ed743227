package org.repstat.diffing;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one published table would change: rows added and removed (by primary key), rows whose cells change (each
 * cell with its old and new text and, for a number, the size of the change), and columns added or removed.
 *
 * @param status "added" or "removed" for a table that exists on one side only, else "changed" or "same"
 */
public record TableChange(String table, String status, List<String> columnsAdded, List<String> columnsRemoved,
                          List<String> added, List<String> removed, List<Row> changed, int rowsBefore, int rowsAfter) {

    /** One cell's change; {@code difference} and {@code relative} (percent of the old value) only for numbers. */
    public record Cell(String column, String before, String after, BigDecimal difference, BigDecimal relative) {
    }

    /** A row present on both sides whose cells differ. */
    public record Row(String key, List<Cell> cells) {
        public Cell cell(String column) {
            return cells.stream().filter(c -> c.column().equals(column)).findFirst().orElse(null);
        }
    }

    public boolean same() {
        return status.equals("same");
    }
}
