package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repstat check}: hold the published tables to the check catalogue; exit 1 if an error-severity check fails. */
@Command(exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.CHECKS_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "check", mixinStandardHelpOptions = true,
        description = {"Run the check catalogue on the published tables, then derive the answer tables; exit 1 if an error check fails.",
                "Writes datasets/clean/checks.csv (every result) and datasets/clean/reconciliation.csv, and the answer tables. "
                        + "Prints the counts, every failure in full, and the other results that are not a pass one line per check; "
                        + "--status and --topic print each chosen result in full."})
public class CheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    SummaryOptions summary;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", completionCandidates = CheckCommand.Statuses.class,
            description = "Print in full the results of these outcomes: pass, warn, explained, fail (e.g. --status warn,fail).")
    List<String> statuses;

    @Option(names = "--topic", split = ",", paramLabel = "TOPIC",
            description = "Only the checks of these topics (the catalogue's topic column, e.g. convictions).")
    List<String> topics;

    @Option(names = "--all", description = "Print every result in full, passes included (as --status with all four outcomes).")
    boolean all;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What --status completes to. */
    static final class Statuses extends java.util.ArrayList<String> {
        Statuses() {
            super(List.of("pass", "warn", "explained", "fail"));
        }
    }

    @Override
    public Integer call() {
        Set<CheckStatus> chosen = chosenStatuses();
        PipelineRun run = new PipelineRun(options.workspace());
        if (topics != null) { // refused before the stages run, so that a mistyped topic publishes nothing
            Set<String> known = new TreeSet<>();
            run.catalogue().forEach(d -> known.add(d.topic()));
            for (String t : topics) {
                if (!known.contains(t)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--topic: no check has topic '" + t + "' (topics: "
                            + String.join(", ", known) + ")");
                }
            }
        }
        RunContext ctx = run.command("check", summary.progress());
        CheckRunner.Report report = ctx.checkReport();
        List<CheckResult> results = topics == null ? report.results()
                : report.results().stream().filter(r -> topics.contains(r.topic())).toList();
        boolean detail = statuses != null || topics != null || all;
        Set<CheckStatus> shown = chosen != null ? chosen : EnumSet.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.EXPLAINED);
        List<CheckResult> listed = results.stream().filter(r -> shown.contains(r.status())).toList();
        if (summary.json) {
            ObjectNode out = SummaryOptions.object();
            out.put("command", "check");
            out.set("checks", counts(report));
            out.put("fails_run", report.failsRun());
            out.set("results", CheckListing.json(listed));
            SummaryOptions.print(out);
        } else if (summary.text()) {
            printCounts(report);
            if (detail) {
                CheckListing.printFull(listed);
                System.out.printf(Locale.ROOT, "%d of %d results shown%n", listed.size(), report.results().size());
            } else {
                CheckListing.printFull(listed.stream().filter(r -> r.status() == CheckStatus.FAIL).toList());
                CheckListing.printByCheck(listed.stream().filter(r -> r.status() != CheckStatus.FAIL).toList());
            }
        }
        return report.failsRun() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }

    private Set<CheckStatus> chosenStatuses() {
        if (all) {
            return EnumSet.allOf(CheckStatus.class);
        }
        if (statuses == null) {
            return null;
        }
        Set<CheckStatus> out = EnumSet.noneOf(CheckStatus.class);
        for (String s : statuses) {
            try {
                out.add(CheckStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--status takes pass, warn, explained or fail, found '" + s + "'");
            }
        }
        return out;
    }

    /** The counts and only the failures: what a full run needs to show. */
    static void printFailures(CheckRunner.Report report) {
        printCounts(report);
        CheckListing.printFull(report.results().stream().filter(r -> r.status() == CheckStatus.FAIL).toList());
        if (report.count(CheckStatus.WARN) + report.count(CheckStatus.EXPLAINED) > 0) {
            System.out.println("  (warnings and explained disagreements: ./repstat check, or datasets/clean/checks.csv)");
        }
    }

    static void printCounts(CheckRunner.Report report) {
        System.out.printf(Locale.ROOT, "checks: %d definitions, %d results: %d pass, %d warn, %d explained, %d fail%n",
                report.definitions(), report.results().size(), report.count(CheckStatus.PASS), report.count(CheckStatus.WARN),
                report.count(CheckStatus.EXPLAINED), report.count(CheckStatus.FAIL));
    }

    static ObjectNode counts(CheckRunner.Report report) {
        ObjectNode n = SummaryOptions.object();
        n.put("definitions", report.definitions());
        n.put("results", report.results().size());
        for (CheckStatus s : List.of(CheckStatus.PASS, CheckStatus.WARN, CheckStatus.EXPLAINED, CheckStatus.FAIL)) {
            n.put(s.id(), report.count(s));
        }
        return n;
    }

    static ArrayNode failures(CheckRunner.Report report) {
        return CheckListing.json(report.results().stream().filter(r -> r.status() == CheckStatus.FAIL).toList());
    }
}
