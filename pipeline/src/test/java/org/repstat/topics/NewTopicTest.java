package org.repstat.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.pipeline.PipelineRun;

/**
 * A new topic needs data files only: a spec in datasets/topics/ and, for a check of its own, a catalogue row. The
 * whole pipeline then publishes its answer table, draws its chart, writes its page and its notebook, and shows its
 * check — with no Java written for it (the fixture is src/test/resources/fixtures/new-topic/).
 */
public class NewTopicTest {

    static final Path FIXTURE = TestWorkspace.repository().home().resolve("pipeline/src/test/resources/fixtures/new-topic");

    /** A workspace copy with the fixture topic added; the pipeline run on it in full. */
    public static Workspace withNewTopic(Path tmp) throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        Files.copy(FIXTURE.resolve("harbin.yaml"), ws.datasets().resolve("topics/harbin.yaml"));
        Files.writeString(ws.datasets().resolve("checks/catalogue.csv"), Files.readString(FIXTURE.resolve("catalogue-row.csv")),
                java.nio.file.StandardOpenOption.APPEND);
        new PipelineRun(ws).all(new PrintStream(OutputStream.nullOutputStream()));
        return ws;
    }

    @Test
    void aTopicDeclaredInDataGetsItsTablePageChartNotebookAndCheck(@TempDir Path tmp) throws Exception {
        Workspace ws = withNewTopic(tmp);
        String table = Files.readString(ws.clean().resolve("harbin_by_source.csv"));
        assertTrue(table.contains("potapova") && table.contains("46317"), table);
        String page = Files.readString(ws.reports().resolve("harbin.html"));
        assertTrue(page.contains("<h1>The Harbin operation</h1>"), page);
        assertTrue(page.contains("The Harbin operation: sentenced and shot, by source"), "the figure's title");
        assertTrue(page.contains("src=\"charts/harbin-by-source.png\""), "the chart");
        assertTrue(page.contains("href=\"method.html#checks-harbin\""), "its checks are summarised and linked");
        assertTrue(Files.size(ws.reports().resolve("charts/harbin-by-source.png")) > 10_000);
        assertTrue(Files.readString(ws.reports().resolve("index.html")).contains("href=\"harbin.html\""), "in the navigation");
        String checks = Files.readString(ws.clean().resolve("checks.csv"));
        assertTrue(checks.contains("harbin-counts-non-negative,non_negative,harbin,error,pass"), "the topic's own check ran");
        String notebook = Files.readString(ws.notebooks().resolve("harbin.ipynb"));
        assertTrue(notebook.contains("read_csv(\\\"harbin_by_source.csv\\\")"), "the notebook loads the answer table");
        assertTrue(notebook.contains("rows[\\\"measure\\\"].isin([\\\"sentenced\\\", \\\"death_sentences\\\", \\\"executed\\\"])"),
                "the notebook selects the chart's rows with the chart's selector");
        assertTrue(Files.readString(ws.clean().resolve("datapackage.json")).contains("\"path\" : \"harbin_by_source.csv\""));
        assertEquals(0, javaFilesUnder(FIXTURE), "the fixture is data only");
    }

    static long javaFilesUnder(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).count();
        }
    }
}
