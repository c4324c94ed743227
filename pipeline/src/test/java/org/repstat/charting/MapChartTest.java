package org.repstat.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cli.ExitCodes;
import org.repstat.pipeline.PipelineRun;
import org.repstat.topics.TopicSpec;

/** The map kind: its size classes, the camps map it draws from the published tables, and the chart command. */
class MapChartTest {

    @TempDir
    Path dir;

    @Test
    void sizeClassesAreNamedByTheirLimits() {
        List<Long> limits = List.of(5_000L, 20_000L, 50_000L);
        assertEquals(List.of("under 5,000", "5,000–19,999", "20,000–49,999", "50,000 or more"), MapDrawing.classLabels(limits));
        assertEquals(0, MapDrawing.classOf(4_999, limits));
        assertEquals(1, MapDrawing.classOf(5_000, limits));
        assertEquals(3, MapDrawing.classOf(200_907, limits));
    }

    @Test
    void theCampsMapOf1938DrawsEveryCampAtItsPlaceAndCitesTheCellsTheOutlineAndTheBook() {
        Workspace ws = TestWorkspace.repository();
        var ctx = new PipelineRun(ws).context();
        TopicSpec gulag = ctx.topics().stream().filter(t -> t.id().equals("gulag")).findFirst().orElseThrow();
        ChartData data = new ChartData(ctx.reader(), Palette.read(ws.datasets().resolve("topics/colours.csv")), ws.home());
        Figure map = FigureBuilder.build(List.of(gulag), data).stream().filter(f -> f.id().equals("gulag-camps-map-1938")).findFirst().orElseThrow();
        assertEquals(60, map.table().rows().size());
        assertEquals(5, map.table().rows().stream().filter(r -> r.contains("no figure")).count());
        assertTrue(map.cited().contains(new Figure.Cited("gulag_camp_prisoners_by_year:2:1938", "urbica-gulag-admin-2017", "line=8; column=75")),
                "Dallag's 1938 count, at its cell");
        assertTrue(map.cited().stream().anyMatch(c -> c.sourceId().equals("natural-earth-world-atlas-2-0-2")), "the outline");
        assertTrue(map.cited().stream().anyMatch(c -> c.sourceId().equals("memorial-sistema-itl-1998")), "the book the file cites");
        assertTrue(map.alt().startsWith("Map of 60 points"), map.alt());
        assertEquals("In 1938 the camps file has 60 camps open at a known place, 55 of them with a prisoner count; 63% of the "
                + "prisoners counted were held east of the Urals (east of 60°E)", map.title());
    }

    @Test
    @Tag("slow") // draws the 13,000-point map twice
    void chartCommandDrawsTheMapWithTheSameBytesTwice() {
        Workspace ws = TestWorkspace.repository();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(ExitCodes.OK, CliRun.run("chart", "gulag-camps-map-1938", "--out", first.toString(), "--home", ws.home().toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRun.run("chart", "gulag-camps-map-1938", "--out", second.toString(), "--home", ws.home().toString()).exitCode());
        Map<String, String> a = TestWorkspace.digests(first);
        assertEquals(List.of("gulag-camps-map-1938.png", "gulag-camps-map-1938.svg"), List.copyOf(a.keySet()));
        assertEquals(a, TestWorkspace.digests(second));
        assertNotEquals(ExitCodes.OK, CliRun.run("chart", "gulag-camps-map-1970", "--out", first.toString(), "--home", ws.home().toString()).exitCode());
    }
}
