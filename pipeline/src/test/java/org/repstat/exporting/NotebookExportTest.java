package org.repstat.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

class NotebookExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, String> repositoryRender;

    /** The export of the repository's published data, rendered once for the tests that only read it. */
    private static synchronized Map<String, String> rendered() {
        if (repositoryRender == null) {
            repositoryRender = NotebookExport.render(TestWorkspace.repository());
        }
        return repositoryRender;
    }

    @Test
    void regeneratingGivesByteIdenticalNotebooks(@TempDir Path tmp) throws IOException {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        NotebookExport.export(ws); // a second, independent rendering of the same data
        Map<String, String> written = new TreeMap<>();
        for (String name : rendered().keySet()) {
            written.put(name, Files.readString(ws.notebooks().resolve(name)));
        }
        assertEquals(rendered(), written);
        assertEquals(Set.of("convictions.ipynb", "mass_operations.ipynb", "red_army.ipynb", "national_operations.ipynb",
                "order_00447.ipynb", "timeline.ipynb", "reconciliation.ipynb", "gulag.ipynb", "index.ipynb"),
                TestWorkspace.digests(ws.notebooks()).keySet());
    }

    @Test
    void committedNotebooksAreWhatTheExportProduces() throws IOException {
        Workspace repo = TestWorkspace.repository();
        Map<String, String> committed = new TreeMap<>();
        try (var files = Files.list(repo.notebooks())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".ipynb")).toList()) {
                committed.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertEquals(rendered(), committed, "run ./repstat notebooks and commit notebooks-export/");
    }

    @Test
    void notebooksAreNbformat45WithStableUniqueCellIds() throws IOException {
        for (Map.Entry<String, String> e : rendered().entrySet()) {
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
                    for (JsonNode out : cell.get("outputs")) {
                        if (out.has("execution_count")) {
                            assertEquals(count, out.get("execution_count").asInt(), id);
                        }
                    }
                }
            }
            assertFalse(e.getValue().contains("\r"), e.getKey());
        }
    }

    @Test
    void convictionsNotebookStatesThe1937And1938TotalsFromTheData() {
        String nb = rendered().get("convictions.ipynb");
        // Lewin appendix (copy fb2): 1937 790,665 sentenced, 353,074 to death; 1938 554,258, 328,618.
        assertTrue(nb.contains("In 1937 it gives 790,665 people sentenced, 353,074 of them to death"), "finding");
        assertTrue(nb.contains("in 1938 it gives 554,258 people sentenced, 328,618 of them to death"), "finding");
        assertTrue(nb.contains("\"16         1937       1937     790665           353074"), "pre-filled table");
        assertTrue(nb.contains("\"17         1938       1938     554258           328618"), "pre-filled table");
        assertTrue(nb.contains("https://fb2.top/the-soviet-century-465944/read/part-7"), "source url");
        assertTrue(nb.contains("../datasets/clean/"), "relative path");
    }

    @Test
    void reconciliationNotebookAppearsWhenTheCheckStageHasPublishedIt(@TempDir Path tmp) throws IOException {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        Files.delete(ws.clean().resolve("reconciliation.csv"));
        NotebookExport.export(ws);
        assertFalse(Files.exists(ws.notebooks().resolve("reconciliation.ipynb")), "no reconciliation, no notebook");
        NotebookFixtures.writeReconciliation(ws);
        NotebookExport.export(ws);
        String nb = Files.readString(ws.notebooks().resolve("reconciliation.ipynb"));
        assertTrue(nb.contains(NotebookFixtures.CONCEPT), "concept shown");
        assertTrue(nb.contains("139835"), "a source's value");
        Files.delete(ws.clean().resolve("reconciliation.csv"));
        NotebookExport.export(ws);
        assertFalse(Files.exists(ws.notebooks().resolve("reconciliation.ipynb")), "a notebook no longer produced is removed");
    }

    @Test
    void gulagNotebookSumsOnlyPrisonerCountsPerYearAsTheCsvGives() {
        GulagFigures f = GulagFigures.of(TestWorkspace.repository(), "1938");
        String nb = rendered().get("gulag.ipynb");
        assertTrue(f.camps() > 0 && f.exactSum() > 0, "the published file gives 1938 figures");
        assertTrue(nb.contains("For 1938 " + f.exactCamps() + " camps give " + String.format(java.util.Locale.ROOT, "%,d", f.exactSum())
                + " in all"), "finding states the 1938 sum and camp count");
        assertTrue(GulagFigures.squeezed(nb).contains(" " + f.tableRow() + "\\n"), "pre-filled per-year row " + f.tableRow());
        assertTrue(nb.contains("https://github.com/urbica/gulag-admin/blob/"), "source url from sources.csv");
        assertTrue(nb.contains("`memorial-sistema-itl-1998`"), "the cited reference book");
        assertTrue(nb.contains("does not say at what date of the year"), "date caveat");
        assertTrue(nb.contains("is not the Gulag's total"), "coverage caveat");
        assertTrue(nb.contains("read_csv(\\\"gulag_camp_population.csv\\\")"), "loads the published csv as text");
        assertTrue(nb.contains("image/png"), "chart embedded");
        // planned, establishment and averaged figures are listed apart, never summed
        assertTrue(nb.contains("prisoners_planned"), "other measures shown among the rows left out");
    }

    @Test
    void gulagNotebookAppearsOnlyWhenTheCampTablesArePublished(@TempDir Path tmp) throws IOException {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        Files.delete(ws.clean().resolve("gulag_camp_population.csv"));
        NotebookExport.export(ws);
        assertFalse(Files.exists(ws.notebooks().resolve("gulag.ipynb")), "no camp figures, no gulag notebook");
    }
}
