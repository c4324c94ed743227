package org.repstat.records;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.repstat.Workspace;
import org.repstat.io.AtomicFiles;

/**
 * The records benchmark (a command, never a timed test): for each size, write SYNTHETIC records, then time the Spark
 * import and aggregate on the session's master, and the same aggregation SQL on DuckDB (in-process, the honest
 * single-machine baseline) over the same Parquet files in the same run. Peak heap is sampled every 10 ms; DuckDB
 * works mostly outside the Java heap, so its heap figure shows only the JDBC side. Both engines' results are
 * compared row for row. DuckDB is loaded through JDBC at run time only (runtime scope): nothing else needs it.
 */
public final class RecordsBench {

    private RecordsBench() {
    }

    /** One timed stage. */
    record Stage(long rows, String stage, String engine, double seconds, long peakHeapBytes) {
        double perSecond() {
            return rows / seconds;
        }
    }

    public static String run(SparkSession spark, Workspace ws, Path observations, NormalisationRules rules,
                             List<Long> sizes, long seed, PrintStream log) {
        List<Stage> stages = new ArrayList<>();
        List<String> comparisons = new ArrayList<>();
        String duckVersion = "";
        for (long n : sizes) {
            Path dir = SyntheticRecords.runDir(ws.work().resolve("bench"), n, seed);
            log.printf(java.util.Locale.ROOT, "bench %,d rows in %s%n", n, dir);
            SyntheticRecords.Result synth = timed(stages, n, "synth (write CSV)", "Java", log,
                    () -> SyntheticRecords.generate(observations, dir, n, seed, 0.02, StandardCharsets.UTF_8, 1_000_000));
            RecordImport.Result imported = timed(stages, n, "import (CSV → Parquet)", "Spark", log,
                    () -> RecordImport.run(spark, List.of(dir.resolve("input")), dir, RecordFileReader.AUTO, rules));
            if (imported.rejected() != synth.expectedRejects() || imported.in() != n) {
                throw new IllegalStateException("import did not account for the synthetic rows: in " + imported.in()
                        + ", rejected " + imported.rejected() + ", expected rejects " + synth.expectedRejects());
            }
            Path parquet = imported.outputs().parquet();
            String label = dir.getFileName().toString();
            List<List<String>> sparkRows = timed(stages, n, "aggregate (Parquet → table)", "Spark", log,
                    () -> RecordAggregate.run(spark, parquet, imported.outputs().aggregates(), label));
            String[] version = new String[1];
            List<List<String>> duckRows = timed(stages, n, "aggregate (Parquet → table)", "DuckDB", log,
                    () -> duckdb(parquet, label, version));
            duckVersion = version[0];
            double sparkSeconds = stages.get(stages.size() - 2).seconds();
            double duckSeconds = stages.get(stages.size() - 1).seconds();
            comparisons.add(String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.1f | %s |", n, sparkSeconds, duckSeconds,
                    sparkSeconds / duckSeconds, sparkRows.equals(duckRows) ? "yes (" + sparkRows.size() + " rows)" : "NO"));
        }
        StringBuilder md = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        md.append(String.format(Locale.ROOT, "SYNTHETIC records, seed %d, mess rate 0.02, 1,000,000 rows per CSV file.%n", seed));
        md.append(String.format(Locale.ROOT, "Machine: %d cores, max heap %,d MiB (java %s), Spark %s on %s, DuckDB %s.%n%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"), spark.version(),
                spark.sparkContext().master(), duckVersion));
        md.append("| rows | stage | engine | wall time (s) | records/s | peak heap (MiB) |\n|---:|---|---|---:|---:|---:|\n");
        for (Stage s : stages) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %.2f | %,.0f | %,d |%n", s.rows(), s.stage(), s.engine(),
                    s.seconds(), s.perSecond(), s.peakHeapBytes() >> 20));
        }
        md.append("\n| rows | Spark aggregate (s) | DuckDB aggregate (s) | ratio Spark ÷ DuckDB | same result |\n|---:|---:|---:|---:|---|\n");
        comparisons.forEach(c -> md.append(c).append('\n'));
        AtomicFiles.write(ws.work().resolve("bench").resolve("benchmarks-SYNTHETIC.md"), md.toString());
        return md.toString();
    }

    private static <T> T timed(List<Stage> stages, long rows, String stage, String engine, PrintStream log, Supplier<T> work) {
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
        stages.add(new Stage(rows, stage, engine, seconds, peak.get()));
        log.printf(Locale.ROOT, "  %-28s %-6s %8.2f s  peak heap %,d MiB%n", stage, engine, seconds, peak.get() >> 20);
        return result;
    }

    /** The same SQL on DuckDB, over the Parquet files Spark wrote; results go through the same table code. */
    static List<List<String>> duckdb(Path parquet, String label, String[] version) {
        String table = "read_parquet('" + parquet.toAbsolutePath().toString().replace("'", "''") + "/*.parquet')";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            try (ResultSet v = st.executeQuery("SELECT version()")) {
                v.next();
                version[0] = v.getString(1);
            }
            boolean synthetic;
            try (ResultSet s = st.executeQuery("SELECT count(*) FROM " + table + " WHERE synthetic")) {
                s.next();
                synthetic = s.getLong(1) > 0;
            }
            List<RecordAggregate.Count> counts = new ArrayList<>();
            try (ResultSet r = st.executeQuery(String.format(java.util.Locale.ROOT, RecordAggregate.SQL, table))) {
                while (r.next()) {
                    counts.add(new RecordAggregate.Count(RecordAggregate.num(r.getObject(1)), RecordAggregate.num(r.getObject(2)),
                            RecordAggregate.num(r.getObject(3)), RecordAggregate.num(r.getObject(4)), integer(r.getObject(5)),
                            integer(r.getObject(6)), r.getString(7), r.getString(8), r.getString(9), integer(r.getObject(10)),
                            r.getLong(11)));
                }
            }
            return RecordAggregate.table(counts, label, synthetic);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
        }
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
