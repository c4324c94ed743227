package org.repstat.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cli.ExitCodes;
import org.repstat.cli.RepstatCommand;
import org.repstat.importing.gulag.GulagCampImport;

/** The camps map from the CLI: the year option, the points it draws, and identical bytes on a second run. */
class GulagChartsTest {

    @TempDir
    Path dir;

    @Test
    void mapPointsFor1938AreTheCampsOpenThatYear() {
        var points = GulagCharts.mapPoints(GulagCampImport.run(TestWorkspace.repository()), 1938);
        assertEquals(60, points.size());
        assertEquals(55, points.stream().filter(p -> p.value() != null).count());
        var dallag = points.stream().filter(p -> p.camp().id() == 2).findFirst().orElseThrow(); // Дальневосточный ИТЛ
        assertEquals(100875L, dallag.value());
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // draws two 13,000-point maps (about 10 s)
    void campsMapCommandDrawsTheYearAskedForWithTheSameBytesTwice() {
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        assertEquals(ExitCodes.OK, RepstatCommand.execute("chart", "camps-map", "--year", "1942", "--home", dir.toString()));
        Map<String, String> first = TestWorkspace.digests(ws.reports());
        assertEquals(List.of("charts/gulag-camps-map-1942.png", "charts/gulag-camps-map-1942.svg"), List.copyOf(first.keySet()));
        assertEquals(ExitCodes.OK, RepstatCommand.execute("chart", "camps-map", "--year", "1942", "--home", dir.toString()));
        assertEquals(first, TestWorkspace.digests(ws.reports()));
        assertTrue(RepstatCommand.execute("chart", "camps-map", "--year", "1970", "--home", dir.toString()) == ExitCodes.BAD_INPUT);
    }
}
