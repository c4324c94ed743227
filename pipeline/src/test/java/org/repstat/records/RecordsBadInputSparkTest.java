package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.BadInput;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;

/**
 * A bad byte deep in a records file, found by the Spark task that reads it (the driver reads only the header):
 * it used to end in 360 lines of SparkException, at the wrong line, with an empty records.parquet/ left behind.
 */
@Tag("slow")
class RecordsBadInputSparkTest {

    @TempDir
    Path tmp;

    @Test
    void aBadByteFoundInsideASparkTaskIsExit2AtItsLineAndKeepsThePreviousParquet() throws IOException {
        Path home = TestWorkspace.repository().home();
        Path good = Files.createDirectories(tmp.resolve("good"));
        RecordEncodingTest.file(good, 3000, -1);
        Path out = tmp.resolve("run");
        assertEquals(0, CliRun.run("records", "import", "--input", good.toString(), "--out", out.toString(),
                "--home", home.toString()).exitCode());
        Map<String, String> before = TestWorkspace.digests(out.resolve("records.parquet"));
        assertFalse(before.isEmpty());

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Path file = RecordEncodingTest.file(bad, 3000, 2500);
        CliRun.Result r = CliRun.run("records", "import", "--input", bad.toString(), "--out", out.toString(),
                "--home", home.toString());
        assertEquals(2, r.exitCode(), r.err());
        BadInput.assertNoStackTrace(r.err());
        assertTrue(r.err().contains(file + ":2500 (byte offset " + RecordEncodingTest.offsetOfBadByte(file)
                + "): expected text in UTF-8, found the byte(s) 0xFF"), r.err());
        assertTrue(r.err().lines().count() < 10, "a short message, not Spark's log:\n" + r.err());
        assertEquals(before, TestWorkspace.digests(out.resolve("records.parquet")), "the previous records.parquet must stay as it was");
        try (var files = Files.list(out)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void latin9OnAUtf8FileIsExit2BeforeSparkWorks() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        RecordEncodingTest.file(in, 5, -1);
        CliRun.Result r = CliRun.run("records", "import", "--input", in.toString(), "--encoding", "latin9",
                "--out", tmp.resolve("run").toString(), "--home", TestWorkspace.repository().home().toString());
        assertEquals(2, r.exitCode(), r.err());
        BadInput.assertNoStackTrace(r.err());
        assertTrue(r.err().contains("--encoding latin9 reads this file otherwise than the encoding it decodes as, UTF-8"), r.err());
        assertFalse(Files.exists(tmp.resolve("run/records.parquet")));
    }
}
