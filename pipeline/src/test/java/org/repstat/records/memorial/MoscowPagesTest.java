package org.repstat.records.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repstat.records.memorial.MemorialLists.count;
import static org.repstat.records.memorial.MemorialLists.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.io.InputException;
import org.repstat.records.RecordFileReader;
import org.repstat.records.RecordFormat;

/**
 * Memorial's "Расстрелы в Москве" pages, all 78 as published, read as one import reads them. The counts are what the
 * pages hold, measured: 11,789 {@code <p class=pers>} paragraphs, the figure SOURCE.md gives and the sum of
 * addresses.csv's PERS_COUNT; every paragraph reads as a person. Corrupted copies of a page show the rejects and
 * errors a damaged page gives.
 */
class MoscowPagesTest {

    private static MoscowPages format;
    private static List<String> files;
    private static RecordFormat.Census census;
    private static List<Row> rows;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readAllPages() {
        MemorialLists.assumePresent(MemorialLists.PAGES);
        format = new MoscowPages(MemorialLists.rules());
        files = format.files(List.of(MemorialLists.PAGES));
        census = format.check(files, RecordFileReader.AUTO);
        rows = MemorialLists.read(format, files, RecordFileReader.AUTO);
    }

    @Test
    void everyPersonParagraphOfThe78PagesIsOneParsedRecord() throws IOException {
        assertEquals(78, files.size());
        assertEquals(11_789, rows.size());
        assertEquals(11_789, census.records().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(187, census.records().get(MemorialLists.PAGES.resolve("1.htm").toString()), "1.htm: 187 paragraphs");
        assertEquals(11_789, count(rows, "status", "ok"), "no paragraph of the published pages is a reject");
        long listed = Files.readAllLines(MemorialLists.MOSCOW.resolve("addresses.csv")).stream().skip(1)
                .mapToLong(l -> Long.parseLong(l.split(",")[l.split(",").length - 2])).sum();
        assertEquals(11_789, listed, "addresses.csv: the people per address add up to the paragraphs");
        assertEquals(0, rows.stream().filter(r -> get(r, "duplicate_of") != null).count(), "no paragraph is an exact copy");
        // the same person can appear at two addresses: two name + birth + execution date triples repeat
        Map<List<Object>, Integer> triples = new java.util.HashMap<>();
        rows.forEach(r -> triples.merge(List.of(get(r, "person_name"), String.valueOf(get(r, "birth_year_raw")),
                get(r, "execution_date")), 1, Integer::sum));
        assertEquals(2, triples.values().stream().filter(n -> n > 1).count());
    }

    @Test
    void executionsByYearSexAndBurialPlaceAsThePagesGiveThem() {
        Map<Object, Long> byYear = new TreeMap<>();
        rows.forEach(r -> byYear.merge(get(r, "execution_year"), 1L, Long::sum));
        assertEquals(3_691L, byYear.get(1937));
        assertEquals(6_296L, byYear.get(1938));
        assertEquals(1921, byYear.keySet().stream().mapToInt(y -> (Integer) y).min().orElseThrow());
        assertEquals(1953, byYear.keySet().stream().mapToInt(y -> (Integer) y).max().orElseThrow());
        assertEquals(0, count(rows, "execution_date", null), "every paragraph gives its date of execution");
        assertEquals(11_236, count(rows, "sex", "male"), "'Рассстрелян'");
        assertEquals(553, count(rows, "sex", "female"), "'Рассстреляна'");
        assertEquals(5_048, count(rows, "burial_place", "Бутово"));
        assertEquals(3_675, count(rows, "burial_place", "Коммунарка"));
        assertEquals(2_465, count(rows, "burial_place", "Донское кладбище"));
        assertEquals(549, count(rows, "burial_place", "Ваганьковское кладбище"));
        assertEquals(52, count(rows, "burial_place", "Яузская больница"));
    }

    @Test
    void theFieldsOfAParagraphBesideTheirText() {
        Row first = rows.stream().filter(r -> get(r, "position").equals("1.htm:10, paragraph 1")).findFirst().orElseThrow();
        assertEquals("cyrillic", get(first, "name_script"));
        assertEquals(1884, get(first, "birth_year"));
        assertEquals("1884", get(first, "birth_year_raw"));
        assertEquals("Лифляндская губ. (Пальцамская волость), Валкский уезд, усадьбы Стражас", get(first, "birth_place_raw"));
        assertEquals("латыш", get(first, "nationality"));
        assertEquals("non_party", get(first, "party"));
        assertEquals("б/п", get(first, "party_raw"));
        assertEquals("Кирижский лесохимкомбинат: начальник обследовательской партии.", get(first, "occupation_raw"));
        assertEquals("1-я Авиамоторная ул., д.1, кв. 1.", get(first, "address_raw"));
        assertEquals("1938-05-17", get(first, "execution_date"));
        assertEquals("17.05.1938", get(first, "execution_date_raw"));
        assertEquals("Бутово", get(first, "burial_place"));
        assertEquals("male", get(first, "sex"));
        assertEquals("Рассстрелян", get(first, "sex_raw"));
        assertTrue(((String) get(first, "raw_record")).startsWith("<p class=pers><B>"), "the paragraph as the page has it");
        assertEquals(null, get(first, "sentence_raw"), "the pages give no sentence: none is inferred from the execution");
        assertEquals("unknown", get(first, "sentence_category"));
    }

    @Test
    void birthsInEveryPrecisionAndTheTwoReadingsTheListGives() {
        assertEquals(11_768, rows.stream().filter(r -> get(r, "birth_year") != null).count());
        assertEquals(699, rows.stream().filter(r -> String.valueOf(get(r, "birth_date")).length() == 10).count(), "'род. 1.01.1905'");
        List<Row> twoReadings = rows.stream().filter(r -> get(r, "birth_year_raw") != null && get(r, "birth_year") == null).toList();
        assertEquals(20, twoReadings.size());
        assertTrue(twoReadings.stream().allMatch(r -> ((String) get(r, "birth_year_raw")).contains("по другим данным")));
        // the one paragraph without 'род.' (its <B> is never closed either) still reads
        Row noBirth = rows.stream().filter(r -> get(r, "birth_year_raw") == null).findFirst().orElseThrow();
        assertEquals("6.htm:158, paragraph 180", get(noBirth, "position"));
        assertEquals("еврей", get(noBirth, "nationality"));
        assertEquals("vkpb_expelled", get(noBirth, "party"));
        assertEquals("1939-03-04", get(noBirth, "execution_date"));
        Set<String> parties = new HashSet<>();
        rows.forEach(r -> parties.add(String.valueOf(get(r, "party"))));
        assertTrue(MemorialRules.PARTIES.containsAll(parties.stream().filter(p -> !p.equals("null")).toList()));
        assertTrue(count(rows, "party", null) < 100 && count(rows, "nationality", null) < 100, "nearly every paragraph names both");
    }

    private Path copy(String page) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        return Files.copy(MemorialLists.PAGES.resolve(page), dir.resolve(page));
    }

