package org.repstat.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.charting.ChartData;
import org.repstat.charting.Palette;
import org.repstat.pipeline.PipelineRun;
import org.repstat.topics.TopicSpec;

/**
 * The Gulag notebook, run in a real Jupyter kernel: it prints what it stores, draws every chart (the camps map
 * included), and each figure's pandas selection gives the rows the chart stage draws from: as many as the chart's
 * selector picks in the published table.
 */
@Tag("slow")
class GulagNotebookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachFiguresPandasSelectionIsTheChartsRows(@TempDir Path tmp) throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        PipelineRun run = new PipelineRun(ws);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        run.command("report", quiet);    // the charts, whose PNGs the notebook stores
        run.command("notebooks", quiet);
        Path executed = tmp.resolve("executed");
        Process p = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300",
                "--output-dir", executed.toString(), "gulag.ipynb").directory(ws.notebooks().toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), log);

        JsonNode stored = JSON.readTree(ws.notebooks().resolve("gulag.ipynb").toFile());
        JsonNode ran = JSON.readTree(executed.resolve("gulag.ipynb").toFile());
        List<Integer> selections = new ArrayList<>(); // rows printed by each figure's selection cell, in order
        int images = 0;
        for (int i = 0; i < stored.get("cells").size(); i++) {
            JsonNode before = stored.get("cells").get(i);
            JsonNode after = ran.get("cells").get(i);
            if (!before.get("cell_type").asText().equals("code")) {
                continue;
            }
            assertEquals(before.get("outputs").size(), after.get("outputs").size(), "cell " + i);
            for (int o = 0; o < after.get("outputs").size(); o++) {
                JsonNode out = after.get("outputs").get(o);
                assertFalse(List.of("error", "stream").contains(out.get("output_type").asText()), "cell " + i + ": " + out);
                if (out.get("output_type").asText().equals("execute_result")) {
                    String text = text(out);
                    assertEquals(text(before.get("outputs").get(o)), text, "cell " + i + " prints what it stores");
                    if (source(before).startsWith("rows = read_csv(")) {
                        selections.add((int) text.lines().count() - 1);
                    }
                } else {
                    images++;
                }
            }
        }
        var ctx = run.context();
        TopicSpec gulag = ctx.topics().stream().filter(t -> t.id().equals("gulag")).findFirst().orElseThrow();
        ChartData data = new ChartData(ctx.reader(), Palette.read(ws.datasets().resolve("topics/colours.csv")), ws.home());
        List<Integer> chartRows = gulag.figures().stream().map(f -> data.rows(f).size()).toList();
        assertEquals(chartRows, selections, "each figure's pandas selection has the chart's rows");
        assertEquals(List.of(30, 38, 26, 55, 60), chartRows);
        assertEquals(gulag.figures().size(), images, "every figure is drawn");
    }

    private static String source(JsonNode cell) {
        StringBuilder b = new StringBuilder();
        cell.get("source").forEach(line -> b.append(line.asText()));
        return b.toString();
    }

    private static String text(JsonNode output) {
        StringBuilder b = new StringBuilder();
        JsonNode v = output.get("data").get("text/plain");
        if (v.isArray()) {
            v.forEach(line -> b.append(line.asText()));
        } else {
            b.append(v.asText());
        }
        return b.toString();
    }
}
