package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat notebooks}: the Jupyter notebooks in notebooks-export/, one per report topic plus an index. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "notebooks", mixinStandardHelpOptions = true,
        description = "Write notebooks-export/: one Jupyter notebook per topic and an index, from datasets/clean/.")
public class NotebooksCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).command("notebooks", System.err);
        System.out.println("notebooks in " + ctx.workspace().home().relativize(ctx.workspace().notebooks()));
        return ExitCodes.OK;
    }
}
