package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repstat.records.RecordFixtures.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.repstat.io.InputException;

class RecordFileReaderTest {

    private final List<Row> messy = RecordFixtures.read(RecordFixtures.fixture("messy-utf8.csv"), RecordFileReader.AUTO);

    private Row atLine(long line) {
        return messy.stream().filter(r -> (long) get(r, "line") == line).findFirst().orElseThrow();
    }

    @Test
    void everyRecordOfTheMessyFileIsAccountedForWithItsStartingLine() {
        // 11 records on 12 lines after the header: the quoted region of line 6 runs on to line 7.
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L, 12L, 13L), messy.stream().map(r -> (Long) get(r, "line")).toList());
        assertEquals(7, messy.stream().filter(r -> get(r, "status").equals("ok")).count());
        assertEquals(4, messy.stream().filter(r -> get(r, "status").equals("rejected")).count());
    }

    @Test
    void partialDatesKeepTheirPrecisionAndTheirRawText() {
        Row abramov = atLine(2);
        assertEquals("1937", get(abramov, "arrest_date_raw"));
        assertEquals("1937", get(abramov, "arrest_date"));
        assertEquals("1937-11-13", get(abramov, "sentence_date"));
        assertEquals(11, get(abramov, "sentence_month"));
        assertEquals("1957 г.", get(abramov, "rehabilitation_date_raw"));
        assertEquals(1957, get(abramov, "rehabilitation_year"));
        Row berzins = atLine(3);
        assertEquals("1937-08", get(berzins, "arrest_date"));
        assertEquals("1938-01", get(berzins, "sentence_date"));
        assertEquals(1890, get(berzins, "birth_year"));
        assertEquals("1890 г.р.", get(berzins, "birth_year_raw"));
        assertNull(get(atLine(5), "sentence_month"), "a year-only sentence date has no month");
    }

    @Test
    void sentenceTextInRussianAndEnglishIsNormalisedBesideTheRawText() {
        assertEquals("death", get(atLine(2), "sentence_category"));
        assertEquals("ВМН", get(atLine(2), "sentence_raw"));
        assertEquals("death", get(atLine(3), "sentence_category"));
        assertEquals("camps", get(atLine(4), "sentence_category"));
        assertEquals(120, get(atLine(4), "term_months"));
        assertEquals("camps", get(atLine(5), "sentence_category"));
        assertEquals(96, get(atLine(5), "term_months"));
        assertEquals("unknown", get(atLine(6), "sentence_category"), "'without the right of correspondence' hides the sentence");
        assertEquals("exile", get(atLine(8), "sentence_category"));
        assertEquals("unrecognised", get(atLine(9), "sentence_category"));
    }

    @Test
    void sentencingBodiesIncludingUnknownOnes() {
        assertEquals("troika", get(atLine(2), "sentencing_body"));
        assertEquals("dvoika", get(atLine(3), "sentencing_body"));
        assertEquals("special_board", get(atLine(4), "sentencing_body"));
        assertEquals("military_collegium", get(atLine(5), "sentencing_body"));
        assertEquals("unknown", get(atLine(6), "sentencing_body"));
        assertEquals("?", get(atLine(6), "sentencing_body_raw"));
        assertEquals("unknown", get(atLine(8), "sentencing_body"), "an empty cell is unknown, not unrecognised");
    }

    @Test
    void namesKeepTheirScriptAndRegionsTheirText() {
        assertEquals("latin", get(atLine(3), "name_script"));
        assertEquals("cyrillic", get(atLine(2), "name_script"));
        assertEquals("Ленинградская  обл.", get(atLine(2), "region_raw"));
        assertEquals("Ленинградская обл.", get(atLine(2), "region"));
        assertEquals("Западная\nобласть", get(atLine(6), "region_raw"));
    }

    @Test
    void rejectsNameLineAndReason() {
        assertEquals("arrest_date: not a calendar date: '31.02.1937'", get(atLine(10), "reject_reason"));
        assertTrue(((String) get(atLine(11), "reject_reason")).startsWith("person_name: empty"));
        assertEquals("birth_year: expected a year such as 1898 or '1898 г.р.', found '189'", get(atLine(12), "reject_reason"));
        assertEquals("truncated last line: 5 of 12 fields (the file ends mid-record)", get(atLine(13), "reject_reason"));
        assertEquals("Кузнецов Иван,1895,русский,Омская область,12.1937", get(atLine(13), "raw_record"));
        assertTrue(((String) get(atLine(13), "source_file")).endsWith("messy-utf8.csv"));
    }

    @Test
    void windows1251IsDetectedAndDecoded() {
        List<Row> rows = RecordFixtures.read(RecordFixtures.fixture("messy-cp1251.csv"), RecordFileReader.AUTO);
        assertEquals(3, rows.size());
        assertEquals("Ёлкин Фёдор Ильич", get(rows.get(0), "person_name"));
        assertEquals("death", get(rows.get(0), "sentence_category"));
        assertEquals("Расстрел", get(rows.get(0), "sentence_raw"));
        assertEquals("troika", get(rows.get(0), "sentencing_body"));
        assertEquals("special_board", get(rows.get(1), "sentencing_body"));
        assertEquals("camps", get(rows.get(1), "sentence_category"));
        assertEquals("dvoika", get(rows.get(2), "sentencing_body"));
        assertEquals("exile", get(rows.get(2), "sentence_category"));
    }

    @Test
    void windows1251ReadAsUtf8IsALocatedErrorNotMojibake() {
        InputException e = assertThrows(InputException.class,
                () -> RecordFixtures.read(RecordFixtures.fixture("messy-cp1251.csv"), "UTF-8"));
        assertTrue(e.getMessage().contains("not valid in the file's encoding"), e.getMessage());
    }

    @Test
    void anUnterminatedQuoteRejectsTheRestOfTheFileAsOneCountedRow() {
        List<Row> rows = RecordFixtures.read(RecordFixtures.fixture("unterminated-quote.csv"), RecordFileReader.AUTO);
        assertEquals(2, rows.size());
        assertEquals("ok", get(rows.get(0), "status"));
        assertEquals(3L, get(rows.get(1), "line"));
        assertTrue(((String) get(rows.get(1), "reject_reason")).startsWith("malformed CSV from this line to the end of the file"));
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnIsABadInputError() {
        String csv = "person_name,birth_year,nationalty\n";
        InputException e = assertThrows(InputException.class, () -> new RecordFileReader("x.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "auto", new RecordParser(RecordFixtures.rules())));
        assertEquals("x.csv:1: column 3: unknown column 'nationalty' (expected " + RecordSchema.INPUT_COLUMNS
                + " and optionally 'synthetic')", e.getMessage());
    }
}
