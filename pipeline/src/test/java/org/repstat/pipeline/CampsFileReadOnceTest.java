package org.repstat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.importing.gulag.GulagCampImport;

/**
 * The camps file is a source like the others: imported once per run, by the import stage, and from then on read only
 * from its published tables. The run's stages go in their declared order on one workspace copy; after the import
 * stage has published the camp tables, data.csv is deleted, and every later stage (checks, answer tables, charts,
 * report, notebooks) must still do its work, without reading the file again.
 */
class CampsFileReadOnceTest {

    @Test
    void aRunReadsTheCampsFileOnceAndNoStageAfterTheImportNeedsIt(@TempDir Path tmp) throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        Path data = ws.raw().resolve(GulagCampImport.DIR).resolve(GulagCampImport.DATA_FILE);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        PipelineRun run = new PipelineRun(ws);
        List<String> order = run.context().plan().stages().stream().map(StagePlan.Stage::id).toList();
        assertEquals(List.of("import", "publish", "check", "answer", "chart", "report", "export"), order);

        run.command("import", quiet); // import, publish
        assertEquals(1, GulagCampImport.reads(data), "the import stage reads the camps file once");
        Files.delete(data);
        run.command("check", quiet);     // check, answer
        run.command("report", quiet);    // chart, report
        run.command("notebooks", quiet); // export
        assertEquals(1, GulagCampImport.reads(data), "no stage after the import read the camps file");

        assertFalse(Files.exists(data));
        assertTrue(Files.readString(ws.clean().resolve("gulag_camp_year_sums.csv")).contains("\n1938,55,0,60,1653018,0,1653018,"),
                "the answer tables were derived from the published camp tables");
        for (String chart : List.of("gulag-prisoners-per-year", "gulag-largest-camps-1937", "gulag-largest-camps-1938", "gulag-camps-map-1938")) {
            assertTrue(Files.size(ws.reports().resolve("charts/" + chart + ".png")) > 10_000, chart);
        }
        assertTrue(Files.readString(ws.reports().resolve("gulag.html")).contains("id=\"gulag-camps-map-1938\""));
        assertTrue(Files.readString(ws.notebooks().resolve("gulag.ipynb")).contains("gulag_camp_prisoners_by_year.csv"));
    }
}
