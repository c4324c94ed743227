package org.repstat.diffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.ChildJvm;
import org.repstat.ExternalProcess;
import org.repstat.TestWorkspace;
import org.repstat.importing.ExternalFiles;

/**
 * {@code repstat diff} as an analyst runs it: no {@code REPSTAT_SOURCES}, Memorial's lists in {@code ../shared/sources}
 * beside the repository. The diff regenerates the tables in a work copy under {@code target/}, and must still read the
 * lists beside the repository, not beside its copy (it once did the latter, and every real diff stopped with exit 2;
 * the in-JVM tests, which run with the variable set, could not see it).
 */
@Tag("slow")
class DiffFindsTheSourcesBesideTheRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aDiffWithoutTheVariableReadsTheListsBesideTheRepository() throws Exception {
        Path repo = dir.resolve("repo");
        TestWorkspace.copyOfDatasets(repo);
        Path sources = ExternalFiles.root(TestWorkspace.repository().home());
        Files.createDirectories(dir.resolve("shared"));
        Files.createSymbolicLink(dir.resolve("shared/sources"), sources);
        for (List<String> git : List.of(List.of("init", "-q"), List.of("add", "datasets", "pipeline"), List.of("commit", "-q", "-m", "as published"))) {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=repstat test", "-c",
                    "user.email=test@example.org", "-c", "commit.gpgsign=false"));
            command.addAll(git);
            assertEquals(0, ExternalProcess.run(repo, 60, command).exitCode());
        }
        Path log = dir.resolve("diff.log");
        int exit = ChildJvm.run(List.of(), List.of(ExternalFiles.ROOT_VARIABLE), log, 600, "diff", "--home", repo.toString());
        String out = ChildJvm.read(log);
        assertEquals(0, exit, out);
        assertTrue(out.contains("tables compared: nothing would change"), out);
    }
}
