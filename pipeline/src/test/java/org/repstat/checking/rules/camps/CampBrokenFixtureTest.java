package org.repstat.checking.rules.camps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.checking.CheckResult;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.checking.CheckStatus;

/**
 * Each camp check is proven to fire: a copy of the published camp tables gets one changed cell, and the named
 * check must report that camp with the right observed and expected values. The cells are changed in
 * {@code datasets/clean/}, since that is all the camp checks read.
 */
class CampBrokenFixtureTest {

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void copy() {
        ws = TestWorkspace.copyOfDatasets(dir);
    }

    private void replace(String table, String from, String to) {
        TestWorkspace.replaceInFile(ws.clean().resolve(table), from, to);
    }

    private static List<CheckResult> findings(CheckRunner.Report report, String checkId) {
        return report.results().stream().filter(r -> r.checkId().equals(checkId) && r.status() != CheckStatus.PASS).toList();
    }

    private static CheckResult row(CheckRunner.Report report, String checkId, String subject) {
        return report.results().stream().filter(r -> r.checkId().equals(checkId) && r.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError(checkId + " / " + subject));
    }

    @Test
    void aNegativeFigureFailsTheRun() {
        replace("gulag_camp_population.csv", "241,1953,prisoners,1,7044,", "241,1953,prisoners,1,-7044,");
        CheckRunner.Report report = new org.repstat.pipeline.PipelineRun(ws).checks();
        CheckResult r = row(report, "gulag_non_negative", "camp 241 Селенгинский ИТЛ / 1953");
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("-7044", r.observed());
        assertEquals("≥ 0", r.expected());
        assertEquals(List.of("urbica-gulag-admin-2017 line=1109; column=98"), r.sourceRows());
        CheckResult all = row(report, "gulag_non_negative", "all figures");
        assertEquals(CheckStatus.FAIL, all.status());
        assertEquals("1775", all.observed());
        assertEquals("1776", all.expected());
        assertTrue(report.failsRun());
    }

    @Test
    void aDroppedDigitBreaksTheStatedMaximum() {
        // camp 1 states max_people 39000 in 1931, and its 1931 figure is 39000: drop a digit of the figure
        replace("gulag_camp_population.csv", "1,1931,prisoners,1,39000,exact,39000,39000,exact: lower = value; upper = value,plain_integer,39000,",
                "1,1931,prisoners,1,3900,exact,3900,3900,exact: lower = value; upper = value,plain_integer,3900,");
        CheckRunner.Report report = new org.repstat.pipeline.PipelineRun(ws).checks();
        CheckResult r = row(report, "gulag_max_in_its_year", "camp 1 Вишерский ИТЛ");
        assertEquals(CheckStatus.WARN, r.status());
        assertEquals("3900", r.observed());
        assertEquals("39000", r.expected());
        assertEquals("-35100", r.difference());
        assertEquals("-90", r.relativeDifference());
        assertEquals("The camp's max_people 39000 (1931) is not among its figures for that year: 1931: 3900.", r.message());
        assertEquals("417 camps agree", row(report, "gulag_max_in_its_year", "all camps").observed());
        assertFalse(report.failsRun(), "a finding about the source is a warning");
    }

    @Test
    void aCampFigureTooLargeForItsYearBreaksTheCoverage() {
        // 1930: 7 camps sum to 163733 of 179000; camp 1's 7873 read as 27873 takes the sum over the total
        replace("gulag_camp_population.csv", "1,1930,prisoners,1,7873,exact,7873,7873,exact: lower = value; upper = value,plain_integer,7873,",
                "1,1930,prisoners,1,27873,exact,27873,27873,exact: lower = value; upper = value,plain_integer,27873,");
        CheckRunner.Report report = new org.repstat.pipeline.PipelineRun(ws).checks();
        CheckResult r = row(report, "gulag_yearly_sum_vs_total", "1930 / readli-244724-p8:itl-1930-01-01");
        assertEquals(CheckStatus.WARN, r.status());
        assertEquals("183733", r.observed());
        assertEquals("≤ 179000", r.expected());
        assertEquals("4733", r.difference());
        assertEquals("2.6", r.relativeDifference());
        assertTrue(r.message().contains("their sum 183733 is 102.6% of the published total 179000"), r.message());
    }

    @Test
    void swappedCoordinatesAreNamed() {
        replace("gulag_camp_locations.csv", "2,1,город Хабаровск,48.50727,135.04051,", "2,1,город Хабаровск,135.04051,48.50727,");
        CheckRunner.Report report = new org.repstat.pipeline.PipelineRun(ws).checks();
        List<CheckResult> found = findings(report, "gulag_coordinates");
        CheckResult r = row(report, "gulag_coordinates", "camp 2 Дальневосточный ИТЛ / dislocation 1");
        assertEquals(CheckStatus.WARN, r.status());
        assertEquals("135.04051, 48.50727", r.observed());
        assertEquals("inside 35–82°N, 9.5–192°E", r.expected());
        assertTrue(r.message().contains("latitude and longitude look swapped"), r.message());
        assertEquals(3, found.size(), "the two camps in Mongolia and the swapped one");
        assertEquals("565 located dislocations on land inside the region (or within 25 km of its 1:50m outline)",
                row(report, "gulag_coordinates", "all camps").observed());
    }

    @Test
    void aSecondCampOfTheSameNameIsADuplicate() {
        replace("gulag_camps.csv", "2,Дальневосточный ИТЛ,", "2,Вишерский ИТЛ,");
        CheckRunner.Report report = new org.repstat.pipeline.PipelineRun(ws).checks();
        CheckResult r = row(report, "gulag_duplicate_camp", "camps 1, 2 (same name)");
        assertEquals(CheckStatus.WARN, r.status());
        assertEquals("2", r.observed());
        assertEquals("1", r.expected());
        assertEquals(List.of("urbica-gulag-admin-2017 line=6", "urbica-gulag-admin-2017 line=8"), r.sourceRows());
    }
}
