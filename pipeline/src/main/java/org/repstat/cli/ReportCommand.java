package org.repstat.cli;

import org.repstat.pipeline.Progress;
import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.reporting.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat report}: draw the charts and write the students' HTML report from the published tables. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Draw the charts (reports/charts/, PNG and SVG) and write the HTML report (reports/index.html) "
                + "from the published tables in datasets/clean/.")
public class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Workspace ws = options.workspace();
        Report.Built built = org.repstat.pipeline.PipelineRun.publishing(ws, staged -> run(staged, new Progress(System.err, 1)));
        System.out.printf(java.util.Locale.ROOT, "report: %d charts in %s, %d pages; open %s%n", built.figures(),
                ws.reports().resolve("charts"), built.pages().size() - 1, ws.reports().resolve("index.html"));
        return ExitCodes.OK;
    }

    /** The report stage as {@code repstat run} calls it. */
    static Report.Built run(Workspace ws, Progress progress) {
        return progress.step("draw charts and write the report", () -> Report.build(ws));
    }
}
