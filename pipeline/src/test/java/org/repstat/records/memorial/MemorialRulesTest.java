package org.repstat.records.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.repstat.provenance.PartialDate;

/** The rules of datasets/records/memorial/ on the spellings the two lists use. */
class MemorialRulesTest {

    private static final MemorialRules RULES = MemorialLists.rules();

    private static MemorialDates.Found event(String text) {
        return RULES.dates().find(text, MemorialRow.FIRST_EVENT_YEAR, MemorialRow.LAST_EVENT_YEAR);
    }

    @Test
    void datesInEveryPrecisionKeepTheirPrecision() {
        assertEquals(new PartialDate(1938, 2, 14), event("14 февраля 1938 г.").date());
        assertEquals("14 февраля 1938 г.", event("тройка при УНКВД 14 февраля 1938 г., обв.:").raw());
        assertEquals(new PartialDate(1998, 7, null), event("в июле 1998 г.").date());
        assertEquals("в июле 1998 г.", event("Реабилитирована в июле 1998 г.").raw());
        assertEquals(new PartialDate(1937, null, null), event("в 1937 г.").date());
        assertEquals(new PartialDate(1930, 2, 1), event("1.02.1930").date());
        assertEquals(new PartialDate(1938, 5, 17), event("17.05.1938").date());
        assertEquals(new PartialDate(1937, 8, null), event("08.1937").date());
        assertEquals(new PartialDate(1937, 12, null), event("в декабре 1937").date());
    }

    @Test
    void theDateWrittenFirstWinsWhateverItsForm() {
        // a prose block: birth year first, a rehabilitation date later in the same line
        assertEquals(new PartialDate(1924, null, null), RULES.dates().find("1924, д. Клестово. Реаб. 07.09.1993",
                MemorialRow.FIRST_BIRTH_YEAR, MemorialRow.LAST_BIRTH_YEAR).date());
        assertEquals(new PartialDate(1957, 1, 25), event("25 января 1957 г. по Указу ПВС СССР от 16.01.1989").date());
    }

    @Test
    void whatTheRulesDoNotReadIsKeptAsTextNeverCompletedOrChosen() {
        MemorialDates.Found twoDigits = event("04.10.37");
        assertNull(twoDigits.date(), "the century is not written: no guess");
        assertEquals("04.10.37", twoDigits.raw());
        assertNull(event("31.02.1938").date(), "no such calendar day");
        assertEquals("not a calendar date", event("31 сентября 1937 г.").problem());
        MemorialDates.Found twoReadings = RULES.dates().find("1898 (по другим данным - в 1899)",
                MemorialRow.FIRST_BIRTH_YEAR, MemorialRow.LAST_BIRTH_YEAR);
        assertNull(twoReadings.date(), "the list gives two years: we do not choose");
        assertEquals("1898 (по другим данным - в 1899)", twoReadings.raw());
        assertNull(event("по Закону от 18 октября 1991 г.").date(), "the date of a law is not the date of the event");
        assertNull(event("в 1911 г.").date(), "before the Cheka: a typo");
        assertNull(event("органами НКВД"), "no date at all");
    }

    @Test
    void nationalitiesInMasculineFeminineAndPluralFormsAreOneValue() {
        for (String form : new String[] {"латыш", "латышка", "латыши", "Латышка."}) {
            assertEquals("латыш", RULES.nationalities.classify(form), form);
        }
        assertEquals("еврей", RULES.nationalities.classify("еврейка"));
        assertEquals("балкарец", RULES.nationalities.classify("балкарка"));
        assertEquals("мадьяр", RULES.nationalities.classify("мадьяр"), "synonyms are not merged");
        assertEquals("unrecognised", RULES.nationalities.classify("русский (по другим данным - еврей)"));
        assertNull(RULES.nationalities.classify("г. Москва"));
    }

    @Test
    void partyMembership() {
        assertEquals("non_party", RULES.party.classify("б/п"));
        assertEquals("non_party", RULES.party.classify("беспартийная."));
        assertEquals("vkpb_member", RULES.party.classify("член ВКП(б) с 1927"));
        assertEquals("vkpb_former", RULES.party.classify("член ВКП(б) 1917-1937"));
        assertEquals("vkpb_former", RULES.party.classify("бывший член ВКП(б)"));
        assertEquals("vkpb_expelled", RULES.party.classify("исключен из ВКП(б) в 1937 г. за связь с врагами народа"));
        assertEquals("vkpb_candidate", RULES.party.classify("кандидат в члены ВКП(б)"));
        assertEquals("foreign_communist", RULES.party.classify("член КП Германии"));
        assertEquals("other_party", RULES.party.classify("член Венгерской СД-партии с 1912 по 1918"));
        assertEquals("komsomol", RULES.party.classify("член ВЛКСМ"));
        assertNull(RULES.party.classify("член Президиума ВЦСПС"), "a post, not a party");
    }

    @Test
    void sexFromTheVerbAndBurialPlaces() {
        assertEquals("male", RULES.sex.classify("Рассстрелян"));
        assertEquals("female", RULES.sex.classify("Рассстреляна"));
        assertEquals("female", RULES.sex.classify("Родилась"));
        assertNull(RULES.sex.classify("Приговор"));
        assertEquals("Бутово", RULES.burial.classify("Бутово."));
        assertEquals("Бутово", RULES.burial.classify("место захоронения - Московская обл., Бутово."));
        assertEquals("Донское кладбище", RULES.burial.classify("Донское"));
        assertEquals("Сандармох", RULES.burial.classify("ст.Медвежья Гора (Сандармох)."));
        assertEquals("Омск", RULES.burial.classify("Омск."));
        assertNull(RULES.burial.classify("Томск."), "Tomsk is not Omsk");
    }

    @Test
    void articlesOfTheCode() {
        assertEquals("58-10", RULES.articles("по ст. 58-10."));
        assertEquals("58-2, 58-11, 59-12", RULES.articles("по ст. ст. 58-2, 58-11 и 59-12."));
        assertEquals("58-10", RULES.articles("58-10 УК РСФСР."));
        assertNull(RULES.articles("как ЧСИР."));
    }

    @Test
    void sentencesOfTheRealListsAndAdministrativeMeasures() {
        var n = RULES.normalisation();
        assertEquals("camps", n.sentenceCategory("3 г. л. с."));
        assertEquals("camps", n.sentenceCategory("10 лет с последующим поражением в правах на 5 лет."));
        assertEquals(36, n.termMonths("3 г. л. с."));
        assertEquals("other", n.sentenceCategory("3 года условно"));
        assertEquals("other", n.sentenceCategory("1 год принудительных работ."));
        assertEquals("administrative", n.sentenceCategory("спецпоселение в Томской обл."));
        assertEquals("administrative", n.sentenceCategory("выселена в Казахстан (по нац. признаку)"));
        assertEquals("administrative", n.sentenceCategory("Выслан как чеченец"));
        assertEquals("exile", n.sentenceCategory("3 года высылки"));
        assertEquals("unknown", n.sentenceCategory("в 1937 г."));
        assertEquals("dvoika", n.body("Комиссия НКВД СССР и Прокурора СССР"));
        assertEquals("special_board", n.body("ОС при НКВД СССР"));
        assertEquals("troika", n.body("Ос. Тр. УНКВД ЛО"));
        assertEquals("other_body", n.body("Куйбышевский облсуд"));
        assertEquals("administrative_body", n.body("Первомайский РИК"));
        assertEquals("unrecognised", n.body("НКВД СССР"), "which board of the NKVD is not said");
    }
}
