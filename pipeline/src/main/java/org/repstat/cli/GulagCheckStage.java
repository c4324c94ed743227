package org.repstat.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.repstat.Workspace;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.CheckTables;
import org.repstat.checking.GulagChecks;
import org.repstat.io.PublishedCsv;

/**
 * Runs the Gulag camps checks and writes them in the checks.csv format to the scratch dir
 * ({@code target/repstat/checks/gulag-checks.csv}) until the check stage publishes them with all other checks.
 */
final class GulagCheckStage {

    private GulagCheckStage() {
    }

    static List<CheckResult> runAndWrite(Workspace ws) {
        List<CheckResult> results = GulagChecks.run(ws);
        var table = CheckTables.checksTable(results);
        PublishedCsv.write(ws.work().resolve("checks/gulag-checks.csv"), table.spec().header(), table.rows());
        Map<String, Map<CheckStatus, Integer>> byCheck = new TreeMap<>();
        results.forEach(r -> byCheck.computeIfAbsent(r.checkId(), k -> new TreeMap<>()).merge(r.status(), 1, Integer::sum));
        System.out.println("gulag checks (" + ws.home().relativize(ws.work().resolve("checks/gulag-checks.csv")) + "):");
        byCheck.forEach((id, counts) -> System.out.printf("  %-30s %s%n", id, counts));
        return results;
    }
}
