package org.repstat.checking.rules.camps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.checking.CheckResult;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.checking.CheckStatus;
import org.repstat.io.InputException;

/**
 * The camp checks on the real camps file, run the way every check runs: rows of the catalogue, reading the
 * published camp tables. What they find is asserted camp by camp.
 */
class CampChecksTest {

    static CheckRunner.Report report;
    static List<CheckResult> results;

    @TempDir
    Path dir;

    @BeforeAll
    static void run() {
        report = new org.repstat.pipeline.PipelineRun(TestWorkspace.repository()).checks();
        results = campResults(report);
    }

    /** The results of the camp checks: the catalogue's rows of a camp kind. */
    static List<CheckResult> campResults(CheckRunner.Report report) {
        return report.results().stream().filter(r -> r.kind().startsWith("camp_")).toList();
    }

    static CheckResult one(String checkId, String subject) {
        List<CheckResult> r = results.stream().filter(c -> c.checkId().equals(checkId) && c.subject().equals(subject)).toList();
        assertEquals(1, r.size(), checkId + " / " + subject);
        return r.get(0);
    }

    @Test
    void everyCampCheckIsARowOfTheCatalogueWithAKindOfItsOwn() {
        Set<String> ids = results.stream().map(CheckResult::checkId).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of("gulag_coordinates", "gulag_coordinates_named_region", "gulag_duplicate_camp",
                "gulag_figures_in_open_years", "gulag_max_in_its_year", "gulag_max_is_maximum", "gulag_non_negative",
                "gulag_plausible_count", "gulag_yearly_sum_vs_total", "gulag_years_in_order"), ids);
        assertEquals(10, results.stream().map(CheckResult::kind).distinct().count(), "one kind per check");
        assertTrue(results.stream().allMatch(r -> r.topic().equals("gulag")));
        assertEquals(60, results.size());
    }

    @Test
    void statedMaximumIsComparedWithTheCampsOwnSeries() {
        CheckResult r = one("gulag_max_in_its_year", "camp 241 Селенгинский ИТЛ"); // max 70442 (1953), series 1953: 7044
        assertEquals(CheckStatus.WARN, r.status());
        assertEquals("7044", r.observed());
        assertEquals("70442", r.expected());
        assertEquals("-63398", r.difference());
        assertEquals(List.of("urbica-gulag-admin-2017 line=1109; column=98"), r.sourceRows());
        CheckResult opening = one("gulag_max_is_maximum", "camp 36 Ахунский ИТЛ"); // "6000 (на момент открытия)" > max 3146
        assertEquals("6000", opening.observed());
        assertTrue(opening.message().endsWith("1934: 6000 (на момент открытия)."), opening.message());
        assertEquals("418 camps agree", one("gulag_max_in_its_year", "all camps").observed());
    }

    @Test
    void closingBeforeCreationIsReported() {
        CheckResult r = one("gulag_years_in_order", "camp 75 Ванинский ИТЛ Дальстроя");
        assertEquals("1951 → 1943", r.observed());
        assertEquals(List.of("urbica-gulag-admin-2017 line=957"), r.sourceRows());
    }

    @Test
    void figuresOutsideTheOpenYearsAreReported() {
        CheckResult r = one("gulag_figures_in_open_years", "camp 62 Тайшетский ИТЛ ГУЛАГа");
        assertEquals("1940", r.observed());
        assertEquals("1937–1939, 1943–1946, 1948–1948", r.expected());
    }

    @Test
    void campsInMongoliaAreOutsideTheOutline() {
        List<CheckResult> warned = results.stream().filter(c -> c.checkId().equals("gulag_coordinates")
                && c.status() == CheckStatus.WARN).toList();
        assertEquals(List.of("camp 337 Строительство 505 и ИТЛ ГУЛЖДС / dislocation 1",
                "camp 409 Южный ИТЛ при Строительстве 505 ГУЛЖДС / dislocation 1"), warned.stream().map(CheckResult::subject).toList());
        assertEquals("25 km", warned.get(0).tolerance());
        assertTrue(warned.get(0).message().startsWith("Outside every outline, 317 km from the nearest"), warned.get(0).message());
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
        assertEquals("126910", over.difference());
        assertEquals("24.9", over.relativeDifference());
        assertEquals(9, results.stream().filter(c -> c.checkId().equals("gulag_yearly_sum_vs_total")).count(),
                "one row per published total for all camps at one date or in one year");
        assertTrue(results.stream().noneMatch(CheckResult::failsRun));
    }

    @Test
    void duplicateNamesAreReported() {
        assertEquals(CheckStatus.WARN, one("gulag_duplicate_camp", "camps 180, 183 (same name)").status()); // two "Саратовский ИТЛ"
        assertEquals("493 camps, 12 groups sharing a name or a camp page", one("gulag_duplicate_camp", "all camps").observed());
    }

    @Test
    void everyFigureIsNonNegativeAndPlausible() {
        CheckResult all = one("gulag_non_negative", "all figures");
        assertEquals(CheckStatus.PASS, all.status());
        assertEquals("1776", all.observed());
        assertEquals("1776 of 1776 figures between 1 and 300000", one("gulag_plausible_count", "all camps").observed());
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

    @Test
    void theCheckStageDoesNotReadTheCampsFile() throws Exception {
        Workspace copy = TestWorkspace.copyOfDatasets(dir);
        Path campsFile = copy.raw().resolve("urbica-gulag-admin-2017/data.csv");
        Files.delete(campsFile);
        List<CheckResult> without = campResults(new org.repstat.pipeline.PipelineRun(copy).checks());
        assertEquals(60, without.size());
        assertEquals(results, without, "the same camp results from the published tables alone");
    }

    @Test
    void theOutlineIsADeclaredInputReadOnlyWhenACoordinateCheckIsInTheCatalogue() throws Exception {
        Workspace copy = TestWorkspace.copyOfDatasets(dir);
        Files.delete(copy.raw().resolve("natural-earth-world-atlas/outline.csv"));
        InputException missing = assertThrows(InputException.class, () -> new org.repstat.pipeline.PipelineRun(copy).checks());
        assertTrue(missing.getMessage().contains("outline.csv") && missing.getMessage().contains("gulag_coordinates"),
                missing.getMessage());
        Path catalogue = copy.datasets().resolve("checks/catalogue.csv");
        Files.write(catalogue, Files.readAllLines(catalogue).stream()
                .filter(l -> !l.startsWith("gulag_coordinates")).toList());
        CheckRunner.Report rest = new org.repstat.pipeline.PipelineRun(copy).checks();
        assertEquals(report.definitions() - 2, rest.definitions());
        assertTrue(rest.results().stream().noneMatch(r -> r.checkId().startsWith("gulag_coordinates")));
    }

}
