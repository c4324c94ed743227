package org.repstat.records;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.repstat.Workspace;

/**
 * The records benchmark (a command, never a timed test): for each size, write SYNTHETIC records, then time, on the
 * same files in the same run, the Spark import (CSV → Parquet) and aggregate (Parquet → table) against DuckDB
 * (in-process through JDBC, the honest single-machine baseline) twice: on the Parquet Spark wrote (RecordAggregate.SQL)
 * and end to end on the raw CSVs ({@value #CSV_SQL}, a file anyone can rerun in the duckdb CLI). Every DuckDB result
 * is compared row for row with Spark's. Peak heap is sampled every 10 ms; DuckDB works outside the Java heap, under
 * the memory limit the bench sets ({@value #DUCKDB_MEMORY}).
 */
public final class RecordsBench {

    /** The end-to-end DuckDB query, relative to the repository. */
    public static final String CSV_SQL = "datasets/records/bench/records-duckdb.sql";

    /** DuckDB's own memory limit, the same bound as the heap the targets set for the JVM. */
    static final String DUCKDB_MEMORY = "2GB";

    static final String SYNTH = "synth (write CSV)";
    static final String IMPORT = "import (CSV → Parquet)";
    static final String AGGREGATE = "aggregate (Parquet → table)";
    static final String END_TO_END = "end to end (CSV → table)";

    private RecordsBench() {
    }

    /** One timed stage; {@code bytes} is the input it read (CSV or Parquet). */
    public record Stage(long rows, long bytes, String stage, String engine, double seconds, long peakHeapBytes) {
        public double rowsPerSecond() {
            return rows / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** One size: its files, its accounts, its stages and whether DuckDB's tables equal Spark's. */
    public record Size(long rows, long csvBytes, long parquetBytes, long ok, long rejected, int tableRows,
                       boolean sameOnParquet, boolean sameEndToEnd, List<Stage> stages) {
        public Stage stage(String stage, String engine) {
            return stages.stream().filter(s -> s.stage().equals(stage) && s.engine().equals(engine)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no stage " + stage + " / " + engine));
        }

        /** Spark from CSV to the table: import then aggregate. */
        public double sparkEndToEnd() {
            return stage(IMPORT, "Spark").seconds() + stage(AGGREGATE, "Spark").seconds();
        }
    }

    /** What the bench measured for every size, and with what. */
    public record Result(List<Size> sizes, String sparkVersion, String master, String duckdbVersion, long seed) {
    }

    public static Result run(SparkSession spark, Workspace ws, Path observations, NormalisationRules rules,
                             List<Long> sizes, long seed, PrintStream log) {
        String sql = read(ws.home().resolve(CSV_SQL));
        List<Size> out = new ArrayList<>();
        String duckVersion = "";
        for (long n : sizes) {
            List<Stage> stages = new ArrayList<>();
            Path dir = SyntheticRecords.runDir(ws.work().resolve("bench"), n, seed);
            log.printf(Locale.ROOT, "bench %,d rows in %s%n", n, dir);
            SyntheticRecords.Result synth = timed(stages, n, 0, SYNTH, "Java", log,
                    () -> SyntheticRecords.generate(observations, dir, n, seed, 0.02, StandardCharsets.UTF_8, 1_000_000));
            long csvBytes = size(dir.resolve("input"));
            RecordImport.Result imported = timed(stages, n, csvBytes, IMPORT, "Spark", log,
                    () -> RecordImport.run(spark, List.of(dir.resolve("input")), dir, RecordFileReader.AUTO, rules));
            if (imported.rejected() != synth.expectedRejects() || imported.in() != n) {
                throw new IllegalStateException("import did not account for the synthetic rows: in " + imported.in()
                        + ", rejected " + imported.rejected() + ", expected rejects " + synth.expectedRejects());
            }
            Path parquet = imported.outputs().parquet();
            long parquetBytes = size(parquet);
            String label = dir.getFileName().toString();
            List<List<String>> sparkRows = timed(stages, n, parquetBytes, AGGREGATE, "Spark", log,
                    () -> RecordAggregate.run(spark, parquet, imported.outputs().aggregates(), label));
            String[] version = new String[1];
            String table = "read_parquet('" + quoted(parquet.toAbsolutePath() + "/*.parquet") + "')";
            List<List<String>> onParquet = timed(stages, n, parquetBytes, AGGREGATE, "DuckDB", log,
                    () -> RecordsDuckDb.table(List.of(String.format(Locale.ROOT, RecordAggregate.SQL, table)), label, version));
            String glob = "SET VARIABLE records_csv = '" + quoted(dir.resolve("input").toAbsolutePath() + "/*.csv") + "'";
            List<List<String>> endToEnd = timed(stages, n, csvBytes, END_TO_END, "DuckDB", log,
                    () -> RecordsDuckDb.table(RecordsDuckDb.statements(glob, sql), label, version));
            duckVersion = version[0];
            out.add(new Size(n, csvBytes, parquetBytes, imported.out(), imported.rejected(), sparkRows.size(),
                    sparkRows.equals(onParquet), sparkRows.equals(endToEnd), stages));
            log.printf(Locale.ROOT, "  DuckDB's table equals Spark's: on Parquet %s, end to end %s%n",
                    sparkRows.equals(onParquet), sparkRows.equals(endToEnd));
        }
        return new Result(out, spark.version(), spark.sparkContext().master(), duckVersion, seed);
    }

    private static String quoted(String s) {
        return s.replace("'", "''");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Bytes of the regular files under a directory (or of a file). */
    static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    private static <T> T timed(List<Stage> stages, long rows, long bytes, String stage, String engine, PrintStream log,
                               Supplier<T> work) {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        T result;
        try {
            result = work.get();
        } finally {
            sampler.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        stages.add(new Stage(rows, bytes, stage, engine, seconds, peak.get()));
        log.printf(Locale.ROOT, "  %-28s %-6s %8.2f s  peak heap %,d MiB%n", stage, engine, seconds, peak.get() >> 20);
        return result;
    }
}
