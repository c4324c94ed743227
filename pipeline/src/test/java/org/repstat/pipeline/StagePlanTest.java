package org.repstat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cli.ExitCodes;

/** The declared pipeline (pipeline/stages.yaml) against the stages the code implements and the CLI's commands. */
class StagePlanTest {

    @Test
    void theDeclaredStagesAreTheImplementedOnesInDependencyOrder() {
        StagePlan plan = StagePlan.read(TestWorkspace.repository().home(), Stages.IDS);
        assertEquals(List.of("import", "publish", "check", "answer", "chart", "report", "export"),
                plan.stages().stream().map(StagePlan.Stage::id).toList());
        assertEquals(List.of("import", "check", "report", "notebooks"), plan.commands());
        for (StagePlan.Stage s : plan.stages()) {
            assertTrue(!s.does().isEmpty() && !s.reads().isEmpty(), s.id() + " declares what it does and reads");
            for (String w : s.writes()) {
                if (w.startsWith("tables:")) {
                    assertTrue(Catalog.GROUPS.contains(w.substring(7)), s.id() + " writes an unknown group " + w);
                }
            }
        }
    }

    @Test
    void everyTableGroupIsWrittenByExactlyOneStage() {
        StagePlan plan = StagePlan.read(TestWorkspace.repository().home(), Stages.IDS);
        for (String group : Catalog.GROUPS) {
            long writers = plan.stages().stream().filter(s -> s.writes().contains("tables:" + group)).count();
            assertEquals(1, writers, group);
        }
    }

    @Test
    void aStageTheCodeDoesNotImplementIsRefusedAtItsLine(@TempDir Path tmp) {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        int line = lineOf(ws.home().resolve(StagePlan.FILE), "  - id: answer");
        TestWorkspace.replaceInFile(ws.home().resolve(StagePlan.FILE), "  - id: answer", "  - id: anwser");
        CliRun.Result r = CliRun.run("run", "--home", ws.home().toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("stages.yaml:" + line + ": column 9 (id): expected a stage the pipeline implements"), r.err());
    }

    private static int lineOf(Path file, String text) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
            int i = lines.indexOf(text);
            assertTrue(i >= 0, text);
            return i + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aStageListedBeforeWhatItNeedsIsRefused(@TempDir Path tmp) {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        TestWorkspace.replaceInFile(ws.home().resolve(StagePlan.FILE), "after: [import]", "after: [check]");
        CliRun.Result r = CliRun.run("import", "--home", ws.home().toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("expected stages declared above this one, found 'check'"), r.err());
    }
}
