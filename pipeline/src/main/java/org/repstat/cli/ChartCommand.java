package org.repstat.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.charting.Figure;
import org.repstat.charting.GulagCharts;
import org.repstat.charting.GulagFigures;
import org.repstat.charting.PublishedData;
import org.repstat.charting.TopicCharts;
import org.repstat.geo.Outline;
import org.repstat.importing.gulag.GulagCampImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code repstat chart <name>}: draws one chart into reports/charts/ (PNG and SVG). Each chart is a subcommand,
 * so a new chart is one more class in the list below.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw one chart into reports/charts/ (PNG and SVG).",
        subcommands = {ChartCommand.CampsMap.class, CommandLine.HelpCommand.class})
public class ChartCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a chart name is required (try 'repstat chart camps-map')");
    }

    /** {@code repstat chart camps-map --year 1942}: the camps open in a year, sized by prisoners, on a map. */
    @Command(name = "camps-map", mixinStandardHelpOptions = true,
            description = "Map of the Gulag camps open in a year, points sized by the camps file's prisoner figure.")
    static class CampsMap implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Option(names = "--year", defaultValue = "" + GulagCharts.DEFAULT_MAP_YEAR, paramLabel = "YEAR",
                description = "Year to map, 1923–1960 (default: ${DEFAULT-VALUE}).")
        int year;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (year < 1923 || year > 1960) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--year must be within 1923–1960, the years of the camps file; found " + year);
            }
            Workspace ws = options.workspace();
            // The same figure the report shows for the default year: a map drawn here and by the report is one file.
            // Its PNG and SVG are published together or not at all.
            Figure map = org.repstat.pipeline.PipelineRun.publishing(ws, staged -> {
                Figure f = new GulagFigures(GulagCampImport.run(staged), PublishedData.read(staged.clean()), Outline.read(staged)).campsMap(year);
                TopicCharts.draw(List.of(f), TopicCharts.chartsDir(staged));
                return f;
            });
            for (String f : List.of(map.png(), map.svg())) {
                System.out.println("wrote " + ws.home().relativize(TopicCharts.chartsDir(ws).resolve(f)));
            }
            return ExitCodes.OK;
        }
    }
}
