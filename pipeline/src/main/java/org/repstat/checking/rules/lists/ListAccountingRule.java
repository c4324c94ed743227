package org.repstat.checking.rules.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.Severity;
import org.repstat.checking.rules.CheckRun;
import org.repstat.checking.rules.Rule;

/**
 * Kind {@code list_accounting}: the count tables of one of Memorial's lists add up to the records read. For each row
 * of the list's accounts table ({@code accounts}): the sum of the table's count column is its {@code counted}, the
 * sum of its copies column its {@code copies}, counted + copies + kept as text + empty is the records, and the
 * records are what the import job published (row_accounts). A table that counts a record twice, or loses one, fails.
 */
public final class ListAccountingRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE.requires("accounts", ParamType.TABLE);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        String accounts = d.params().get("accounts");
        List<CheckResult> out = new ArrayList<>();
        for (Map<String, String> a : run.data().rows(accounts)) {
            String table = a.get("table");
            long records = n(a, "records");
            long counted = n(a, "counted");
            long copies = n(a, "copies");
            long left = n(a, "kept_as_text") + n(a, "empty");
            long summed = sum(run, table, a.get("counted_column"));
            long copiesSummed = a.get("copies_column").isEmpty() ? 0 : sum(run, table, a.get("copies_column"));
            Long published = run.data().rows("row_accounts").stream().filter(r -> r.get("job").equals(a.get("source_id")))
                    .map(r -> Long.parseLong(r.get("rows_out"))).findFirst().orElse(null);
            List<String> wrong = new ArrayList<>();
            if (summed != counted) {
                wrong.add("its " + a.get("counted_column") + " sum to " + summed + ", not " + counted);
            }
            if (copiesSummed != copies) {
                wrong.add("its " + a.get("copies_column") + " sum to " + copiesSummed + ", not " + copies);
            }
            if (counted + copies + left != records) {
                wrong.add(counted + " + " + copies + " + " + left + " ≠ " + records);
            }
            if (published == null || published != records) {
                wrong.add("the import job " + a.get("source_id") + " published " + published + " records, not " + records);
            }
            boolean ok = wrong.isEmpty();
            CheckStatus status = ok ? CheckStatus.PASS : d.severity() == Severity.ERROR ? CheckStatus.FAIL : CheckStatus.WARN;
            out.add(new CheckResult(d.id(), d.kind(), d.topic(), d.severity(), status, table,
                    counted + " counted + " + copies + " copies + " + n(a, "kept_as_text") + " kept as text + " + n(a, "empty") + " empty",
                    records + " records read", "0", String.valueOf(counted + copies + left - records), "", List.of(),
                    List.of(accounts + " table=" + table, "row_accounts job=" + a.get("source_id")),
                    ok ? "balances: every record read is counted once, counted apart as a copy, or left out with its reason"
                            + (a.get("note").isEmpty() ? "" : "; " + a.get("note"))
                            : "does not balance: " + String.join("; ", wrong), d.why()));
        }
        return out;
    }

    private static long n(Map<String, String> row, String column) {
        return Long.parseLong(row.get(column));
    }

    private static long sum(CheckRun run, String table, String column) {
        return run.data().rows(table).stream().mapToLong(r -> Long.parseLong(r.get(column))).sum();
    }
}
