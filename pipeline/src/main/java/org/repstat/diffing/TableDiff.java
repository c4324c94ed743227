package org.repstat.diffing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.published.Field;
import org.repstat.published.TableSpec;

/**
 * Compares two versions of a published table by its primary key ({@link TableSpec#primaryKey()}): what a reviewer
 * asks of a change to the data. Rows keep their published text; numbers are compared as numbers, so "1.0" and "1"
 * are the same value, and a change is given with its size.
 */
final class TableDiff {

    private TableDiff() {
    }

    static TableChange compare(TableSpec spec, Path before, Path after) {
        boolean hadIt = before != null && Files.isRegularFile(before);
        boolean hasIt = after != null && Files.isRegularFile(after);
        if (!hadIt && !hasIt) {
            return new TableChange(spec.name(), "same", List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);
        }
        RawTable old = hadIt ? RawTable.read(before) : null;
        RawTable now = hasIt ? RawTable.read(after) : null;
        Map<String, RawRow> oldRows = hadIt ? byKey(spec, old) : Map.of();
        Map<String, RawRow> newRows = hasIt ? byKey(spec, now) : Map.of();
        List<String> oldHeader = hadIt ? old.header() : List.of();
        List<String> newHeader = hasIt ? now.header() : List.of();
        List<String> added = newRows.keySet().stream().filter(k -> !oldRows.containsKey(k)).toList();
        List<String> removed = oldRows.keySet().stream().filter(k -> !newRows.containsKey(k)).toList();
        List<TableChange.Row> changed = new ArrayList<>();
        for (Map.Entry<String, RawRow> e : newRows.entrySet()) {
            RawRow was = oldRows.get(e.getKey());
            if (was == null) {
                continue;
            }
            List<TableChange.Cell> cells = new ArrayList<>();
            for (String column : newHeader) {
                if (!oldHeader.contains(column)) {
                    continue;
                }
                String a = was.text(column);
                String b = e.getValue().text(column);
                if (!a.equals(b)) {
                    cells.add(cell(spec, column, a, b));
                }
            }
            cells.removeIf(c -> c == null);
            if (!cells.isEmpty()) {
                changed.add(new TableChange.Row(e.getKey(), List.copyOf(cells)));
            }
        }
        List<String> columnsAdded = hadIt ? newHeader.stream().filter(c -> !oldHeader.contains(c)).toList() : List.of();
        List<String> columnsRemoved = hasIt ? oldHeader.stream().filter(c -> !newHeader.contains(c)).toList() : List.of();
        String status = !hadIt ? "added" : !hasIt ? "removed"
                : added.isEmpty() && removed.isEmpty() && changed.isEmpty() && columnsAdded.isEmpty() && columnsRemoved.isEmpty()
                && oldHeader.equals(newHeader) ? "same" : "changed";
        return new TableChange(spec.name(), status, columnsAdded, columnsRemoved, hadIt && hasIt ? added : List.of(),
                hadIt && hasIt ? removed : List.of(), List.copyOf(changed), oldRows.size(), newRows.size());
    }

    /** A changed cell, or null when two numbers print differently but are equal. */
    private static TableChange.Cell cell(TableSpec spec, String column, String a, String b) {
        Field f = spec.fields().stream().filter(x -> x.name().equals(column)).findFirst().orElse(null);
        boolean numeric = f != null && (f.type().equals("number") || f.type().equals("integer"));
        if (numeric && !a.isEmpty() && !b.isEmpty()) {
            try {
                BigDecimal x = new BigDecimal(a);
                BigDecimal y = new BigDecimal(b);
                if (x.compareTo(y) == 0) {
                    return null;
                }
                BigDecimal d = y.subtract(x);
                BigDecimal rel = x.signum() == 0 ? null : percent(d, x);
                return new TableChange.Cell(column, a, b, d, rel);
            } catch (NumberFormatException e) {
                // a cell that is not a number is compared as text; the validator and the checks say what is wrong with it
            }
        }
        return new TableChange.Cell(column, a, b, null, null);
    }

    /**
     * {@code d} as a percentage of |x|, to two decimals, or to two significant digits where two decimals would show a
     * change as 0.00% (10 in 353,074 is 0.0028%).
     */
    static BigDecimal percent(BigDecimal d, BigDecimal x) {
        BigDecimal p = d.multiply(BigDecimal.valueOf(100)).divide(x.abs(), MathContext.DECIMAL64);
        BigDecimal twoDecimals = p.setScale(2, RoundingMode.HALF_EVEN);
        return twoDecimals.signum() != 0 ? twoDecimals : p.round(new MathContext(2, RoundingMode.HALF_EVEN));
    }

    /** Rows by their primary key ("col=value; col=value"); a repeated key gets " #2", " #3" in file order. */
    static Map<String, RawRow> byKey(TableSpec spec, RawTable t) {
        List<String> key = spec.primaryKey().stream().allMatch(t.header()::contains) && !spec.primaryKey().isEmpty()
                ? spec.primaryKey() : t.header();
        Map<String, RawRow> out = new LinkedHashMap<>();
        for (RawRow r : t.rows()) {
            List<String> parts = new ArrayList<>();
            for (String k : key) {
                parts.add(key.size() == 1 && key == spec.primaryKey() ? r.text(k) : k + "=" + r.text(k));
            }
            String base = String.join("; ", parts);
            String k = base;
            for (int n = 2; out.containsKey(k); n++) {
                k = base + " #" + n;
            }
            out.put(k, r);
        }
        return out;
    }
}