    @Test
    void aTruncatedPageRejectsTheCutParagraphAndSaysThePageIsCut() throws IOException {
        Path page = copy("1.htm");
        byte[] bytes = Files.readAllBytes(page);
        String text = new String(bytes, RecordFileReader.WINDOWS_1251);
        int tenth = -1;
        for (int i = 0; i < 10; i++) {
            tenth = text.indexOf("<p class=pers>", tenth + 1);
        }
        Files.write(page, java.util.Arrays.copyOf(bytes, tenth + 40)); // cut inside the 10th paragraph
        List<String> one = List.of(page.toString());
        assertEquals(Map.of(page.toString(), 11L), format.check(one, RecordFileReader.AUTO).records(), "10 paragraphs + the page's end");
        List<Row> read = MemorialLists.read(format, one, RecordFileReader.AUTO);
        assertEquals(11, read.size());
        assertEquals(9, count(read, "status", "ok"));
        Row cut = read.get(9);
        assertEquals("rejected", get(cut, "status"));
        assertTrue(((String) get(cut, "reject_reason")).startsWith("the page ends inside this paragraph"), (String) get(cut, "reject_reason"));
        assertEquals("1.htm:" + get(cut, "line") + ", paragraph 10", get(cut, "position"));
        Row end = read.get(10);
        assertTrue(((String) get(end, "reject_reason")).startsWith("the page ends without </html>"));
    }

    @Test
    void aByteThatIsNoWindows1251CharacterNamesTheFileAndByteOffset() throws IOException {
        Path page = copy("2.htm");
        byte[] bytes = Files.readAllBytes(page);
        int offset = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<p class=pers>") + 20;
        bytes[offset] = (byte) 0x98; // the one byte Windows-1251 leaves undefined
        Files.write(page, bytes);
        InputException e = assertThrows(InputException.class, () -> format.check(List.of(page.toString()), RecordFileReader.AUTO));
        long line = 1 + new String(bytes, 0, offset, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
        assertEquals(page + ":" + line + ": byte " + offset + " (0x98) is not valid windows-1251: the file is in another "
                + "encoding or damaged (give --encoding UTF-8 or windows-1251)", e.getMessage());
    }

    @Test
    void theWindows1251PagesReadAsUtf8AreAnErrorAtTheFirstCyrillicByte() throws IOException {
        Path page = copy("3.htm");
        byte[] bytes = Files.readAllBytes(page);
        int first = 0;
        while ((bytes[first] & 0x80) == 0) {
            first++;
        }
        final int offset = first;
        InputException e = assertThrows(InputException.class, () -> format.check(List.of(page.toString()), "UTF-8"));
        assertTrue(e.getMessage().contains(": byte " + offset + " (0x"), e.getMessage());
        assertTrue(e.getMessage().contains("is not valid UTF-8"), e.getMessage());
    }
}
