package org.repstat.checking.rules.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.pipeline.PipelineRun;
import org.repstat.published.PublishedReader;

/**
 * The checks of Memorial's lists on the published tables: the accounts balance, and the shares compared with the
 * official table are those the published rows give (the certificate's share computed from its rows, never typed),
 * each with its size and its caveat.
 */
class ListChecksTest {

    static CheckRunner.Report report;
    static PublishedReader reader;

    @BeforeAll
    static void run() {
        PipelineRun run = new PipelineRun(TestWorkspace.repository());
        report = run.checks();
        reader = run.context().reader();
    }

    static List<CheckResult> results(String id) {
        List<CheckResult> r = report.results().stream().filter(c -> c.checkId().equals(id)).toList();
        assertTrue(!r.isEmpty(), "no results of " + id);
        return r;
    }

    static BigDecimal certificate(String year, String measure) {
        return reader.read("observations").stream().filter(o -> o.text("observation_id").equals("lewin-2005-appendix-fb2:" + year + "-" + measure))
                .findFirst().orElseThrow().number("value");
    }

    @Test
    void everyCountTableOfBothListsBalances() {
        List<CheckResult> all = new java.util.ArrayList<>(results("victims-moscow-accounting"));
        all.addAll(results("victims-sample-accounting"));
        assertEquals(9, all.size(), "6 tables of the Moscow list, 3 of the sample");
        all.forEach(r -> assertEquals(CheckStatus.PASS, r.status(), r.message()));
        CheckResult category = all.stream().filter(r -> r.subject().equals("memorial_sample_sentences_by_category")).findFirst().orElseThrow();
        assertEquals("39494 counted + 6951 copies + 0 kept as text + 0 empty", category.observed());
    }

    @Test
    void theSamplesShareOfDeathSentencesIsSetBesideTheCertificatesComputedShare() {
        BigDecimal death = certificate("1937", "death-sentences").add(certificate("1938", "death-sentences"));
        BigDecimal sentenced = certificate("1937", "total-sentenced").add(certificate("1938", "total-sentenced"));
        assertEquals(new BigDecimal("681692"), death);
        assertEquals(new BigDecimal("1344923"), sentenced);
        String official = death.multiply(BigDecimal.valueOf(100)).divide(sentenced, 2, RoundingMode.HALF_EVEN).toPlainString();
        CheckResult known = results("victims-sample-death-share").get(0);
        assertEquals(official, known.expected());
        assertEquals("58.42", known.observed(), "3,628 death sentences of 6,210 sentences of a known kind, copies left out");
        assertEquals(CheckStatus.WARN, known.status(), "beyond what a random sample of 6,210 would give");
        assertTrue(known.message().contains("(3628 of 6210)") && known.message().contains("Caveat: the sample's design is unknown"), known.message());
        CheckResult lower = results("victims-sample-death-share-unknowns-in").get(0);
        assertEquals("51.14", lower.observed());
        assertEquals(CheckStatus.PASS, lower.status(), lower.message());
    }

    @Test
    void theMoscowListsYearsAndNationalitiesAreComparedByShare() {
        CheckResult years = results("victims-moscow-share-1937-1938").get(0);
        assertEquals("84.71", years.observed(), "9,987 of 11,789");
        assertEquals(CheckStatus.PASS, years.status(), years.message());
        CheckResult split = results("victims-moscow-1938-share").get(0);
        assertEquals("63.04", split.observed(), "6,296 of 9,987 in 1938");
        assertEquals(CheckStatus.WARN, split.status(), "Moscow's residents were shot mostly in 1938, the country's death sentences evenly");
        assertTrue(split.message().contains("no source we hold gives a national series by month"), split.message());
        CheckResult nations = results("victims-moscow-targeted-nationalities").get(0);
        assertEquals("36.26", nations.expected(), "247,157 of 681,692");
        assertTrue(nations.message().contains("Caveat: which nationality a national operation targeted is our reading"), nations.message());
    }

    @Test
    void aCountTableThatLosesAPersonFailsItsAccounts(@TempDir Path dir) {
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        TestWorkspace.replaceInFile(ws.clean().resolve("moscow_executions_by_day.csv"), "1938-02-28,258,", "1938-02-28,257,");
        CheckResult day = new PipelineRun(ws).checks().results().stream()
                .filter(r -> r.checkId().equals("victims-moscow-accounting") && r.subject().equals("moscow_executions_by_day"))
                .findFirst().orElseThrow();
        assertEquals(CheckStatus.FAIL, day.status());
        assertTrue(day.message().contains("its executions sum to 11788, not 11789"), day.message());
    }
}
