package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bench's report from figures given here: ratios, verdicts on the targets, tables that parse, Locale.ROOT. */
class BenchReportTest {

    private static RecordsBench.Size size(long rows, double importSeconds, double sparkAggregate, double duckAggregate,
                                          double duckEndToEnd) {
        long csv = rows * 250;
        long parquet = rows * 30;
        return new RecordsBench.Size(rows, csv, parquet, rows - rows / 200, rows / 200, 8_000, true, false, List.of(
                new RecordsBench.Stage(rows, 0, RecordsBench.SYNTH, "Java", 3, 100L << 20),
                new RecordsBench.Stage(rows, csv, RecordsBench.IMPORT, "Spark", importSeconds, 1500L << 20),
                new RecordsBench.Stage(rows, parquet, RecordsBench.AGGREGATE, "Spark", sparkAggregate, 600L << 20),
                new RecordsBench.Stage(rows, parquet, RecordsBench.AGGREGATE, "DuckDB", duckAggregate, 80L << 20),
                new RecordsBench.Stage(rows, csv, RecordsBench.END_TO_END, "DuckDB", duckEndToEnd, 80L << 20)));
    }

    private static String report(List<Launches.Timing> launches) {
        RecordsBench.Result result = new RecordsBench.Result(List.of(size(1_000_000, 4, 2, 0.5, 1.5),
                size(10_000_000, 20, 3, 1.5, 10)), "4.2.0", "local[*]", "v1.5.6", 1);
        BenchReport.Machine m = new BenchReport.Machine(2, 24L << 30, "Test CPU", "Linux", "OpenJDK 17", 2L << 30, "-Xmx2g",
                0.5, 1.25, ZonedDateTime.of(2026, 12, 2, 3, 4, 0, 0, ZoneOffset.UTC));
        return BenchReport.markdown(result, launches, m, "./repstat records bench", Optional.of("## Notes\n\nwhat bounds it\n"));
    }

    private static final List<Launches.Timing> LAUNCHES = List.of(new Launches.Timing(Launches.JVM, List.of(0.08, 0.05, 0.06)),
            new Launches.Timing(Launches.LAUNCHER, List.of(0.3, 0.3, 0.3)),
            new Launches.Timing(Launches.COLD, List.of(9.0)),
            new Launches.Timing(Launches.NO_OP, List.of(1.2, 1.0, 1.4)));

    @Test
    void theTargetsAreJudgedOnTheLargestSize() {
        String md = report(LAUNCHES);
        // 10 M rows in 20 s of import = 500,000 records/s; Spark end to end 20 + 3 = 23 s against DuckDB's 10 s = 2.3×
        assertTrue(md.contains("| import ≥ 400,000 records/s at 10,000,000 rows | 500,000 records/s | yes |"), md);
        assertTrue(md.contains("| Spark end to end within 3× DuckDB end to end | 2.3× | yes |"), md);
        assertTrue(md.contains("| aggregate within 3× DuckDB on the same Parquet | 2.0× | yes |"), md);
        assertTrue(md.contains("| peak heap ≤ 2,048 MiB | 1,500 MiB (records stages) | yes |"), md);
        assertTrue(md.contains("| no-op `run` ≤ 1.5 s | 1.20 s | yes |"), md);
        assertTrue(md.contains("| cold `run` ≤ 6 s | 9.00 s | no |"), md);
    }

    @Test
    void wholeCommandsAreDividedByTheJvmStart() {
        String md = report(LAUNCHES);
        assertTrue(md.contains("| " + Launches.JVM + " | 3 | 0.06 | 0.08, 0.05, 0.06 | 1.0 |"), md);
        assertTrue(md.contains("| " + Launches.COLD + " | 1 | 9.00 | 9.00 | 150.0 |"), md);
        assertTrue(md.contains("| " + Launches.NO_OP + " | 3 | 1.20 | 1.20, 1.00, 1.40 | 20.0 |"), md);
        assertTrue(!report(List.of()).contains("Whole commands"), "no launch timings, no section");
    }

    @Test
    void ratesAndComparisonsAreComputedPerSize() {
        String md = report(LAUNCHES);
        // 1 M rows of 250 MB imported in 4 s: 250,000 records/s, 62.5 MB/s
        assertTrue(md.contains("| 1,000,000 | " + RecordsBench.IMPORT + " | Spark | 4.00 | 250,000 | 62.5 | 1,500 |"), md);
        assertTrue(md.contains("| 1,000,000 | 6.00 | 1.50 | 4.0 | 2.00 | 0.50 | 4.0 | yes / no (8,000 rows) |"), md);
        assertTrue(md.contains("| 10,000,000 | 2,500.0 | 300.0 | 10,000,000 = 9,950,000 + 50,000 |"), md);
        assertTrue(md.contains("2026-12-02 03:04 (UTC)") && md.endsWith("## Notes\n\nwhat bounds it\n"), md);
    }

    @Test
    void aSmallRunSaysTheTargetsAreAtTenMillion() {
        RecordsBench.Result small = new RecordsBench.Result(List.of(size(10_000, 2, 8, 0.4, 0.3)), "4.2.0", "local[*]", "v1.5.6", 1);
        BenchReport.Machine m = BenchReport.Machine.current(0, ZonedDateTime.now(ZoneOffset.UTC));
        String md = BenchReport.markdown(small, List.of(), m, "x", Optional.empty());
        assertTrue(md.contains("| 5,000 records/s (at 10,000 rows: the target is at 10,000,000) | no at this size |"), md);
    }

    @Test
    void everyTableRowHasTheCellsOfItsHeaderWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // "1.000.000" and "4,00" if a number escaped Locale.ROOT
            String md = report(LAUNCHES);
            assertTrue(md.contains("| 1,000,000 | " + RecordsBench.IMPORT + " | Spark | 4.00 |"), md);
            int cells = -1;
            for (String line : md.split("\n")) {
                if (!line.startsWith("|")) {
                    cells = -1;
                    continue;
                }
                int n = line.split("\\|", -1).length;
                if (cells < 0) {
                    cells = n;
                }
                assertEquals(cells, n, line);
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
