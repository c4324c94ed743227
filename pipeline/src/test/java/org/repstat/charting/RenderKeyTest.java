package org.repstat.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.pipeline.PipelineRun;
import org.repstat.published.PublishedReader;

/**
 * The chart cache reuses a drawing only when the figure's render key is unchanged, so the key must change with
 * every cell a figure draws from and with nothing else: built twice from the same tables, every figure has the same
 * key; one cell of one observation changed, exactly the figures that read that row get a new key.
 */
class RenderKeyTest {

    @TempDir
    Path dir;

    private static Map<String, String> keys(Workspace ws) {
        PipelineRun run = new PipelineRun(ws);
        ChartData data = new ChartData(PublishedReader.strict(ws.clean(), run.context().catalog().all()),
                Palette.read(ws.datasets().resolve("topics/colours.csv")), ws.home());
        Map<String, String> out = new TreeMap<>();
        for (FigureBuilder.Traced t : FigureBuilder.traced(run.context().topics(), data)) {
            out.put(t.figure().id(), t.renderKey());
        }
        return out;
    }

    @Test
    void keysAreStableAndChangeOnlyForTheFiguresThatReadAChangedCell() {
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        Map<String, String> before = keys(ws);
        assertEquals(before, keys(ws), "two builds from the same tables gave different render keys");
        before.forEach((id, key) -> assertNotNull(key, id + " read the tables unwatched: it could never be reused"));
        assertEquals(25, before.size()); // 22 figures and the victims' records topic's three

        // Whitewood's "nearly 10,000" arrested commanders, as published: only the Red Army figure and the
        // reconciliation of that measure draw it.
        TestWorkspace.replaceInFile(ws.clean().resolve("observations.csv"), "nearly 10,000", "nearly 10,001");
        Map<String, String> after = keys(ws);
        Set<String> changed = new TreeSet<>();
        before.forEach((id, key) -> {
            if (!key.equals(after.get(id))) {
                changed.add(id);
            }
        });
        assertTrue(changed.contains("red-army-purge"), changed.toString());
        assertTrue(!changed.contains("gulag-camps-map-1938") && !changed.contains("convictions-by-year"), changed.toString());
        assertTrue(changed.size() < before.size() / 2, changed.toString());
    }

    @Test
    void aBuildThatReadsTheTablesUnwatchedHasNoKey() {
        Workspace ws = TestWorkspace.repository();
        PipelineRun run = new PipelineRun(ws);
        ChartData data = new ChartData(PublishedReader.strict(ws.clean(), run.context().catalog().all()),
                Palette.read(ws.datasets().resolve("topics/colours.csv")), ws.home());
        FigureTrace trace = new FigureTrace("test");
        data.watch(trace);
        data.reader().read("observations");
        data.unwatch();
        assertNull(trace.key());
    }
}
