package org.repstat.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.charting.Figure;
import org.repstat.pipeline.Charts;
import org.repstat.pipeline.PipelineRun;
import org.repstat.published.PublishedReader;
import org.repstat.topics.FigureSpec;
import org.repstat.topics.TopicSpec;

/**
 * The notebooks as the export stage renders them from the repository's topic specs and published tables: one per
 * topic (none hard-coded here), byte-identical run after run, what is committed, valid nbformat, and each figure's
 * rows selected in pandas by the same selector as the chart.
 */
class NotebookExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static PipelineRun run;
    static Map<String, String> rendered;

    @BeforeAll
    static void render() throws IOException {
        run = new PipelineRun(TestWorkspace.repository());
        rendered = render(run);
    }

    static Map<String, String> render(PipelineRun run) throws IOException {
        Workspace ws = run.context().workspace();
        List<Figure> figures = Charts.figures(run.context());
        Map<String, byte[]> pngs = new HashMap<>();
        for (Figure f : figures) {
            Path png = ws.reports().resolve("charts").resolve(f.png());
            if (Files.exists(png)) {
                pngs.put(f.png(), Files.readAllBytes(png));
            }
        }
        return NotebookExport.render(run.context().topics(), run.context().reader(), figures, pngs);
    }

    @Test
    void oneNotebookPerTopicPageAndAnIndex() {
        Set<String> expected = run.context().topics().stream().filter(t -> !t.isIndex() && !t.isMethod())
                .map(TopicSpec::notebook).collect(Collectors.toSet());
        expected.add("index.ipynb");
        assertEquals(expected, rendered.keySet());
        assertTrue(expected.contains("national_operations.ipynb") && expected.size() >= 9, expected.toString());
    }

    @Test
    void renderingTwiceGivesTheSameBytesAndTheCommittedNotebooks() throws IOException {
        assertEquals(rendered, render(new PipelineRun(TestWorkspace.repository())));
        Map<String, String> committed = new TreeMap<>();
        try (var files = Files.list(TestWorkspace.repository().notebooks())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".ipynb")).toList()) {
                committed.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertEquals(new TreeMap<>(rendered), committed, "run ./repstat run and commit notebooks-export/");
    }

    @Test
    void notebooksAreNbformat45WithStableUniqueCellIds() throws IOException {
        for (Map.Entry<String, String> e : rendered.entrySet()) {
            JsonNode nb = JSON.readTree(e.getValue());
            assertEquals(4, nb.get("nbformat").asInt(), e.getKey());
            assertEquals(5, nb.get("nbformat_minor").asInt(), e.getKey());
            assertEquals("python3", nb.at("/metadata/kernelspec/name").asText());
            Set<String> ids = new HashSet<>();
            String prefix = e.getKey().replace(".ipynb", "").replace('_', '-') + "-";
            int count = 0;
            for (JsonNode cell : nb.get("cells")) {
                String id = cell.get("id").asText();
                assertTrue(id.matches("[a-zA-Z0-9-_]{1,64}") && id.startsWith(prefix), id);
                assertTrue(ids.add(id), "duplicate id " + id);
                if (cell.get("cell_type").asText().equals("code")) {
                    assertEquals(++count, cell.get("execution_count").asInt(), id);
                }
            }
            assertFalse(e.getValue().contains("\r"), e.getKey());
        }
    }

    @Test
    void theFirstCellSaysWhichQuestionEachAnswerTableAnswers() throws IOException {
        JsonNode nb = JSON.readTree(rendered.get("convictions.ipynb"));
        StringBuilder text = new StringBuilder();
        nb.get("cells").get(0).get("source").forEach(l -> text.append(l.asText()));
        assertTrue(text.toString().contains("**The question:** How many people did the Soviet political police sentence"), text.toString());
        assertTrue(text.toString().contains("`convictions_1921_1953.csv`: Convictions by year and penalty, 1921–1953"), text.toString());
        assertTrue(text.toString().contains("Two years, 1937 and 1938, account for 83% of the death sentences"), text.toString());
    }

    @Test
    void eachFiguresNotebookSelectionHasTheChartsRows() throws IOException {
        PublishedReader reader = run.context().reader();
        for (TopicSpec t : run.context().topics()) {
            if (t.isIndex() || t.isMethod()) {
                continue;
            }
            JsonNode nb = JSON.readTree(rendered.get(t.notebook()));
            for (FigureSpec f : t.figures()) {
                long chartRows = reader.read(f.from()).stream().filter(r -> f.selects(r.cells())).count();
                String selection = "rows = read_csv(\"" + reader.spec(f.from()).path() + "\")\nrows = " + PandasFilter.apply("rows", f.select()) + "\n";
                JsonNode cell = null;
                for (JsonNode c : nb.get("cells")) {
                    StringBuilder src = new StringBuilder();
                    c.get("source").forEach(l -> src.append(l.asText()));
                    if (c.get("cell_type").asText().equals("code") && src.toString().contains(selection)) {
                        cell = c;
                        break;
                    }
                }
                assertTrue(cell != null, t.notebook() + " selects " + f.id() + " with " + selection);
                StringBuilder out = new StringBuilder();
                cell.at("/outputs/0/data/text~1plain").forEach(l -> out.append(l.asText()));
                long shown = out.toString().lines().count() - 1;
                assertEquals(chartRows == 0 ? 2 : chartRows, chartRows == 0 ? 2 : shown, t.notebook() + " " + f.id());
            }
        }
    }
}
