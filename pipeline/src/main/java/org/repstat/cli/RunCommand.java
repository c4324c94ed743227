package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.Workspace;
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
        Progress progress = new Progress(System.err, 5);
        CuratedData data = ImportCommand.importAndPublish(ws, progress);
        ImportCommand.printAccounts(data);
        java.util.List<org.repstat.checking.CheckResult> gulag = progress.step("check Gulag camps",
                () -> GulagCheckStage.runAndWrite(ws));
        progress.step("draw Gulag charts", () -> ChartCommand.drawAll(ws));
        return gulag.stream().anyMatch(org.repstat.checking.CheckResult::failsRun) ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }
}
