package org.repstat.checking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The published convictions answer table counts every cell of the 1953 certificate once: its rows are exactly the
 * periods the table's own TOTAL covers, each figure comes from one copy of the appendix, and each column adds up to
 * the stated TOTAL give or take the printed table's own discrepancy (the convictions-columns-sum finding for that
 * copy), never to twice the total that adding both copies would give.
 */
class OneCopyPerPublicationTest {

    static final List<String> COLUMNS = List.of("sentenced", "death_sentences", "sentenced_to_camps", "exiled", "other_measures");
    static Map<String, Map<String, String>> observations = new HashMap<>();
    static List<RawRow> answer;
    static List<RawRow> checks;

    @BeforeAll
    static void read() {
        Workspace ws = TestWorkspace.repository();
        for (RawRow r : RawTable.read(ws.clean().resolve("observations.csv")).rows()) {
            Map<String, String> row = new HashMap<>();
            for (String c : List.of("dataset", "measure", "role", "period_start", "period_end", "value", "source_id")) {
                row.put(c, r.text(c));
            }
            observations.put(r.text("observation_id"), row);
        }
        answer = RawTable.read(ws.clean().resolve("convictions_1921_1953.csv")).rows();
        checks = RawTable.read(ws.clean().resolve("checks.csv")).rows();
    }

    @Test
    void theRowsAreThePeriodsOfTheStatedTotalEachOnce() {
        List<String> periods = new ArrayList<>();
        for (RawRow r : answer) {
            periods.add(r.text("period_start") + "/" + r.text("period_end"));
        }
        assertEquals(periods.size(), new TreeSet<>(periods).size(), "a period twice: " + periods);
        assertEquals(33, periods.size());
        assertEquals("1921/1921", periods.get(0));
        assertEquals("1953-01/1953-06", periods.get(periods.size() - 1));
        Map<String, String> total = observations.get("lewin-2005-appendix-fb2:total-total-sentenced");
        assertEquals("1921", total.get("period_start"));
        assertEquals("1953-06", total.get("period_end"));
    }

    @Test
    void eachColumnSumsToTheStatedTotalOfOneCopyWithoutDoubleCounting() {
        for (String column : COLUMNS) {
            BigDecimal sum = BigDecimal.ZERO;
            Set<String> datasets = new TreeSet<>();
            for (RawRow r : answer) {
                String id = r.text(column + "_observation_id");
                if (id.isEmpty()) {
                    continue; // the certificate's own dash: no figure, not zero
                }
                Map<String, String> o = observations.get(id);
                assertEquals(r.text(column), o.get("value"), id);
                assertEquals("1", r.text(column + "_sources"), "one publication per cell: " + id);
                datasets.add(o.get("dataset"));
                sum = sum.add(new BigDecimal(r.text(column)));
            }
            assertEquals(1, datasets.size(), column + " mixes copies: " + datasets);
            String copy = datasets.iterator().next();
            String measure = column; // the answer table names its columns after their measures
            BigDecimal stated = observations.values().stream()
                    .filter(o -> o.get("dataset").equals(copy) && o.get("role").equals("stated_total") && o.get("measure").equals(measure))
                    .map(o -> new BigDecimal(o.get("value"))).findFirst().orElseThrow();
            // the printed table's own discrepancy for this column of this copy, as the check stage publishes it
            BigDecimal known = checks.stream()
                    .filter(c -> c.text("check_id").equals("convictions-columns-sum") && c.text("subject").equals(copy + " / " + measure))
                    .map(c -> new BigDecimal(c.text("difference"))).findFirst().orElseThrow();
            assertEquals(0, sum.subtract(stated).compareTo(known), column + ": " + sum + " against " + stated);
            // both copies added would give about twice the total
            assertTrue(sum.compareTo(stated.multiply(new BigDecimal("1.5"))) < 0, column + ": " + sum + " looks like two copies");
        }
    }
}
