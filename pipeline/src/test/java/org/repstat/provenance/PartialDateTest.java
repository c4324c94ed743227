package org.repstat.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionTheSourceGives() {
        assertEquals(DatePrecision.DAY, PartialDate.parse("1937-07-30").precision());
        assertEquals(DatePrecision.MONTH, PartialDate.parse("1937-06").precision());
        assertEquals(DatePrecision.YEAR, PartialDate.parse("1937").precision());
    }

    @Test
    void aMonthSpansItsDays() {
        PartialDate june = PartialDate.parse("1937-06");
        assertEquals(LocalDate.of(1937, 6, 1), june.earliest());
        assertEquals(LocalDate.of(1937, 6, 30), june.latest());
    }

    @Test
    void rejectsImpossibleAndMalformedDates() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1937-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("30.07.1937"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1937-13"));
    }

    @Test
    void ordersByEarliestDay() {
        assertTrue(PartialDate.parse("1937-05-22").compareTo(PartialDate.parse("1937-06")) < 0);
        assertEquals("1937-06-11", PartialDate.parse("1937-06-11").toString());
    }

    @Test
    void aHalfYearIsAPeriodNotAYear() {
        Period h1 = new Period(new PartialDate(1953, 1, null), new PartialDate(1953, 6, null));
        assertEquals("1953-01", h1.startText());
        assertEquals("1953-06", h1.endText());
    }
}
