package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;

/**
 * A file read in byte ranges gives exactly the rows of the file read whole (lines, statuses, reasons, raw texts),
 * or hands the file back when a cut falls inside a quoted field that spans lines.
 */
class CsvSlicesTest {

    @TempDir
    Path tmp;

    private final RecordParser parser = new RecordParser(RecordFixtures.rules());

    private record Read(List<Row> rows, boolean handedBack, int slices) {
    }

    private Read sliced(Path file, long piece) throws Exception {
        List<Slice> slices = CsvSlices.cut(file.toString(), parser, RecordFileReader.AUTO, piece);
        List<Row> rows = new ArrayList<>();
        boolean back = false;
        for (Slice s : slices) {
            try (RecordFormat.Rows r = s.isWhole() ? new CsvRecordFormat(RecordFixtures.rules()).read(s.file(), "UTF-8")
                    : CsvSlices.read(s, parser)) {
                r.forEachRemaining(rows::add);
                back |= r.handBack();
                if (!s.isLast() && !r.handBack()) {
                    assertEquals(s.end(), r.stoppedAt(), s.toString());
                }
            }
        }
        return new Read(rows, back, slices.size());
    }

    @Test
    void tenThousandSyntheticRowsReadInRangesAreTheRowsReadWhole() throws Exception {
        Path dir = tmp.resolve("run");
        SyntheticRecords.generate(TestWorkspace.repository().clean().resolve("observations.csv"), dir, 10_000, 3, 0.05,
                StandardCharsets.UTF_8, 10_000);
        Path file;
        try (var files = Files.list(dir.resolve("input"))) {
            file = files.findFirst().orElseThrow();
        }
        List<Row> whole = RecordFixtures.read(file, RecordFileReader.AUTO);
        Read read = sliced(file, 200_000);
        assertTrue(read.slices() >= 10, "a 2.5 MB file in ranges of 200 kB: " + read.slices());
        assertEquals(false, read.handedBack());
        assertEquals(10_000, read.rows().size());
        assertEquals(whole, read.rows());
        assertTrue(whole.stream().anyMatch(r -> RecordSchema.REJECTED.equals(RecordFixtures.get(r, "status"))), "the mess is there to compare");
    }

    @Test
    void aCutInsideAQuotedLineBreakHandsTheFileBackAndEveryOtherCutGivesTheWholeFilesRows() throws Exception {
        Path file = RecordFixtures.fixture("messy-utf8.csv");
        List<Row> whole = RecordFixtures.read(file, RecordFileReader.AUTO);
        int handedBack = 0;
        int compared = 0;
        for (long piece = 20; piece < Files.size(file) / 2; piece += 7) {
            Read read = sliced(file, piece);
            if (read.handedBack()) {
                handedBack++;
            } else if (read.slices() > 1) {
                assertEquals(whole, read.rows(), "ranges of " + piece + " bytes");
                compared++;
            }
        }
        assertTrue(handedBack > 0, "some cut fell inside the quoted region of lines 6–7");
        assertTrue(compared > 0, "some cuts gave ranges to compare");
    }
}
