package org.repstat.cli;

import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.repstat.checking.CheckResult;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.checking.CheckStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repstat check}: hold the published tables to the check catalogue; exit 1 if an error-severity check fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the check catalogue on datasets/clean/; write checks.csv and reconciliation.csv. Exit 1 if an error-severity check fails.")
public class CheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--all", description = "List every result, not only those that are not a pass.")
    boolean all;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).command("check", System.err);
        printSummary(ctx.checkReport(), all);
        return ctx.checkReport().failsRun() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }

    /** The console shows a few ids; checks.csv keeps them all. */
    static String abbreviate(List<String> items, String separator) {
        int shown = 6;
        return items.size() <= shown ? String.join(separator, items)
                : String.join(separator, items.subList(0, shown)) + separator + "… (" + (items.size() - shown)
                + " more in datasets/clean/checks.csv)";
    }

    /** The counts and only the failures: what a full run needs to show. */
    static void printFailures(CheckRunner.Report report) {
        printCounts(report);
        printRows(report, java.util.Set.of(CheckStatus.FAIL));
        if (report.count(CheckStatus.WARN) + report.count(CheckStatus.EXPLAINED) > 0) {
            System.out.println("  (warnings and explained disagreements: ./repstat check, or datasets/clean/checks.csv)");
        }
    }

    static void printSummary(CheckRunner.Report report, boolean all) {
        printCounts(report);
        printRows(report, all ? java.util.EnumSet.allOf(CheckStatus.class)
                : java.util.EnumSet.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.EXPLAINED));
    }

    private static void printCounts(CheckRunner.Report report) {
        System.out.printf(java.util.Locale.ROOT, "checks: %d definitions, %d results: %d pass, %d warn, %d explained, %d fail%n",
                report.definitions(), report.results().size(), report.count(CheckStatus.PASS), report.count(CheckStatus.WARN),
                report.count(CheckStatus.EXPLAINED), report.count(CheckStatus.FAIL));
    }

    private static void printRows(CheckRunner.Report report, java.util.Set<CheckStatus> statuses) {
        Map<String, List<CheckResult>> shown = new TreeMap<>();
        for (CheckResult r : report.results()) {
            if (statuses.contains(r.status())) {
                shown.computeIfAbsent(r.status().id(), k -> new ArrayList<>()).add(r);
            }
        }
        for (String status : List.of("fail", "warn", "explained", "pass")) {
            for (CheckResult r : shown.getOrDefault(status, List.of())) {
                System.out.printf(java.util.Locale.ROOT, "  %-9s %-8s %s — %s%n", status.toUpperCase(java.util.Locale.ROOT), r.severity().id(),
                        r.checkId(), r.subject());
                System.out.printf(java.util.Locale.ROOT, "            observed %s; expected %s%s%n", r.observed(), r.expected(),
                        r.difference().isEmpty() ? "" : "; difference " + r.difference()
                                + (r.relativeDifference().isEmpty() ? "" : " (" + r.relativeDifference() + "%)"));
                System.out.printf(java.util.Locale.ROOT, "            %s%n", r.message());
                if (!r.observationIds().isEmpty()) {
                    System.out.printf(java.util.Locale.ROOT, "            observations: %s%n", abbreviate(r.observationIds(), ", "));
                }
                if (!r.sourceRows().isEmpty() && r.status() == CheckStatus.FAIL) {
                    System.out.printf(java.util.Locale.ROOT, "            source rows: %s%n", abbreviate(r.sourceRows(), " | "));
                }
            }
        }
    }
}
