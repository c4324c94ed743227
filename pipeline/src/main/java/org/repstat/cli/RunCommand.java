package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.checking.CheckRunner;
import org.repstat.importing.CuratedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat run}: the whole pipeline in dependency order, from raw files to published tables and reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage in order: import, clean, check, chart, report, export.")
public class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Workspace ws = options.workspace();
        Progress progress = new Progress(System.err, 6);
        CuratedData data = ImportCommand.importAndPublish(ws, progress);
        CheckRunner.Report checks = progress.step("check datasets/clean", () -> CheckCommand.checkAndPublish(ws));
        ReportCommand.run(ws, progress);
        NotebooksCommand.export(ws, progress);
        long tables = org.repstat.cleaning.PublishedCatalogue.allSpecs().size();
        System.out.printf("published %d tables in %s: %d observations, %d events, %d sources (every import job balances: %s)%n",
                tables, ws.home().relativize(ws.clean()), data.observations().size(), data.events().size(),
                data.sources().size(), data.accounts().stream().allMatch(org.repstat.importing.RowAccount::balances) ? "yes" : "NO");
        CheckCommand.printFailures(checks);
        return checks.failsRun() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }
}
