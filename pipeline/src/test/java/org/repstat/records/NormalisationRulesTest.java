package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.repstat.provenance.PartialDate;

class NormalisationRulesTest {

    private final NormalisationRules rules = RecordFixtures.rules();

    @Test
    void sentenceWords() {
        assertEquals("death", rules.sentenceCategory("ВМН"));
        assertEquals("death", rules.sentenceCategory("  Расстрел "));
        assertEquals("death", rules.sentenceCategory("высшая мера наказания"));
        assertEquals("death", rules.sentenceCategory("ВМН, заменена 10 годами ИТЛ"), "a commutation does not change the sentence");
        assertEquals("camps", rules.sentenceCategory("10 лет ИТЛ"));
        assertEquals("camps", rules.sentenceCategory("8 years ITL"));
        assertEquals("camps", rules.sentenceCategory("10 лет"));
        assertEquals("exile", rules.sentenceCategory("ссылка на 5 лет"));
        assertEquals("other", rules.sentenceCategory("3 года условно"));
        assertEquals("not_sentenced", rules.sentenceCategory("дело прекращено"));
        assertEquals("unknown", rules.sentenceCategory("10 лет без права переписки"));
        assertEquals("unknown", rules.sentenceCategory(""));
        assertEquals("unknown", rules.sentenceCategory("нет данных"));
        assertEquals("unrecognised", rules.sentenceCategory("см. протокол"));
    }

    @Test
    void terms() {
        assertEquals(120, rules.termMonths("10 лет ИТЛ"));
        assertEquals(36, rules.termMonths("3 года ИТЛ"));
        assertEquals(96, rules.termMonths("8 years ITL"));
        assertEquals(6, rules.termMonths("6 мес. тюрьмы"));
        assertNull(rules.termMonths("ИТЛ"));
    }

    @Test
    void bodies() {
        assertEquals("troika", rules.body("Тройка УНКВД по Ленинградской обл."));
        assertEquals("troika", rules.body("Особая тройка"));
        assertEquals("dvoika", rules.body("Комиссия НКВД и Прокурора СССР"));
        assertEquals("military_collegium", rules.body("Военная коллегия Верховного суда СССР"));
        assertEquals("military_collegium", rules.body("ВКВС СССР"));
        assertEquals("special_board", rules.body("ОСО при НКВД СССР"));
        assertEquals("special_board", rules.body("Special Board"));
        assertEquals("other_body", rules.body("военный трибунал"));
        assertEquals("unknown", rules.body("?"));
        assertEquals("unknown", rules.body(""));
        assertEquals("unrecognised", rules.body("НКВД"));
    }

    @Test
    void recordDates() {
        assertEquals(new PartialDate(1937, null, null), RecordDates.parse("1937"));
        assertEquals(new PartialDate(1937, 8, null), RecordDates.parse("08.1937"));
        assertEquals(new PartialDate(1937, 11, 13), RecordDates.parse("13.11.1937"));
        assertEquals(new PartialDate(1937, 11, 13), RecordDates.parse("1937-11-13"));
        assertEquals(new PartialDate(1957, null, null), RecordDates.parse("1957 г."));
        assertThrows(IllegalArgumentException.class, () -> RecordDates.parse("31.02.1937"));
        assertThrows(IllegalArgumentException.class, () -> RecordDates.parse("13.13.1937"));
        assertThrows(IllegalArgumentException.class, () -> RecordDates.parse("весна 1937"));
        assertThrows(IllegalArgumentException.class, () -> RecordDates.parse("1837"));
    }

    @Test
    void isoTextOfAPartialDateMatchesTheDomainType() {
        for (String d : new String[] {"1937", "1937-08", "1937-11-03", "1938-01-20"}) {
            assertEquals(PartialDate.parse(d).toString(), RecordParser.text(PartialDate.parse(d)));
        }
    }
}
