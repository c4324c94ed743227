package org.repstat.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.importing.VocabularyReader;

/** The documented rules in datasets/vocab/qualifiers.csv, applied to the article's own rounded figures. */
class QualifierRuleTest {

    static Vocabulary vocabulary;

    @BeforeAll
    static void readVocabulary() {
        vocabulary = VocabularyReader.read(TestWorkspace.repository().datasets().resolve("vocab"));
    }

    private QualifierRule.Bounds bounds(String qualifier, long value) {
        return vocabulary.qualifier(qualifier).boundsFor(BigDecimal.valueOf(value));
    }

    @Test
    void nearlyTenThousandStaysBelowTenThousand() {
        QualifierRule.Bounds b = bounds("nearly", 10_000);
        assertEquals(new BigDecimal("9000"), b.lower());
        assertEquals(new BigDecimal("9999"), b.upper());
    }

    @Test
    void overElevenThousandStartsAboveElevenThousand() {
        QualifierRule.Bounds b = bounds("over", 11_000);
        assertEquals(new BigDecimal("11001"), b.lower());
        assertEquals(new BigDecimal("12100"), b.upper());
    }

    @Test
    void approximatelyIsFivePercentEitherSide() {
        QualifierRule.Bounds b = bounds("approximately", 1_150_000);
        assertEquals(new BigDecimal("1092500"), b.lower());
        assertEquals(new BigDecimal("1207500"), b.upper());
        QualifierRule.Bounds discharged = bounds("approximately", 35_000);
        assertEquals(new BigDecimal("33250"), discharged.lower());
        assertEquals(new BigDecimal("36750"), discharged.upper());
    }

    @Test
    void exactIsAPoint() {
        QualifierRule.Bounds b = bounds("exact", 683_000);
        assertEquals(b.lower(), b.upper());
        assertEquals(new BigDecimal("683000"), b.lower());
    }

    @Test
    void atLeastHasNoCeiling() {
        QualifierRule.Bounds b = bounds("at_least", 55_005);
        assertEquals(new BigDecimal("55005"), b.lower());
        assertNull(b.upper());
    }

    @Test
    void integerBoundsAreRoundedInwards() {
        // 0.95 × 683,333 = 649,166.35: the lower bound rounds up, so it stays inside what the words allow.
        QualifierRule.Bounds b = bounds("approximately", 683_333);
        assertEquals(new BigDecimal("649167"), b.lower());
        assertEquals(new BigDecimal("717499"), b.upper());
        assertTrue(b.contains(new BigDecimal("683333")));
    }

    @Test
    void describedRuleIsPublishedInWords() {
        assertEquals("nearly: lower = 0.9 × value; upper = value − 1", vocabulary.qualifier("nearly").describe());
    }
}
