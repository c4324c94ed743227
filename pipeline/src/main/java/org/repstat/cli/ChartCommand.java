package org.repstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.Charts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code repstat chart ID}: draws one declared figure, from the published tables, outside the published report. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw one declared figure, outside the report (--out DIR, --format png,svg); no ID lists them.",
                "The figure is drawn from the published tables as the report draws it (ids: repstat chart, or datasets/topics/*.yaml)."})
public class ChartCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The figure's id; without it, the ids are listed.")
    String id;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: target/repstat/charts/; never inside datasets/, reports/ or notebooks-export/).")
    Path out;

    @Option(names = "--format", defaultValue = "png,svg", split = ",", paramLabel = "FORMAT", completionCandidates = ChartCommand.Formats.class,
            description = "png, svg or both (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What --format completes to. */
    static final class Formats extends java.util.ArrayList<String> {
        Formats() {
            super(List.of("png", "svg", "png,svg"));
        }
    }

    @Override
    public Integer call() {
        PipelineRun run = new PipelineRun(options.workspace());
        if (id == null) {
            Charts.ids(run.context()).forEach(System.out::println);
            return ExitCodes.OK;
        }
        for (String f : formats) {
            if (!f.equals("png") && !f.equals("svg")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format takes png or svg, found '" + f + "'");
            }
        }
        Path dir = out != null ? OutputPlaces.unpublished(run.context().workspace(), out, spec.commandLine())
                : run.context().workspace().work().resolve("charts");
        Map<String, Path> written = Charts.draw(run.context(), id, dir, formats);
        if (written.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no figure '" + id + "' (try 'repstat chart' for the list)");
        }
        written.values().forEach(p -> System.out.println("wrote " + p));
        return ExitCodes.OK;
    }
}
