package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * The published files are a function of the inputs: {@code repstat run} from nothing published gives exactly the
 * committed tables, report and notebooks, and a second run, forced to redo every stage, changes no byte.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    static Map<String, String> published(Workspace ws) {
        Map<String, String> all = new TreeMap<>();
        TestWorkspace.digests(ws.clean()).forEach((k, v) -> all.put("datasets/clean/" + k, v));
        TestWorkspace.digests(ws.reports()).forEach((k, v) -> all.put("reports/" + k, v));
        TestWorkspace.digests(ws.notebooks()).forEach((k, v) -> all.put("notebooks-export/" + k, v));
        return all;
    }

    @Test
    void twoRunsFromScratchGiveTheCommittedBytes() throws Exception {
        Workspace repo = TestWorkspace.repository();
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        Map<String, String> committed = new TreeMap<>();
        TestWorkspace.digests(repo.clean()).forEach((k, v) -> committed.put("datasets/clean/" + k, v));
        TestWorkspace.digests(repo.reports()).forEach((k, v) -> committed.put("reports/" + k, v));
        TestWorkspace.digests(repo.notebooks()).forEach((k, v) -> committed.put("notebooks-export/" + k, v));
        committed.keySet().removeIf(k -> k.equals("reports/benchmarks.md"));
        try (Stream<Path> files = Files.list(ws.clean())) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        assertEquals(ExitCodes.OK, CliRun.run("run", "--home", ws.home().toString()).exitCode());
        Map<String, String> first = published(ws);
        assertEquals(ExitCodes.OK, CliRun.run("run", "--force", "--home", ws.home().toString()).exitCode());
        assertEquals(first, published(ws), "a second run changed published bytes");
        assertEquals(committed, first, "the repository's published files are not what the pipeline regenerates");
    }
}
