package org.repstat.checking.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The misprint search on small tables whose every sum is known: a balanced table, then the same table with one
 * swapped digit, with two errors in one column, with an error no single digit explains.
 */
class MisprintSearchTest {

    //           total   a      b
    // row 1     1234    1000   234
    // row 2     5678    5000   678
    // TOTAL     6912    6000   912      (every row and column adds up)
    static final String[][] BALANCED = {
            {"1", "1234", "1000", "234"},
            {"2", "5678", "5000", "678"},
            {"TOTAL", "6912", "6000", "912"}};

    static List<MisprintSearch.Cell> table(String[][] rows) {
        String[] columns = {"total", "a", "b"};
        List<MisprintSearch.Cell> cells = new ArrayList<>();
        for (String[] r : rows) {
            for (int j = 0; j < columns.length; j++) {
                String printed = r[j + 1];
                cells.add(new MisprintSearch.Cell(r[0] + "-" + columns[j], r[0], columns[j], j == 0, r[0].equals("TOTAL"),
                        printed, printed.equals("–") ? null : new BigInteger(printed)));
            }
        }
        return cells;
    }

    static String[][] with(String row, int column, String printed) {
        String[][] copy = new String[BALANCED.length][];
        for (int i = 0; i < BALANCED.length; i++) {
            copy[i] = BALANCED[i].clone();
            if (BALANCED[i][0].equals(row)) {
                copy[i][column] = printed;
            }
        }
        return copy;
    }

    @Test
    void aBalancedTableHasNothingToExplain() {
        MisprintSearch.Outcome o = MisprintSearch.search(table(BALANCED));
        assertTrue(o.unbalanced().isEmpty());
        assertTrue(o.findings().isEmpty());
    }

    @Test
    void aSwappedDigitIsLocatedInItsRowAndColumn() {
        // row 2, column b printed 687 for 678: row 2 and column b are both 9 over
        MisprintSearch.Outcome o = MisprintSearch.search(table(with("2", 3, "687")));
        assertEquals(2, o.unbalanced().size());
        assertEquals(1, o.findings().size(), o.findings().toString());
        MisprintSearch.Finding f = o.findings().get(0);
        assertEquals(MisprintSearch.Finding.SINGLE, f.kind());
        MisprintSearch.Reading r = f.readings().get(0);
        assertEquals("2-b", r.cell().id());
        assertEquals(BigInteger.valueOf(678), r.reading());
        assertEquals("digits 2 and 3 swapped", r.edit());
        assertEquals(BigInteger.valueOf(9), r.row().residual());
        assertEquals(BigInteger.ZERO, MisprintSearch.after(r.row(), f.readings()));
        assertEquals(BigInteger.ZERO, MisprintSearch.after(r.column(), f.readings()));
    }

    @Test
    void aMisprintedTotalIsLocatedToo() {
        // the row total printed 5687 for 5678: row 2 is 9 short, the total column 9 over
        MisprintSearch.Outcome o = MisprintSearch.search(table(with("2", 1, "5687")));
        assertEquals(1, o.findings().size(), o.findings().toString());
        assertEquals("2-total", o.findings().get(0).readings().get(0).cell().id());
        assertEquals(BigInteger.valueOf(5678), o.findings().get(0).readings().get(0).reading());
    }

    @Test
    void twoErrorsInOneColumnHaveNoSingleCellExplanation() {
        // row 1 b printed 243 for 234 (+9) and row 2 b printed 778 for 678 (+100): column b is 109 over
        String[][] rows = with("1", 3, "243");
        rows[1][3] = "778";
        MisprintSearch.Outcome o = MisprintSearch.search(table(rows));
        assertTrue(o.findings().stream().noneMatch(f -> f.kind().equals(MisprintSearch.Finding.SINGLE)), o.findings().toString());
        // ... but the two readings together balance both rows and the column they share
        assertEquals(1, o.findings().size(), o.findings().toString());
        MisprintSearch.Finding pair = o.findings().get(0);
        assertEquals(MisprintSearch.Finding.PAIR, pair.kind());
        assertEquals("column b", pair.shared().label());
        assertEquals(List.of("1-b", "2-b"), pair.readings().stream().map(r -> r.cell().id()).sorted().toList());
    }

    @Test
    void twoIndependentErrorsOneOfThemNoMisprintExplainNothing() {
        // row 1 b printed 243 for 234 (+9); row 2 b printed 700 for 678 (+22, two digits changed): no single digit
        // explains row 2, so neither a single cell nor a pair balances column b
        String[][] rows = with("1", 3, "243");
        rows[1][3] = "700";
        MisprintSearch.Outcome o = MisprintSearch.search(table(rows));
        assertTrue(o.findings().isEmpty(), o.findings().toString());
        assertEquals(3, o.unbalanced().size());
    }

    @Test
    void errorsInDifferentRowsAndColumnsAreFoundOneByOne() {
        // row 1 a printed 1900 for 1000 and row 2 b printed 687 for 678: each has its own row and column
        String[][] rows = with("1", 2, "1900");
        rows[1][3] = "687";
        MisprintSearch.Outcome o = MisprintSearch.search(table(rows));
        assertEquals(List.of("1-a", "2-b"), o.findings().stream().map(f -> f.readings().get(0).cell().id()).sorted().toList());
        assertTrue(o.findings().stream().allMatch(f -> f.kind().equals(MisprintSearch.Finding.SINGLE)));
    }

    @Test
    void aDashIsNoFigureAndIsNeverRead() {
        MisprintSearch.Outcome o = MisprintSearch.search(table(with("1", 3, "–")));
        assertTrue(o.findings().isEmpty(), o.findings().toString());
        assertEquals(2, o.unbalanced().size()); // row 1 and column b miss the 234 that is not printed
    }

    @Test
    void everyOneDigitEditIsTried() {
        var edits = MisprintSearch.edits("22728", BigInteger.valueOf(22728));
        assertEquals("a '2' too many, at digit 1 or 2", edits.get(BigInteger.valueOf(2728)));
        assertEquals("digit 5 printed as '8' instead of '9'", edits.get(BigInteger.valueOf(22729)));
        assertEquals("digits 3 and 4 swapped", edits.get(BigInteger.valueOf(22278)));
        assertEquals("a '1' lost before digit 1", edits.get(BigInteger.valueOf(122728)));
        assertTrue(!edits.containsKey(BigInteger.valueOf(22728)), "the print itself is not a reading");
        assertEquals("", MisprintSearch.digits("–"));
        assertEquals("22728", MisprintSearch.digits("22 728"));
    }
}
