package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/** The same inputs give byte-identical published files, and the committed ones are what a run regenerates. */
class DeterminismTest {

    @TempDir
    Path dir;

    private void importAndCheck(Workspace ws) {
        assertEquals(ExitCodes.OK, CliRun.run("import", "--home", ws.home().toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRun.run("check", "--home", ws.home().toString()).exitCode());
    }

    @Test
    void twoRunsFromScratchGiveTheCommittedBytes() throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        Map<String, String> committed = TestWorkspace.digests(ws.clean());
        try (Stream<Path> files = Files.list(ws.clean())) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        importAndCheck(ws);
        Map<String, String> first = TestWorkspace.digests(ws.clean());
        importAndCheck(ws);
        assertEquals(first, TestWorkspace.digests(ws.clean()), "a second run changed published bytes");
        assertEquals(committed, first, "datasets/clean/ in the repository is not what the pipeline regenerates");
        try (Stream<Path> files = Files.list(ws.clean())) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "a temporary file was left");
        }
    }
}
