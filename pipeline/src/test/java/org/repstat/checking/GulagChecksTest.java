package org.repstat.checking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;

/** The Gulag checks on the real camps file: what they find is asserted, camp by camp. */
class GulagChecksTest {

    static List<CheckResult> results;

    @BeforeAll
    static void run() {
        results = GulagChecks.run(TestWorkspace.repository());
    }

    static CheckResult one(String checkId, String subject) {
        List<CheckResult> r = results.stream().filter(c -> c.checkId().equals(checkId) && c.subject().equals(subject)).toList();
        assertEquals(1, r.size(), checkId + " / " + subject);
        return r.get(0);
    }

    @Test
    void statedMaximumIsComparedWithTheCampsOwnSeries() {
        CheckResult r = one("gulag_max_in_its_year", "camp 241 Селенгинский ИТЛ"); // max 70442 (1953), series 1953: 7044
        assertEquals(CheckStatus.WARN, r.status());
        assertEquals("7044", r.observed());
        assertEquals("70442", r.expected());
        CheckResult opening = one("gulag_max_is_maximum", "camp 36 Ахунский ИТЛ"); // "6000 (на момент открытия)" > max 3146
        assertEquals("6000", opening.observed());
    }

    @Test
    void closingBeforeCreationIsReported() {
        CheckResult r = one("gulag_years_in_order", "camp 75 Ванинский ИТЛ Дальстроя");
        assertEquals("1951 → 1943", r.observed());
    }

    @Test
    void campsInMongoliaAreOutsideTheOutline() {
        List<CheckResult> warned = results.stream().filter(c -> c.checkId().equals("gulag_coordinates")
                && c.status() == CheckStatus.WARN).toList();
        assertEquals(List.of("camp 337 Строительство 505 и ИТЛ ГУЛЖДС / dislocation 1",
                "camp 409 Южный ИТЛ при Строительстве 505 ГУЛЖДС / dislocation 1"), warned.stream().map(CheckResult::subject).toList());
    }

    @Test
    void yearlySumIsReportedWithCoverageAgainstThePublishedTotal() {
        CheckResult r = one("gulag_yearly_sum_vs_total", "1930 / readli-244724-p8:itl-1930-01-01");
        assertEquals(CheckStatus.PASS, r.status());
        assertEquals("163733", r.observed());
        assertEquals("≤ 179000", r.expected());
        assertTrue(r.message().startsWith("7 camps give a figure for 1930"), r.message());
        CheckResult over = one("gulag_yearly_sum_vs_total", "1934 / readli-244724-p8:itl-1934-01-01");
        assertEquals(CheckStatus.WARN, over.status());
        assertEquals("637217", over.observed());
        assertTrue(results.stream().noneMatch(CheckResult::failsRun));
    }

    @Test
    void duplicateNamesAreReported() {
        assertEquals(CheckStatus.WARN, one("gulag_duplicate_camp", "camps 180, 183 (same name)").status()); // two "Саратовский ИТЛ"
    }

    @Test
    void aPointOutsideTheRepublicItsPlaceTextNamesIsReported() {
        // "Таджикская ССР, город Ленинабад" with a point 51 km away, in today's Uzbekistan (real file, line 906)
        CheckResult leninabad = one("gulag_coordinates_named_region", "camp 362 Строительство 665 и ИТЛ / dislocation 1");
        assertEquals(CheckStatus.WARN, leninabad.status());
        assertTrue(leninabad.observed().endsWith("(in Uzbekistan)"), leninabad.observed());
        assertEquals("in Tajikistan", leninabad.expected());
        // Narva lies on the border river: a few km outside Estonia's 1:50m outline is the map's detail, not a finding
        assertTrue(results.stream().noneMatch(r -> r.checkId().equals("gulag_coordinates_named_region")
                && r.subject().startsWith("camp 334 ")));
        assertEquals("64 of 67 located dislocations whose place text names a republic lie in it",
                one("gulag_coordinates_named_region", "all camps").observed());
    }
}
