package org.repstat.cli;

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
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage of pipeline/stages.yaml in order: import, publish, check, answer, chart, report, export. "
                + "A stage whose declared inputs, outputs and code are unchanged since its last run is skipped.")
public class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--force", description = "Run every stage, even those that are up to date.")
    boolean force;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).all(System.err, force);
        RunSummary summary = ctx.summary();
        RunSummary.Import data = summary.importing();
        data.imported().forEach(System.out::println);
        System.out.printf(java.util.Locale.ROOT, "published %d tables in %s: %d observations, %d events, %d sources (every import job balances: %s)%n",
                ctx.catalog().all().size(), ctx.workspace().home().relativize(ctx.workspace().clean()),
                data.observations(), data.events(), data.sources(), data.balances() ? "yes" : "NO");
        CheckRunner.Report checks = summary.checks();
        CheckCommand.printFailures(checks);
        return checks.failsRun() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }
}
