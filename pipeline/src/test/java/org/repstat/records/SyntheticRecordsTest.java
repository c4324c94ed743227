package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repstat.records.RecordFixtures.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;

class SyntheticRecordsTest {

    private static final Path OBSERVATIONS = TestWorkspace.repository().clean().resolve("observations.csv");

    @TempDir
    Path tmp;

    private List<Row> readAll(SyntheticRecords.Result result, String encoding) {
        List<Row> rows = new ArrayList<>();
        result.files().forEach(f -> rows.addAll(RecordFixtures.read(f, encoding)));
        return rows;
    }

    @Test
    void withoutMessEveryYearAndSentenceCountFollowsTheConvictionsTable() {
        int n = 40_000;
        SyntheticRecords.Result result = SyntheticRecords.generate(OBSERVATIONS, tmp, n, 3, 0.0, StandardCharsets.UTF_8, 15_000);
        assertEquals(3, result.files().size());
        List<Row> rows = readAll(result, "UTF-8");
        assertEquals(n, rows.size());
        Map<String, Integer> counts = new HashMap<>();
        for (Row r : rows) {
            assertEquals("ok", get(r, "status"), String.valueOf(get(r, "reject_reason")));
            assertEquals(true, get(r, "synthetic"));
            counts.merge(get(r, "sentence_year") + "/" + get(r, "sentence_category"), 1, Integer::sum);
        }
        // lewin-2005-appendix-fb2: the yearly "sentenced" figures add up to 4,060,300 (the printed total says
        // 4,060,306). 1937: 790,665 sentenced, of whom 353,074 to death and 429,311 to camps; the four columns add up
        // to the total. 1938: 554,258 sentenced but the columns add up to 553,758, so the 328,618 death sentences
        // are scaled to the year's total: 554,258 × 328,618 ÷ 553,758.
        assertEquals(n * 353_074.0 / 4_060_300, counts.get("1937/death"), 1.0);
        assertEquals(n * 429_311.0 / 4_060_300, counts.get("1937/camps"), 1.0);
        assertEquals(n * (554_258.0 * 328_618 / 553_758) / 4_060_300, counts.get("1938/death"), 1.0);
        assertEquals(null, counts.get("1923/other"), "the source gives no 'other measures' for 1923: none are made up");
    }

    @Test
    void injectedMessIsCountedAndExactlyTheUnusableRowsAreRejected() throws IOException {
        SyntheticRecords.Result result = SyntheticRecords.generate(OBSERVATIONS, tmp, 12_000, 11, 0.2,
                RecordFileReader.WINDOWS_1251, 1_000_000);
        Path file = result.files().get(0);
        assertTrue(file.getFileName().toString().contains("SYNTHETIC"), file.toString());
        assertTrue(Files.readString(tmp.resolve(file), RecordFileReader.WINDOWS_1251).lines().skip(1)
                .allMatch(line -> line.contains("SYNTHETIC")));
        List<Row> rows = readAll(result, RecordFileReader.AUTO);
        long rejected = rows.stream().filter(r -> get(r, "status").equals("rejected")).count();
        assertTrue(result.expectedRejects() > 400, "a 20% mess rate over 9 kinds gives about 530 unusable rows");
        assertEquals(result.expectedRejects(), rejected);
        long unrecognised = rows.stream().filter(r -> "unrecognised".equals(get(r, "sentence_category"))).count();
        assertEquals(result.mess().get(SyntheticRecords.Mess.SENTENCE_UNRECOGNISED), unrecognised);
        long latin = rows.stream().filter(r -> "latin".equals(get(r, "name_script"))).count();
        assertEquals(result.mess().get(SyntheticRecords.Mess.TRANSLITERATED_NAME), latin);
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        SyntheticRecords.Result a = SyntheticRecords.generate(OBSERVATIONS, tmp.resolve("a"), 3_000, 5, 0.05, StandardCharsets.UTF_8, 1_000_000);
        SyntheticRecords.Result b = SyntheticRecords.generate(OBSERVATIONS, tmp.resolve("b"), 3_000, 5, 0.05, StandardCharsets.UTF_8, 1_000_000);
        assertEquals(Files.readString(a.files().get(0)), Files.readString(b.files().get(0)));
    }

    @Test
    void runDirectoriesLiveUnderTheScratchDirAndSaySynthetic() {
        Path dir = SyntheticRecords.runDir(TestWorkspace.repository().work(), 1000, 2);
        assertTrue(dir.startsWith(TestWorkspace.repository().work()));
        assertEquals("SYNTHETIC-n1000-seed2", dir.getFileName().toString());
    }
}
