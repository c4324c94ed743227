package org.repstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.records.BenchReport;
import org.repstat.records.Launches;
import org.repstat.records.NormalisationRules;
import org.repstat.records.RecordsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code repstat records bench}: the benchmark of issue 15 as a command (never a timed test), writing
 * reports/benchmarks.md. Its own class: the records command's other jobs do not need its machinery.
 */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "bench", mixinStandardHelpOptions = true,
        description = {"Time, in one run: the JVM's start, `repstat run` cold and no-op, and on SYNTHETIC records the Spark "
                + "import and aggregate against DuckDB on the same files; write reports/benchmarks.md.",
                "DuckDB's end-to-end SQL: " + RecordsBench.CSV_SQL + "."})
class RecordsBenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Mixin
    RecordsCommand.SparkOptions spark;

    @Option(names = "--rows", split = ",", defaultValue = "1000000,10000000", description = "Sizes (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repeats", defaultValue = "3", description = "Runs of each quick whole command; the report gives the median (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--no-run", description = "Do not time the whole commands (java -version, repstat run): records only.")
    boolean noRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Where the report goes (default: reports/benchmarks.md).")
    Path report;

    @Override
    public Integer call() throws java.io.IOException {
        Workspace ws = options.workspace();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        java.time.ZonedDateTime began = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
        List<Launches.Timing> launches = noRun ? List.of()
                : Launches.measure(ws.home(), ws.work().resolve("bench").resolve("logs"), repeats, System.err);
        NormalisationRules rules = NormalisationRules.load(RecordsCommand.recordsRules(ws));
        RecordsBench.Result result = RecordsBench.run(spark.session(ws, options, "bench"), ws, RecordsCommand.observations(ws), rules,
                sizes, seed, System.err);
        Path notes = ws.home().resolve("datasets/records/bench/notes.md");
        String command = "./repstat records bench --rows " + String.join(",", sizes.stream().map(String::valueOf).toList())
                + (noRun ? " --no-run" : "");
        String md = BenchReport.markdown(result, launches, BenchReport.Machine.current(load, began), command,
                java.nio.file.Files.exists(notes) ? java.util.Optional.of(java.nio.file.Files.readString(notes)) : java.util.Optional.empty());
        Path out = report != null ? report : ws.reports().resolve("benchmarks.md");
        org.repstat.io.AtomicFiles.write(out, md);
        System.out.print(md);
        System.err.println("report: " + out);
        return ExitCodes.OK;
    }
}
