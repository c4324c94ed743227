package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import org.repstat.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code repstat run}: every declared stage in order, from raw files to published tables, report and notebooks;
 * a stage whose inputs, outputs and code are as its last run left them is not redone.
 */
@Command(exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.CHECKS_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "run", mixinStandardHelpOptions = true,
        description = {"Run every stage of pipeline/stages.yaml: raw data to published tables, checks, report, notebooks.",
                // StagePlanTest holds this line to pipeline/stages.yaml
                "The stages, and the command that runs them alone: import and publish (repstat import), check and answer "
                        + "(repstat check), chart and report (repstat report), export (repstat notebooks).",
                "A stage whose declared inputs, outputs and code are unchanged since its last run is skipped (--force redoes it)."})
public class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    SummaryOptions summary;

    @Option(names = "--force", description = "Run every stage, even those that are up to date, and trust no cache.")
    boolean force;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).all(summary.progress(), force);
        RunSummary.Import data = ctx.summary().importing();
        CheckRunner.Report checks = ctx.summary().checks();
        if (summary.json) {
            ObjectNode out = SummaryOptions.object();
            out.put("command", "run");
            out.put("tables", ctx.catalog().all().size());
            out.put("clean", ctx.workspace().home().relativize(ctx.workspace().clean()).toString());
            out.put("observations", data.observations());
            out.put("events", data.events());
            out.put("sources", data.sources());
            out.put("imports_balance", data.balances());
            out.put("figures_drawn", ctx.chartsDrawn()[0]);
            out.put("figures_reused", ctx.chartsDrawn()[1]);
            out.set("checks", CheckCommand.counts(checks));
            out.put("fails_run", checks.failsRun());
            out.set("failures", CheckCommand.failures(checks));
            SummaryOptions.print(out);
        } else if (summary.text()) {
            data.imported().forEach(System.out::println);
            System.out.printf(java.util.Locale.ROOT, "published %d tables in %s: %d observations, %d events, %d sources (every import job balances: %s)%n",
                    ctx.catalog().all().size(), ctx.workspace().home().relativize(ctx.workspace().clean()),
                    data.observations(), data.events(), data.sources(), data.balances() ? "yes" : "NO");
            CheckCommand.printFailures(checks);
        }
        return checks.failsRun() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }
}
