package org.repstat.exporting;

import org.repstat.published.CoreTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.repstat.Workspace;
import org.repstat.checking.CheckTables;
import org.repstat.io.PublishedCsv;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * A reconciliation.csv for a test workspace, until the check stage publishes the real one: every source's published
 * figure for the Polish operation's sentenced (1937–38), beside their median. No number is invented; all come from
 * observations.csv.
 */
final class NotebookFixtures {

    static final String CONCEPT = "polish_operation_sentenced_1937_1938";

    private NotebookFixtures() {
    }

    static void writeReconciliation(Workspace ws) {
        List<RawRow> rows = RawTable.read(ws.clean().resolve("observations.csv")).rows().stream()
                .filter(r -> r.text("scope").equals("polish_operation") && r.text("measure").equals("sentenced")
                        && r.text("unit").equals("persons") && r.text("period_start").equals("1937") && !r.text("value").isEmpty())
                .sorted(java.util.Comparator.comparing(r -> r.text("observation_id"))).toList();
        List<BigDecimal> values = rows.stream().map(r -> new BigDecimal(r.text("value"))).sorted().toList();
        int n = values.size();
        BigDecimal median = n % 2 == 1 ? values.get(n / 2) : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
        List<List<String>> out = new ArrayList<>();
        for (RawRow r : rows) {
            BigDecimal v = new BigDecimal(r.text("value"));
            BigDecimal diff = v.subtract(median);
            out.add(List.of(CONCEPT, "the Polish operation, sentenced, 1937–38", r.text("source_id"), r.text("observation_id"),
                    r.text("value"), r.text("qualifier"), r.text("lower"), r.text("upper"), "scholarly",
                    median.stripTrailingZeros().toPlainString(), diff.stripTrailingZeros().toPlainString(),
                    diff.multiply(BigDecimal.valueOf(100)).divide(median, 2, RoundingMode.HALF_UP).toPlainString()));
        }
        PublishedCsv.write(ws.clean().resolve("reconciliation.csv"), CoreTables.RECONCILIATION.header(), out);
    }
}
