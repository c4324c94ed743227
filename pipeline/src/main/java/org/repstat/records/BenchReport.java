package org.repstat.records;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code reports/benchmarks.md}: what the bench measured, on what machine and when, with every ratio against its
 * baseline and the targets of issue 15, met or not. Numbers are formatted with {@link Locale#ROOT}, never the
 * machine's locale. The file is not a published output: the determinism checks leave it out, since its figures
 * change from run to run.
 */
public final class BenchReport {

    /** The machine, the JVM and the load around the run. */
    public record Machine(int cores, long ramBytes, String cpu, String os, String java, long maxHeapBytes,
                          String heapFlag, double loadBefore, double loadAfter, ZonedDateTime date) {

        /** This JVM's machine; {@code loadBefore} was read when the bench began. */
        public static Machine current(double loadBefore, ZonedDateTime date) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            String xmx = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("no -Xmx (the JVM's default)");
            return new Machine(Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(), cpuModel(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory(), xmx, loadBefore, os.getSystemLoadAverage(), date);
        }

        private static String cpuModel() {
            try {
                return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
            } catch (IOException | RuntimeException e) {
                return "unknown (no /proc/cpuinfo)";
            }
        }
    }

    static final long TARGET_ROWS = 10_000_000;
    static final double TARGET_RECORDS_PER_SECOND = 400_000;
    static final double TARGET_RATIO = 3.0;
    static final long TARGET_HEAP = 2L << 30;
    static final double TARGET_NO_OP = 1.5;
    static final double TARGET_COLD = 6.0;

    private BenchReport() {
    }

    /** The report; {@code launches} is empty when the whole commands were not timed, {@code notes} is appended. */
    public static String markdown(RecordsBench.Result records, List<Launches.Timing> launches, Machine m,
                                  String commandLine, Optional<String> notes) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\nWritten by `").append(commandLine).append("`: every figure below is from that one run, on the "
                + "machine named. Performance is measured by this command, never by timed tests. The records are "
                + "SYNTHETIC (`records synth`, calibrated to `lewin-2005-appendix-fb2`), written under "
                + "`target/repstat/bench/`, never into `datasets/clean/`.\n\n");
        md.append("## Machine and run\n\n");
        line(md, "- Date: %s (UTC)%n", m.date().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)));
        line(md, "- Machine: %d cores, %.1f GiB RAM, %s; %s%n", m.cores(), m.ramBytes() / (double) (1L << 30), m.cpu(), m.os());
        line(md, "- Java: %s; max heap %,d MiB (%s)%n", m.java(), m.maxHeapBytes() >> 20, m.heapFlag());
        line(md, "- Spark %s on `%s`; DuckDB %s in-process through JDBC, memory limit %s, one thread per core%n",
                records.sparkVersion(), records.master(), records.duckdbVersion(), RecordsBench.DUCKDB_MEMORY);
        line(md, "- Load average (1 min): %.2f when the bench began, %.2f when it ended (another build on the machine "
                + "shows here)%n%n", m.loadBefore(), m.loadAfter());
        targets(md, records, launches);
        if (!launches.isEmpty()) {
            double floor = launches.get(0).median();
            md.append("## Whole commands (wall time, subprocesses of the launcher)\n\n| command | runs | median (s) | all runs (s) | × JVM start |\n|---|---:|---:|---|---:|\n");
            for (Launches.Timing t : launches) {
                line(md, "| %s | %d | %.2f | %s | %.1f |%n", t.what(), t.seconds().size(), t.median(),
                        String.join(", ", t.seconds().stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList()),
                        t.median() / floor);
            }
            md.append('\n');
        }
        md.append("## Records: every stage\n\nrecords/s counts input rows; MB/s the bytes the stage read (CSV, or Parquet for "
                + "an aggregate); peak heap is the largest heap use sampled every 10 ms during the stage, after a GC "
                + "(DuckDB works outside the Java heap).\n\n| rows | stage | engine | wall time (s) | records/s | MB/s | peak heap (MiB) |\n|---:|---|---|---:|---:|---:|---:|\n");
        for (RecordsBench.Size s : records.sizes()) {
            for (RecordsBench.Stage st : s.stages()) {
                line(md, "| %,d | %s | %s | %.2f | %,.0f | %,.1f | %,d |%n", st.rows(), st.stage(), st.engine(), st.seconds(),
                        st.rowsPerSecond(), st.megabytesPerSecond(), st.peakHeapBytes() >> 20);
            }
        }
        md.append("\n## Records: Spark against DuckDB on the same files\n\n| rows | Spark end to end (s) | DuckDB end to end (s) | ratio | "
                + "Spark aggregate (s) | DuckDB on the same Parquet (s) | ratio | same table (Parquet / CSV) |\n|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RecordsBench.Size s : records.sizes()) {
            double duckEnd = s.stage(RecordsBench.END_TO_END, "DuckDB").seconds();
            double sparkAgg = s.stage(RecordsBench.AGGREGATE, "Spark").seconds();
            double duckAgg = s.stage(RecordsBench.AGGREGATE, "DuckDB").seconds();
            line(md, "| %,d | %.2f | %.2f | %.1f | %.2f | %.2f | %.1f | %s / %s (%,d rows) |%n", s.rows(), s.sparkEndToEnd(), duckEnd,
                    s.sparkEndToEnd() / duckEnd, sparkAgg, duckAgg, sparkAgg / duckAgg, yes(s.sameOnParquet()), yes(s.sameEndToEnd()),
                    s.tableRows());
        }
        md.append("\n## Records: sizes and accounts\n\n| rows | CSV (MB) | records.parquet (MB) | records in = ok + rejected |\n|---:|---:|---:|---|\n");
        for (RecordsBench.Size s : records.sizes()) {
            line(md, "| %,d | %,.1f | %,.1f | %,d = %,d + %,d |%n", s.rows(), s.csvBytes() / 1e6, s.parquetBytes() / 1e6, s.ok() + s.rejected(),
                    s.ok(), s.rejected());
        }
        line(md, "%nSeed %d, mess rate 0.02, 1,000,000 rows per CSV file. DuckDB's end-to-end query: `%s`.%n",
                records.seed(), RecordsBench.CSV_SQL);
        notes.ifPresent(n -> md.append('\n').append(n.strip()).append('\n'));
        return md.toString();
    }

    private static void targets(StringBuilder md, RecordsBench.Result records, List<Launches.Timing> launches) {
        md.append("## Targets (issue 15, 2 cores)\n\n| target | measured | met |\n|---|---|---|\n");
        if (!launches.isEmpty()) {
            double noOp = launches.stream().filter(t -> t.what().equals(Launches.NO_OP)).findFirst().orElseThrow().median();
            double cold = launches.stream().filter(t -> t.what().equals(Launches.COLD)).findFirst().orElseThrow().median();
            line(md, "| no-op `run` ≤ %.1f s | %.2f s | %s |%n", TARGET_NO_OP, noOp, yes(noOp <= TARGET_NO_OP));
            line(md, "| cold `run` ≤ %.0f s | %.2f s | %s |%n", TARGET_COLD, cold, yes(cold <= TARGET_COLD));
        }
        RecordsBench.Size big = records.sizes().stream().max(java.util.Comparator.comparingLong(RecordsBench.Size::rows)).orElseThrow();
        String at = big.rows() >= TARGET_ROWS ? "" : String.format(Locale.ROOT, " (at %,d rows: the target is at %,d)", big.rows(), TARGET_ROWS);
        double importRate = big.stage(RecordsBench.IMPORT, "Spark").rowsPerSecond();
        double endRatio = big.sparkEndToEnd() / big.stage(RecordsBench.END_TO_END, "DuckDB").seconds();
        double aggRatio = big.stage(RecordsBench.AGGREGATE, "Spark").seconds() / big.stage(RecordsBench.AGGREGATE, "DuckDB").seconds();
        long heap = records.sizes().stream().flatMap(s -> s.stages().stream()).filter(s -> !s.engine().equals("DuckDB"))
                .mapToLong(RecordsBench.Stage::peakHeapBytes).max().orElse(0);
        String scale = big.rows() >= TARGET_ROWS ? "" : " at this size";
        line(md, "| import ≥ %,.0f records/s at %,d rows | %,.0f records/s%s | %s |%n", TARGET_RECORDS_PER_SECOND, TARGET_ROWS, importRate,
                at, yes(importRate >= TARGET_RECORDS_PER_SECOND) + scale);
        line(md, "| Spark end to end within %.0f× DuckDB end to end | %.1f×%s | %s |%n", TARGET_RATIO, endRatio, at,
                yes(endRatio <= TARGET_RATIO) + scale);
        line(md, "| aggregate within %.0f× DuckDB on the same Parquet | %.1f×%s | %s |%n", TARGET_RATIO, aggRatio, at,
                yes(aggRatio <= TARGET_RATIO) + scale);
        line(md, "| peak heap ≤ %,d MiB | %,d MiB (records stages) | %s |%n%n", TARGET_HEAP >> 20, heap >> 20, yes(heap <= TARGET_HEAP));
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static void line(StringBuilder md, String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args));
    }
}
