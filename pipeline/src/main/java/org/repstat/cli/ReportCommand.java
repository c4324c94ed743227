package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat report}: draw the charts and write the students' HTML report from the published tables. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "report", mixinStandardHelpOptions = true,
        description = "Draw every declared figure (reports/charts/, SVG and PNG) and write the HTML report reports/index.html.")
public class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).command("report", System.err);
        System.out.printf(java.util.Locale.ROOT, "report: %d charts in %s; open %s%n", ctx.figureCount(),
                ctx.workspace().home().relativize(ctx.workspace().reports().resolve("charts")),
                ctx.workspace().home().relativize(ctx.workspace().reports().resolve("index.html")));
        return ExitCodes.OK;
    }
}
