package org.repstat.records.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repstat.records.memorial.MemorialLists.count;
import static org.repstat.records.memorial.MemorialLists.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.io.InputException;
import org.repstat.records.RecordFileReader;
import org.repstat.records.RecordFormat;

/**
 * Memorial's anonymised sample, texts.zip as published, read from the zip as one import reads it: 46,445 non-empty
 * blocks, of which 6,951 are exact copies of an earlier block (both figures as SOURCE.md gives them, measured here
 * by a plain split and again by the reader). Corrupted copies of its first blocks show the rejects and errors.
 */
class TextBlocksTest {

    private static TextBlocks format;
    private static RecordFormat.Census census;
    private static List<Row> rows;
    private static String source;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readTheZip() {
        MemorialLists.assumePresent(MemorialLists.TEXTS);
        format = new TextBlocks(MemorialLists.rules());
        List<String> files = format.files(List.of(MemorialLists.TEXTS));
        census = format.check(files, RecordFileReader.AUTO);
        rows = MemorialLists.read(format, files, RecordFileReader.AUTO);
        source = MemorialLists.TEXTS + "!texts.txt";
    }

    @Test
    void everyNonEmptyBlockIsOneRecordAndCopiesAreMarkedNotDropped() {
        assertEquals(Map.of(source, 46_445L), census.records());
        assertEquals(Map.of(source, 6_951L), census.copies());
        assertEquals(List.of("texts.txt: 19 empty blocks (two --- lines with nothing between them): no text, so not records"),
                census.notes());
        assertEquals(46_445, rows.size());
        assertEquals(46_445, count(rows, "status", "ok"), "every block of the published file reads as a person record");
        List<Row> copies = rows.stream().filter(r -> get(r, "duplicate_of") != null).toList();
        assertEquals(6_951, copies.size());
        Row copy = copies.get(0);
        Row original = rows.stream().filter(r -> get(r, "position").equals(get(copy, "duplicate_of"))).findFirst().orElseThrow();
        assertEquals(get(original, "raw_record"), get(copy, "raw_record"));
        assertNull(get(original, "duplicate_of"), "the first of identical blocks is not marked");
        assertEquals("texts.zip!texts.txt:1, block 1", get(rows.get(0), "position"));
        assertEquals(null, get(rows.get(0), "person_name"), "the file is anonymised: no names");
    }

    @Test
    void sentencesByCategorySexAndExecutionsByYear() {
        Map<Object, Long> categories = new TreeMap<>();
        rows.forEach(r -> categories.merge(get(r, "sentence_category"), 1L, Long::sum));
        assertEquals(Map.of("administrative", 14_249L, "camps", 11_076L, "death", 5_685L, "exile", 2_042L,
                "not_sentenced", 1_698L, "other", 126L, "unknown", 10_878L, "unrecognised", 691L), categories);
        assertEquals(10_757, count(rows, "sentence_raw", null), "of the unknown, 10,757 blocks have no 'Приговор:' line");
        assertEquals(34_262, count(rows, "sex", "male"));
        assertEquals(11_924, count(rows, "sex", "female"));
        assertEquals(2_112, count(rows, "execution_year", 1937));
        assertEquals(2_541, count(rows, "execution_year", 1938));
        assertEquals(7_962, count(rows, "sentencing_body", "troika"));
        assertEquals(441, count(rows, "burial_place", "Бутово"));
        assertEquals(79, count(rows, "burial_place", "Сандармох"));
    }

    @Test
    void aBlockCutIntoItsFields() {
        // block 2: "Родилась в 1874 г., г. Казань, с. Дербышки; русская; / монахиня.. / Проживала: … / Арестована 7 марта
        // 1932 г. / Приговорена: Особое совещание коллегии ОГПУ ТАССР 29 июля 1932 г., обв.: по ст. 58-10. / Приговор: 3
        // года ссылки в Казахстан. / Реабилитирована в июле 1998 г."
        Row b = rows.get(1);
        assertEquals("texts.zip!texts.txt:6, block 2", get(b, "position"));
        assertEquals("female", get(b, "sex"));
        assertEquals(1874, get(b, "birth_year"));
        assertEquals("г. Казань, с. Дербышки", get(b, "birth_place_raw"));
        assertEquals("русский", get(b, "nationality"));
        assertEquals("монахиня..", get(b, "occupation_raw"));
        assertEquals("1932-03-07", get(b, "arrest_date"));
        assertEquals("Особое совещание коллегии ОГПУ ТАССР", get(b, "sentencing_body_raw"));
        assertEquals("special_board", get(b, "sentencing_body"));
        assertEquals("1932-07-29", get(b, "sentence_date"));
        assertEquals("по ст. 58-10.", get(b, "charge_raw"));
        assertEquals("58-10", get(b, "article"));
        assertEquals("exile", get(b, "sentence_category"));
        assertEquals(36, get(b, "term_months"));
        assertEquals("1998-07", get(b, "rehabilitation_date"));
    }

