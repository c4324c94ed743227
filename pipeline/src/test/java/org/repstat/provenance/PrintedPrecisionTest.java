package org.repstat.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.importing.VocabularyReader;

/** The printed-precision rules of datasets/vocab/precision.csv, applied to prints the sources use. */
class PrintedPrecisionTest {

    static PrintedPrecision precision;

    static final String PROSE = "footnote=1; line=17";
    static final String CELL = "table=Appendix 1; row=1941; column=camps, colonies prisons";

    @BeforeAll
    static void read() {
        precision = VocabularyReader.read(TestWorkspace.repository().datasets().resolve("vocab")).precision();
    }

    private static PrintedPrecision.Reading read(String value, String printed, String measure, String unit, String locator) {
        return precision.read(new BigDecimal(value), printed, measure, unit, locator);
    }

    private static void assertBounds(PrintedPrecision.Reading r, String qualifier, String lower, String upper) {
        assertEquals(qualifier, r.qualifier(), r.describe());
        assertEquals(0, new BigDecimal(lower).compareTo(r.lower()), r.describe());
        assertEquals(0, new BigDecimal(upper).compareTo(r.upper()), r.describe());
    }

    @Test
    void thousandsAbbreviatedAreRoundedToTheThousand() {
        PrintedPrecision.Reading r = read("347000", "347 тыс. чел.", "sentenced", "persons", "paragraph=abstract");
        assertBounds(r, "rounded", "346500", "347499");
        assertEquals("unit_word", r.rule().id());
        assertEquals("rounded (printed-precision rule unit_word): printed to the nearest 1000; lower = value − 500; upper = value + 499",
                r.describe());
    }

    @Test
    void theLastPrintedDigitSetsTheUnit() {
        assertBounds(read("14500", "14,5 тыс.", "sentenced", "persons", PROSE), "rounded", "14450", "14549");
        assertBounds(read("2500000", "2.5 million", "prisoners", "persons", PROSE), "rounded", "2450000", "2549999");
        // a zero before the unit word is read like the zeros of 390,000: to the ten thousand
        assertBounds(read("390000", "390 тыс.", "executed", "persons", PROSE), "rounded", "385000", "394999");
    }

    @Test
    void theArticlesExecutionsAreARoundFigure() {
        PrintedPrecision.Reading r = read("683000", "683,000", "executed", "persons", PROSE);
        assertBounds(r, "round_figure", "682500", "683499");
        assertFalse(r.upper().compareTo(new BigDecimal("681692")) >= 0 && r.lower().compareTo(new BigDecimal("681692")) <= 0,
                "the certificate's 681,692 lies outside the article's rounding");
        assertBounds(read("140000", "140,000", "arrested", "persons", PROSE), "round_figure", "135000", "144999");
        assertTrue(read("140000", "140,000", "arrested", "persons", PROSE).upper().compareTo(new BigDecimal("143810")) >= 0);
    }

    @Test
    void fewerThanThreeTrailingZerosStayExact() {
        assertBounds(read("83600", "83,600", "executed", "persons", PROSE), "exact", "83600", "83600");
        assertBounds(read("1100", "1,100", "arrested", "persons", PROSE), "exact", "1100", "1100");
        assertBounds(read("9506", "9506", "arrested", "persons", PROSE), "exact", "9506", "9506");
        assertEquals("printed_in_full", read("9506", "9506", "arrested", "persons", PROSE).rule().id());
    }

    @Test
    void aDecreesLimitIsExactInAnyNotation() {
        assertBounds(read("5000", "5000", "limit_total", "persons", "paragraph=1"), "exact", "5000", "5000");
        assertBounds(read("10000", "10 тыс. узников ГУЛАГа", "limit_first_category", "persons", "paragraph=3"), "exact", "10000", "10000");
        assertEquals("decreed_figure", read("400", "four hundred", "limit_total", "persons", "paragraph=1").rule().id());
    }

    @Test
    void aCellOfAPrintedTableIsExactButAnInfoboxIsProse() {
        assertBounds(read("65000", "65000", "sentenced_to_camps", "persons", CELL), "exact", "65000", "65000");
        assertEquals("table_cell", read("65000", "65000", "sentenced_to_camps", "persons", CELL).rule().id());
        assertBounds(read("116000", "116,000", "deaths", "persons", "table=infobox; row=Deaths"), "round_figure", "115500", "116499");
    }

    @Test
    void aShareIsRoundedToItsPrintedDecimals() {
        assertBounds(read("9.2", "9,2 %", "discharged_share", "percent", PROSE), "rounded", "9.15", "9.25");
        assertBounds(read("41.7", "41.7%", "sentenced_share", "percent", PROSE), "rounded", "41.65", "41.75");
        // the zero of "30%" is a printed digit of a share, not a rounding to ten
        assertBounds(read("30", "30%", "reinstated_share", "percent", PROSE), "rounded", "29.5", "30.5");
    }

    @Test
    void theRulesGovernOnlyBareFigures() {
        assertTrue(precision.governs("exact"));
        assertTrue(precision.governs("rounded"));
        assertTrue(precision.governs("round_figure"));
        assertFalse(precision.governs("approximately"));
        assertFalse(precision.governs("over"));
        assertNull(read("9506", "9506", "arrested", "persons", PROSE).unit());
    }
}
