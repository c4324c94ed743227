package org.repstat.checking.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search behind the {@code misprint} check, on a table whose rows and columns have stated totals. Every row
 * with a total and every column with a stated total is a <em>line</em> whose residual (its cells' sum against its
 * total) should be zero. A cell lies on one row and one column. The search tries every one-digit misreading of every
 * printed cell (one digit inserted, deleted or replaced, or two adjacent digits swapped) and reports:
 * <ul>
 *   <li>a <b>single cell</b> whose reading makes both its row and its column balance;</li>
 *   <li><b>two cells on one line</b> whose readings each balance the cell's other line and together balance the
 *       line they share (two misprints in one column, as in the certificate's death sentences).</li>
 * </ul>
 * A reading that balances one line only is not reported: one sum can be balanced by many cells, and it takes the
 * second, independent sum to point to one of them. The printed values are never changed; this only says which
 * readings the table's own arithmetic supports.
 */
final class MisprintSearch {

    /** At most this many findings per table: beyond it the table is too broken for the arithmetic to point anywhere. */
    static final int MAX_FINDINGS = 50;

    /**
     * One printed cell. {@code totalColumn}: the cell is its row's total; {@code totalRow}: the cell is its column's
     * stated total. {@code value} is null where the source gives no figure (a dash), which then counts for nothing.
     */
    record Cell(String id, String row, String column, boolean totalColumn, boolean totalRow, String printed,
                BigInteger value) {
    }

    /** A row or a column with a stated total, and its residual: parts − total (row), years − stated total (column). */
    record Line(String kind, String key, BigInteger residual) {
        String label() {
            return kind + " " + key;
        }
    }

    /** One cell read differently: the reading, how it differs from the print, and the cell's two lines. */
    record Reading(Cell cell, BigInteger reading, String edit, Line row, Line column) {
        BigInteger delta() {
            return reading.subtract(cell.value());
        }
    }

    /** A reading (or two) that balances every line it touches; {@code shared} is the line two readings share. */
    record Finding(String kind, List<Reading> readings, Line shared) {
        static final String SINGLE = "single_cell";
        static final String PAIR = "two_cells_one_line";
    }

    /** The outcome for one table: its unbalanced lines and the findings that explain some of them. */
    record Outcome(List<Line> unbalanced, List<Finding> findings, boolean truncated) {
    }

    private MisprintSearch() {
    }

    static Outcome search(List<Cell> cells) {
        Map<String, Line> lines = lines(cells);
        List<Line> unbalanced = lines.values().stream().filter(l -> l.residual().signum() != 0).toList();
        List<Finding> findings = new ArrayList<>();
        if (unbalanced.isEmpty()) {
            return new Outcome(unbalanced, findings, false);
        }
        // every reading that balances at least one of its cell's lines
        List<Reading> candidates = new ArrayList<>();
        for (Cell c : cells) {
            Line row = lines.get(rowKey(c));
            Line column = lines.get(columnKey(c));
            if (c.value() == null || row == null || column == null) {
                continue; // a cell with one line only: one sum cannot point to a cell
            }
            for (Map.Entry<BigInteger, String> e : edits(digits(c.printed()), c.value()).entrySet()) {
                Reading r = new Reading(c, e.getKey(), e.getValue(), row, column);
                if (after(row, r).signum() == 0 || after(column, r).signum() == 0) {
                    candidates.add(r);
                }
            }
        }
        for (Reading r : candidates) {
            if (after(r.row(), r).signum() == 0 && after(r.column(), r).signum() == 0) {
                findings.add(new Finding(Finding.SINGLE, List.of(r), null));
            }
        }
        for (Line shared : lines.values()) {
            if (shared.residual().signum() == 0) {
                continue;
            }
            // readings of cells on this line that balance the cell's other line
            List<Reading> on = candidates.stream().filter(r -> (r.row() == shared || r.column() == shared)
                    && after(other(r, shared), r).signum() == 0).toList();
            for (int i = 0; i < on.size(); i++) {
                for (int j = i + 1; j < on.size(); j++) {
                    Reading a = on.get(i);
                    Reading b = on.get(j);
                    if (a.cell() == b.cell() || other(a, shared) == other(b, shared)) {
                        continue;
                    }
                    BigInteger left = shared.residual().add(sign(a.cell(), shared).multiply(a.delta()))
                            .add(sign(b.cell(), shared).multiply(b.delta()));
                    if (left.signum() == 0) {
                        findings.add(new Finding(Finding.PAIR, List.of(a, b), shared));
                    }
                }
            }
        }
        boolean truncated = findings.size() > MAX_FINDINGS;
        return new Outcome(unbalanced, truncated ? List.of() : findings, truncated);
    }

    /** The residual of a line once the reading replaces its cell's printed value. */
    static BigInteger after(Line line, Reading r) {
        return line.residual().add(sign(r.cell(), line).multiply(r.delta()));
    }

    /** The residual of a line once all of a finding's readings replace their printed values. */
    static BigInteger after(Line line, List<Reading> readings) {
        BigInteger res = line.residual();
        for (Reading r : readings) {
            if (r.row() == line || r.column() == line) {
                res = res.add(sign(r.cell(), line).multiply(r.delta()));
            }
        }
        return res;
    }

    private static Line other(Reading r, Line line) {
        return r.row() == line ? r.column() : r.row();
    }

    /** How a cell counts in a line: a part (+1) or the line's total (−1). */
    private static BigInteger sign(Cell c, Line line) {
        boolean total = line.kind().equals("row") ? c.totalColumn() : c.totalRow();
        return total ? BigInteger.ONE.negate() : BigInteger.ONE;
    }

    private static String rowKey(Cell c) {
        return "row " + c.row();
    }

    private static String columnKey(Cell c) {
        return "column " + c.column();
    }

    private static Map<String, Line> lines(List<Cell> cells) {
        Map<String, BigInteger> residual = new LinkedHashMap<>();
        Map<String, Boolean> hasTotal = new LinkedHashMap<>();
        for (Cell c : cells) {
            for (String key : List.of(rowKey(c), columnKey(c))) {
                residual.putIfAbsent(key, BigInteger.ZERO);
                hasTotal.putIfAbsent(key, false);
            }
            if (c.value() == null) {
                continue;
            }
            residual.merge(rowKey(c), c.totalColumn() ? c.value().negate() : c.value(), BigInteger::add);
            residual.merge(columnKey(c), c.totalRow() ? c.value().negate() : c.value(), BigInteger::add);
            if (c.totalColumn()) {
                hasTotal.put(rowKey(c), true);
            }
            if (c.totalRow()) {
                hasTotal.put(columnKey(c), true);
            }
        }
        Map<String, Line> lines = new LinkedHashMap<>();
        residual.forEach((key, res) -> {
            if (hasTotal.get(key)) {
                int space = key.indexOf(' ');
                lines.put(key, new Line(key.substring(0, space), key.substring(space + 1), res));
            }
        });
        return lines;
    }

    /** The digits of a printed figure ("22 728" → "22728"); empty when it holds anything but digits and separators. */
    static String digits(String printed) {
        String d = printed.replaceAll("[\\s\u00a0\u202f,.']", "");
        return d.matches("\\d+") ? d : "";
    }

    /**
     * Every value one digit edit away from the printed digits, with the edit in words; the printed value itself is
     * left out, and of several edits giving one value the first is kept.
     */
    static Map<BigInteger, String> edits(String digits, BigInteger printedValue) {
        Map<BigInteger, String> out = new LinkedHashMap<>();
        if (digits.isEmpty()) {
            return out;
        }
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (n > 1) {
                int from = i;
                int to = i;
                while (from > 0 && digits.charAt(from - 1) == digits.charAt(i)) {
                    from--;
                }
                while (to < n - 1 && digits.charAt(to + 1) == digits.charAt(i)) {
                    to++;
                }
                String where = from == to ? "at digit " + (i + 1)
                        : "at digit " + String.join(" or ", java.util.stream.IntStream.rangeClosed(from + 1, to + 1)
                        .mapToObj(String::valueOf).toList());
                put(out, printedValue, digits.substring(0, i) + digits.substring(i + 1),
                        "a '" + digits.charAt(i) + "' too many, " + where);
            }
        }
        for (int i = 0; i < n; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != digits.charAt(i)) {
                    put(out, printedValue, digits.substring(0, i) + d + digits.substring(i + 1),
                            "digit " + (i + 1) + " printed as '" + digits.charAt(i) + "' instead of '" + d + "'");
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                put(out, printedValue, digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2),
                        "digits " + (i + 1) + " and " + (i + 2) + " swapped");
            }
        }
        for (int i = 0; i <= n; i++) {
            for (char d = '0'; d <= '9'; d++) {
                put(out, printedValue, digits.substring(0, i) + d + digits.substring(i),
                        "a '" + d + "' lost " + (i == n ? "at the end" : "before digit " + (i + 1)));
            }
        }
        return out;
    }

    private static void put(Map<BigInteger, String> out, BigInteger printed, String digits, String edit) {
        if (digits.isEmpty()) {
            return;
        }
        BigInteger v = new BigInteger(digits);
        if (!v.equals(printed)) {
            out.putIfAbsent(v, edit);
        }
    }
}