    /** The real file's first blocks, as published (UTF-8, CRLF, each block followed by ---). */
    private static String firstBlocks(int n) throws IOException {
        try (var zip = new java.util.zip.ZipFile(MemorialLists.TEXTS.toFile());
             var in = zip.getInputStream(zip.getEntry("texts.txt"))) {
            String text = new String(in.readNBytes(400_000), StandardCharsets.UTF_8);
            int end = 0;
            for (int i = 0; i < n; i++) {
                end = text.indexOf("\r\n---\r\n", end) + 7;
            }
            return text.substring(0, end);
        }
    }

    private List<Row> readCopy(String text, java.nio.charset.Charset charset, String encoding) throws IOException {
        Path file = tmp.resolve("texts.txt");
        Files.writeString(file, text, charset);
        assertEquals(format.check(List.of(file.toString()), encoding).records().get(file.toString()),
                (long) MemorialLists.read(format, List.of(file.toString()), encoding).size(), "the plain count holds");
        return MemorialLists.read(format, List.of(file.toString()), encoding);
    }

    @Test
    void aBrokenBlockIsARejectWithItsLineAndTheOthersStillRead() throws IOException {
        String text = firstBlocks(300);
        int start = text.indexOf("\r\n---\r\n", text.length() / 2) + 7;
        int end = text.indexOf("\r\n---\r\n", start);
        long line = 1 + text.substring(0, start).chars().filter(c -> c == '\n').count();
        String broken = text.substring(0, start) + "@@@@ #### 0x00\r\n%%%% ????" + text.substring(end);
        List<Row> read = readCopy(broken, StandardCharsets.UTF_8, RecordFileReader.AUTO);
        assertEquals(300, read.size());
        List<Row> rejects = read.stream().filter(r -> get(r, "status").equals("rejected")).toList();
        assertEquals(1, rejects.size());
        assertEquals(line, get(rejects.get(0), "line"));
        assertEquals("no line of the block begins with a field word the rules know (text-block-lines.csv)",
                get(rejects.get(0), "reject_reason"));
        assertEquals("@@@@ #### 0x00\n%%%% ????", get(rejects.get(0), "raw_record"), "the block's text is kept");
    }

    @Test
    void aFileCutInsideItsLastBlockRejectsThatBlock() throws IOException {
        String text = firstBlocks(50);
        List<Row> read = readCopy(text.substring(0, text.length() - 40), StandardCharsets.UTF_8, RecordFileReader.AUTO);
        assertEquals(50, read.size());
        assertEquals(49, count(read, "status", "ok"));
        assertTrue(((String) get(read.get(49), "reject_reason")).startsWith("the file ends inside this block"));
    }

    @Test
    void aWindows1251CopyReadAsUtf8NamesTheByteOffsetAndReadsUnderAuto() throws IOException {
        String text = firstBlocks(40);
        Path file = tmp.resolve("texts-cp1251.txt");
        byte[] bytes = text.getBytes(RecordFileReader.WINDOWS_1251);
        Files.write(file, bytes);
        InputException e = assertThrows(InputException.class, () -> format.check(List.of(file.toString()), "UTF-8"));
        assertEquals(file + ":1: byte 0 (0xD0) is not valid UTF-8: the file is in another encoding or damaged "
                + "(give --encoding UTF-8 or windows-1251)", e.getMessage());
        List<Row> asCp1251 = readCopy(text, RecordFileReader.WINDOWS_1251, RecordFileReader.AUTO);
        List<Row> asUtf8 = readCopy(text, StandardCharsets.UTF_8, RecordFileReader.AUTO);
        assertEquals(asUtf8.stream().map(r -> get(r, "sentence_raw")).toList(), asCp1251.stream().map(r -> get(r, "sentence_raw")).toList());
    }
}
