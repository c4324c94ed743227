package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.importing.CuratedData;
import org.repstat.importing.RowAccount;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat run}: every declared stage in order, from raw files to published tables, report and notebooks. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage of pipeline/stages.yaml in order: import, publish, check, answer, chart, report, export.")
public class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).all(System.err);
        CuratedData data = ctx.curated();
        ImportCommand.printImported(data);
        System.out.printf(java.util.Locale.ROOT, "published %d tables in %s: %d observations, %d events, %d sources (every import job balances: %s)%n",
                ctx.catalog().all().size(), ctx.workspace().home().relativize(ctx.workspace().clean()),
                data.observations().size(), data.events().size(), data.sources().size(),
                data.accounts().stream().allMatch(RowAccount::balances) ? "yes" : "NO");
        CheckRunner.Report checks = ctx.checkReport();
        CheckCommand.printFailures(checks);
        return checks.failsRun() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }
}
