package org.repstat.cli;

import org.repstat.pipeline.Progress;
import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.exporting.NotebookExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat notebooks}: the Jupyter notebooks in notebooks-export/, one per report topic plus an index. */
@Command(name = "notebooks", mixinStandardHelpOptions = true,
        description = "Write notebooks-export/: one Jupyter notebook per report topic and an index, from datasets/clean.")
public class NotebooksCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Workspace ws = options.workspace();
        if (!java.nio.file.Files.exists(ws.clean().resolve("observations.csv"))) {
            System.err.println("repstat: nothing published yet in " + ws.clean() + "; run 'repstat import' first");
            return ExitCodes.BAD_INPUT;
        }
        NotebookExport.Result result = org.repstat.pipeline.PipelineRun.publishing(ws, staged -> export(staged, new Progress(System.err, 1)));
        System.out.println(result.files().size() + " notebooks in " + ws.notebooks());
        return ExitCodes.OK;
    }

    /** The export stage, for {@code run} too: after import (and after the checks, when reconciliation.csv exists). */
    public static NotebookExport.Result export(Workspace ws, Progress progress) {
        return progress.step("export notebooks", () -> NotebookExport.export(ws));
    }
}
