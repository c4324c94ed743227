package org.repstat.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.pipeline.PipelineRun;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedRow;

/**
 * The answer tables as the answer stage derives them from the repository's published values: one row per question's
 * unit, the preferred figure by the rule in preference.csv, copies of one publication counted once.
 */
class AnswerTablesTest {

    static PublishedReader reader() {
        return new PipelineRun(TestWorkspace.repository()).context().reader();
    }

    static PublishedRow row(PublishedReader reader, String table, String column, String value) {
        return reader.read(table).stream().filter(r -> r.text(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(table + " has no row with " + column + "=" + value));
    }

    @Test
    void convictionsTakeOneCopyOfTheAppendixSoASumDoesNotCountItTwice() {
        PublishedReader r = reader();
        PublishedRow y1937 = row(r, "convictions_1921_1953", "period_start", "1937");
        assertEquals(new BigDecimal("790665"), y1937.number("sentenced"));
        assertEquals(new BigDecimal("353074"), y1937.number("death_sentences"));
        assertEquals("Lewin 2005 (appendix, fb2 copy)", y1937.text("sentenced_source"));
        assertEquals("1", y1937.text("sentenced_sources"), "the two copies are one publication");
        // The damaged trantor cell (0665) never enters the range: copies give one figure, the preferred copy's.
        assertEquals("790665", y1937.text("sentenced_min"));
        // One row per year 1921–1953, each counted once: the years add up to the table's own TOTAL row in both copies'
        // stated totals (convictions-columns-sum), not to twice it.
        BigDecimal sum = r.read("convictions_1921_1953").stream().map(x -> x.number("sentenced")).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stated = r.read("observations").stream().filter(o -> o.text("observation_id").equals("lewin-2005-appendix-fb2:total-total-sentenced"))
                .map(o -> o.number("value")).findFirst().orElseThrow();
        assertEquals(33, r.read("convictions_1921_1953").size());
        // 4,060,300 against the printed TOTAL 4,060,306: the table's own −6 (check convictions-columns-sum), not twice it
        assertEquals(new BigDecimal("4060300"), sum);
        assertEquals(new BigDecimal("-6"), sum.subtract(stated));
    }

    @Test
    void thePolishOperationIsOneRowFromTheScholarlySourceWithTheRangeAcrossSources() {
        PublishedRow polish = row(reader(), "national_operations", "scope", "polish_operation");
        assertEquals("the Polish operation", polish.text("scope_label"));
        assertEquals(new BigDecimal("139835"), polish.number("sentenced"));
        assertEquals("Hałaburda 2013", polish.text("sentenced_source"));
        assertEquals("scholarly", polish.text("sentenced_reliability"));
        assertEquals(new BigDecimal("111091"), polish.number("shot"));
        assertEquals("executed", polish.text("shot_measure"));
        assertEquals("139885", polish.text("sentenced_max"));
    }

    @Test
    void aRegionWhoseSourcePrintsOnlyATotalKeepsItAndSaysSo() {
        PublishedRow moscow = row(reader(), "order_00447_limits_by_region", "geography", "moscow_oblast");
        assertEquals(new BigDecimal("4000"), moscow.number("first_category"));
        assertEquals("", moscow.text("second_category"));
        assertEquals(new BigDecimal("35000"), moscow.number("total"));
        assertEquals("printed", moscow.text("total_how"));
        PublishedRow armenia = row(reader(), "order_00447_limits_by_region", "geography", "armenian_ssr");
        assertEquals(armenia.number("first_category").add(armenia.number("second_category")), armenia.number("total"));
    }

    @Test
    void aWeakerSourceNeverDisplacesABetterOneButWidensTheRange(@TempDir Path tmp) {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        TestWorkspace.replaceInFile(ws.raw().resolve("balkanforum-copy-dewiki-grosser-terror/observations.csv"),
                "polish_operation,ussr,1937,1938,139885,", "polish_operation,ussr,1937,1938,239885,");
        PipelineRun run = new PipelineRun(ws);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        run.command("import", quiet);
        run.command("check", quiet);
        PublishedRow polish = row(run.context().reader(), "national_operations", "scope", "polish_operation");
        assertEquals(new BigDecimal("139835"), polish.number("sentenced"), "the scholarly figure stays preferred");
        assertEquals("239885", polish.text("sentenced_max"), "the weak page's figure is in the range");
        List<String> ids = run.context().reader().read("preference").stream().map(p -> p.text("criterion")).toList();
        assertEquals(List.of("reliability", "precision", "year", "source_id"), ids);
    }
}
