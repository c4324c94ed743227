package org.repstat.checking;

import org.repstat.checking.runner.CheckRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cli.ExitCodes;

/**
 * Every kind of check is proven to fire: a copy of the real data is broken in one place, re-imported, and the named
 * check must fail with the right observed and expected values.
 */
class BrokenFixtureTest {

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void copy() {
        ws = TestWorkspace.copyOfDatasets(dir);
    }

    private CheckRunner.Report importAndCheck() {
        CliRun.Result imported = CliRun.run("import", "--home", dir.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
        return new org.repstat.pipeline.PipelineRun(ws).checks();
    }

    private static List<CheckResult> failures(CheckRunner.Report report, String checkId) {
        return report.results().stream().filter(r -> r.checkId().equals(checkId) && r.status() == CheckStatus.FAIL).toList();
    }

    private Path raw(String path) {
        return ws.raw().resolve(path);
    }

    @Test
    void aSwappedDigitBreaksTheRowSumAndTheCopiesAgreement() {
        TestWorkspace.replaceInFile(raw("lewin-2005-appendix-fb2/table.csv"), "1937,790665,353074,", "1937,790665,335074,");
        CheckRunner.Report report = importAndCheck();
        CheckResult row = failures(report, "convictions-rows-sum").get(0);
        assertTrue(row.subject().startsWith("lewin-2005-appendix-fb2 / value / 1937"), row.subject());
        assertEquals("772665", row.observed());
        assertEquals("790665", row.expected());
        assertEquals("-18000", row.difference());
        // the column's known discrepancy (+20,010) is registered for its size only: the new size is a failure
        CheckResult column = failures(report, "convictions-columns-sum").get(0);
        assertEquals("lewin-2005-appendix-fb2 / death_sentences", column.subject());
        assertEquals("2010", column.difference());
        assertTrue(failures(report, "convictions-copies-agree").size() == 2);
        assertTrue(report.failsRun());
    }

    @Test
    void aMissingRowBreaksTheColumnTotal() throws Exception {
        Path table = raw("lewin-2005-appendix-fb2/table.csv");
        List<String> lines = Files.readAllLines(table);
        Files.write(table, lines.stream().filter(l -> !l.startsWith("1950,")).toList());
        // The second-reading register names the removed cells: a register entry for a missing row is an input error.
        Path readings = raw("second-reading.csv");
        Files.write(readings, Files.readAllLines(readings).stream().filter(l -> !l.startsWith("lewin-2005-appendix-fb2:1950-")).toList());
        CheckRunner.Report report = importAndCheck();
        CheckResult r = failures(report, "convictions-columns-sum").stream()
                .filter(x -> x.subject().equals("lewin-2005-appendix-fb2 / sentenced")).findFirst().orElseThrow();
        assertEquals("3999659", r.observed());
        assertEquals("4060306", r.expected());
        assertEquals("-60647", r.difference());
    }

    @Test
    void moreExecutedThanSentencedBreaksTheOrder() {
        TestWorkspace.replaceInFile(raw("mass-operations-secondary/observations.csv"),
                "polish-operation-executed,halaburda-2013,executed,polish_operation,ussr,1937,1938,111091,",
                "polish-operation-executed,halaburda-2013,executed,polish_operation,ussr,1937,1938,211091,");
        CheckRunner.Report report = importAndCheck();
        CheckResult r = failures(report, "executed-not-above-sentenced").get(0);
        assertEquals("halaburda-2013 / polish_operation / ussr / 1937 / 1938", r.subject());
        assertTrue(r.observed().startsWith("211091"), r.observed());
        assertTrue(r.expected().startsWith("≤ 139835"), r.expected());
        assertEquals("71256", r.difference());
        assertTrue(r.sourceRows().contains("halaburda-2013 page=63"), r.sourceRows().toString());
    }

    @Test
    void anOutOfOrderDateBreaksTheCausalChain() {
        TestWorkspace.replaceInFile(raw("whitewood-2015/events.csv"),
                "whitewood-2015:tukhachevskii-arrest,whitewood-2015,arrest,1937-05-22,",
                "whitewood-2015:tukhachevskii-arrest,whitewood-2015,arrest,1937-06-22,");
        CheckRunner.Report report = importAndCheck();
        List<CheckResult> broken = failures(report, "tukhachevskii-case-in-order");
        assertEquals(1, broken.size());
        assertEquals("whitewood-2015:tukhachevskii-arrest → whitewood-2015:tukhachevskii-testimony", broken.get(0).subject());
        assertTrue(broken.get(0).observed().startsWith("1937-06-22"));
        assertTrue(failures(report, "co-defendants-arrested-before-trial").isEmpty());
    }

    @Test
    void aRegionalLimitThatNoLongerSumsIsNamed() {
        TestWorkspace.replaceInFile(raw("gulag-ru-booksonline-p35/observations.csv"),
                "azerbaijan_ssr,1937-07-30,1937-07-30,1500,", "azerbaijan_ssr,1937-07-30,1937-07-30,1600,");
        CheckRunner.Report report = importAndCheck();
        CheckResult r = failures(report, "order-00447-regional-limits-sum").get(0);
        assertEquals("gulag-ru-booksonline-p35 / azerbaijan_ssr / 1937-07-30", r.subject());
        assertEquals("5350", r.observed());
        assertEquals("5250", r.expected());
    }

    @Test
    void aShareUnderACountsMeasureInThePublishedTableBreaksTheUnitCheck() {
        // a hand edit of the published file (the import would refuse the raw row): 9.2 % filed under "discharged"
        TestWorkspace.replaceInFile(ws.clean().resolve("observations.csv"),
                "book-online-2213-p58:discharged-1938-pct,book-online-2213-p58,value,discharged_share,",
                "book-online-2213-p58:discharged-1938-pct,book-online-2213-p58,value,discharged,");
        CheckRunner.Report report = new org.repstat.pipeline.PipelineRun(ws).checks();
        CheckResult r = failures(report, "measure-has-one-unit").get(0);
        assertEquals("discharged", r.subject());
        assertEquals("percent | persons", r.observed());
        assertEquals("persons", r.expected());
        assertEquals(List.of("book-online-2213-p58:discharged-1938-pct"), r.observationIds());
        assertTrue(report.failsRun());
    }

    @Test
    void aCopyOfACopyInThePublishedRegisterBreaksTheCopiesCheck() {
        TestWorkspace.replaceInFile(ws.clean().resolve("sources.csv"),
                "https://fb2.top/the-soviet-century-465944/read/part-7,,not stated,lewin-2005-appendix,",
                "https://fb2.top/the-soviet-century-465944/read/part-7,,not stated,lewin-2005-appendix-trantor,");
        CheckResult r = failures(new org.repstat.pipeline.PipelineRun(ws).checks(), "register-copies-lead-to-publications").get(0);
        assertEquals("lewin-2005-appendix-fb2 → lewin-2005-appendix-trantor", r.subject());
        assertTrue(r.message().contains("'lewin-2005-appendix-trantor' is itself a copy (of 'lewin-2005-appendix')"), r.message());
    }

    @Test
    void aSumThatWouldAddBothCopiesOfOneTableFailsInsteadOfCountingTwice() throws Exception {
        // both copies' 1938 death sentences against their penalties: 328,618 would be counted once per copy
        Files.writeString(ws.datasets().resolve("checks/catalogue.csv"), Files.readString(ws.datasets().resolve("checks/catalogue.csv"))
                + "double-counted-1938,sum,convictions,error,Both copies' 1938 death sentences (a deliberately wrong check).,"
                + "A sum must take one copy.,measure=death_sentences; period_start=1938; role=value,"
                + "measure=sentenced; period_start=1938; dataset=lewin-2005-appendix-fb2,period_start,0,\n");
        CheckResult r = failures(new org.repstat.pipeline.PipelineRun(ws).checks(), "double-counted-1938").get(0);
        assertEquals("1 figure(s) added twice", r.observed());
        assertTrue(r.message().contains("lewin-2005-appendix-fb2:1938-death-sentences + lewin-2005-appendix-trantor:1938-death-sentences (copies of lewin-2005-appendix)"),
                r.message());
    }

    @Test
    void aSwappedDigitInABalancedRowAndColumnIsLocatedAsAProbableMisprint() {
        // 1925's other measures printed 473 for 437: row 1925 and the other-measures column (both balanced in the
        // real table) are now 36 over, and the diagnosis points to that one cell
        TestWorkspace.replaceInFile(raw("lewin-2005-appendix-fb2/table.csv"), "1925,15995,2433,6851,6274,437", "1925,15995,2433,6851,6274,473");
        CheckRunner.Report report = importAndCheck();
        List<CheckResult> found = report.results().stream().filter(r -> r.checkId().equals("convictions-probable-misprints")
                && r.observationIds().equals(List.of("lewin-2005-appendix-fb2:1925-other-measures"))).toList();
        assertEquals(1, found.size(), report.results().stream().filter(r -> r.checkId().equals("convictions-probable-misprints"))
                .map(CheckResult::subject).toList().toString());
        CheckResult r = found.get(0);
        assertEquals(CheckStatus.WARN, r.status());
        assertEquals("473", r.observed());
        assertEquals("437", r.expected());
        assertTrue(r.message().startsWith("probable misprint: 473 (lewin-2005-appendix-fb2:1925-other-measures) read as 437: digits 2 and 3 swapped."), r.message());
        assertTrue(r.message().contains("row 1925 (parts against total: +36, then 0) and the 'Other measures' column (years against stated total: +36, then 0)"), r.message());
        List<String> published = report.misprints().stream().filter(m -> m.get(0).equals("lewin-2005-appendix-fb2:1925-other-measures")).findFirst().orElseThrow();
        assertEquals(List.of("lewin-2005-appendix-fb2:1925-other-measures", "437", "convictions-probable-misprints",
                "lewin-2005-appendix-fb2", "1925", "Other measures", "other_measures", "473", "473", "digits 2 and 3 swapped",
                "single_cell", "", "", "36", "0", "36", "0"), published.subList(0, 17));
        // a finding about the source, not a failure: the run fails only on the sum checks the swap broke
        assertTrue(report.results().stream().filter(x -> x.checkId().equals("convictions-probable-misprints"))
                .noneMatch(CheckResult::failsRun));
    }

    @Test
    void theUntouchedCopyPasses() {
        assertTrue(!importAndCheck().failsRun());
    }

    @Test
    void checkOnACorruptedPublishedTableExitsOneAndNamesTheRowsInvolved() throws Exception {
        TestWorkspace.replaceInFile(ws.clean().resolve("observations.csv"),
                "whitewood-2015:mass-ops-executed,whitewood-2015,value,executed,mass_operations,ussr,1937,1938,683000,round_figure,682500,683499,",
                "whitewood-2015:mass-ops-executed,whitewood-2015,value,executed,mass_operations,ussr,1937,1938,683000,round_figure,638000,683499,");
        CliRun.Result checked = CliRun.run("check", "--home", dir.toString());
        String text = checked.out();
        assertEquals(ExitCodes.CHECK_ERRORS, checked.exitCode(), text);
        assertTrue(text.contains("FAIL       bounds-follow-qualifiers — whitewood-2015:mass-ops-executed\n             error check, failed: the run fails"), text);
        assertTrue(text.contains("bounds [638000, 683499] differ from the rule's [682500, 683499]"), text);
        assertTrue(text.contains("source rows: whitewood-2015 footnote=1; line=17"), text);
    }

    @Test
    void aRoundFigurePublishedAsExactBreaksTheBoundsCheck() {
        // the hand edit that would make the article's 683,000 look exact (and the certificate's 681,692 a plain miss)
        TestWorkspace.replaceInFile(ws.clean().resolve("observations.csv"),
                "whitewood-2015:mass-ops-executed,whitewood-2015,value,executed,mass_operations,ussr,1937,1938,683000,round_figure,682500,683499,",
                "whitewood-2015:mass-ops-executed,whitewood-2015,value,executed,mass_operations,ussr,1937,1938,683000,exact,683000,683000,");
        CheckResult r = failures(new org.repstat.pipeline.PipelineRun(ws).checks(), "bounds-follow-qualifiers").get(0);
        assertEquals("whitewood-2015:mass-ops-executed", r.subject());
        assertEquals("qualifier 'exact', but printed-precision rule 'round_figure' reads '683,000' as 'round_figure'", r.message());
    }

    @Test
    void aBareRawFigureWhoseQualifierDisagreesWithItsPrintIsAnInputError() {
        TestWorkspace.replaceInFile(raw("ablazhei-potapova-cyberleninka/observations.csv"), ",347000,rounded,", ",347000,exact,");
        CliRun.Result imported = CliRun.run("import", "--home", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("ablazhei-potapova-cyberleninka/observations.csv:2: column 9 (qualifier): '347 тыс. чел.' is read as 'rounded' by rule 'unit_word'"),
                imported.err());
        assertTrue(imported.err().contains("expected qualifier 'rounded', found 'exact'"), imported.err());
    }
}
