package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;

/**
 * Every import job accounts for its rows (in = out + rejected), and what the jobs say they published is what the
 * published tables hold: nothing was lost or added between the raw files and the clean tables.
 */
public final class RowAccountingRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE;
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        long observationsOut = 0;
        long eventsOut = 0;
        for (Map<String, String> a : run.data().rows("row_accounts")) {
            long in = Long.parseLong(a.get("rows_in"));
            long published = Long.parseLong(a.get("rows_out"));
            long rejected = Long.parseLong(a.get("rows_rejected"));
            if (a.get("job").startsWith("import ") && a.get("job").endsWith(" events")) {
                eventsOut += published;
            } else if (a.get("job").startsWith("import ")) {
                observationsOut += published; // other jobs (the camps file) publish tables of their own
            }
            boolean ok = in == published + rejected;
            out.add(Outcomes.finding(d, ok, a.get("job"), in + " in", published + " out + " + rejected + " rejected",
                    List.of(), List.of(a.get("file")), ok ? "balances" : "does not balance: " + (in - published - rejected) + " unaccounted"));
        }
        out.add(count(d, run.data().table("observations").spec().path(), observationsOut, run.data().rows("observations").size()));
        out.add(count(d, run.data().table("events").spec().path(), eventsOut, run.data().rows("events").size()));
        return out;
    }

    private static CheckResult count(CheckDefinition d, String table, long reported, long actual) {
        boolean ok = reported == actual;
        return Outcomes.finding(d, ok, table, actual + " rows published", reported + " rows reported by the import jobs",
                List.of(), List.of(), ok ? "the published table holds exactly the rows the jobs published"
                        : (actual - reported) + " row(s) differ between the jobs' accounts and the table");
    }
}
