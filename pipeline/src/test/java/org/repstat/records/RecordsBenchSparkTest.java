package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.cli.RepstatCommand;

/**
 * {@code records bench} on 10,000 SYNTHETIC rows: the report is written where asked and DuckDB's two queries (on
 * Spark's Parquet, and end to end on the CSV with datasets/records/bench/records-duckdb.sql) give Spark's table
 * exactly. A check of the bench's correctness, not of its times.
 */
@Tag("slow")
class RecordsBenchSparkTest {

    @TempDir
    Path tmp;

    @Test
    void duckDbGivesSparksTableOnTheSameFiles() throws Exception {
        Path report = tmp.resolve("benchmarks.md");
        assertEquals(0, RepstatCommand.execute("records", "bench", "--rows", "10000", "--no-run", "--report", report.toString(),
                "--home", TestWorkspace.repository().home().toString()));
        String md = Files.readString(report);
        assertTrue(md.matches("(?s).*\\| 10,000 \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| yes / yes \\([0-9,]+ rows\\) \\|.*"), md);
        assertTrue(md.contains("| 10,000 = 9,946 + 54 |"), md); // the rows the generator made unusable at seed 1
        assertTrue(md.contains("(at 10,000 rows: the target is at 10,000,000)"), md);
    }
}
