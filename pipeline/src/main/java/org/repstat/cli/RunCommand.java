package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.importing.CuratedData;
import org.repstat.importing.RowAccount;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat run}: every declared stage in order, from raw files to published tables, report and notebooks. */
@Command(exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.CHECKS_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "run", mixinStandardHelpOptions = true,
        description = {"Run every stage of pipeline/stages.yaml: raw data to published tables, checks, report, notebooks.",
                // StagePlanTest holds this line to pipeline/stages.yaml
                "The stages, and the command that runs them alone: import and publish (repstat import), check and answer "
                        + "(repstat check), chart and report (repstat report), export (repstat notebooks)."})
public class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    SummaryOptions summary;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).all(summary.progress());
        CuratedData data = ctx.curated();
        CheckRunner.Report checks = ctx.checkReport();
        boolean balances = data.accounts().stream().allMatch(RowAccount::balances);
        if (summary.json) {
            ObjectNode out = SummaryOptions.object();
            out.put("command", "run");
            out.put("tables", ctx.catalog().all().size());
            out.put("clean", ctx.workspace().home().relativize(ctx.workspace().clean()).toString());
            out.put("observations", data.observations().size());
            out.put("events", data.events().size());
            out.put("sources", data.sources().size());
            out.put("imports_balance", balances);
            out.put("figures", ctx.figureCount());
            out.set("checks", CheckCommand.counts(checks));
            out.put("fails_run", checks.failsRun());
            out.set("failures", CheckCommand.failures(checks));
            SummaryOptions.print(out);
        } else if (summary.text()) {
            ImportCommand.printImported(data);
            System.out.printf(java.util.Locale.ROOT, "published %d tables in %s: %d observations, %d events, %d sources (every import job balances: %s)%n",
                    ctx.catalog().all().size(), ctx.workspace().home().relativize(ctx.workspace().clean()),
                    data.observations().size(), data.events().size(), data.sources().size(), balances ? "yes" : "NO");
            CheckCommand.printFailures(checks);
        }
        return checks.failsRun() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }
}
