package org.repstat.diffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.ExternalProcess;
import org.repstat.TestWorkspace;
import org.repstat.cli.ExitCodes;

/**
 * {@code repstat diff} in a git repository holding a copy of the datasets: nothing changes until one raw figure
 * does, and then the diff names the observation, the size of the change, the answer-table cell and the check
 * outcomes it moves. The published tables of the copy are only ever read.
 */
class DiffCommandTest {

    @TempDir
    Path dir;

    void git(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=repstat test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ExternalProcess.Result r = ExternalProcess.run(dir, 60, command);
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void oneRawFigureChangedIsAChangeOfOneObservationItsAnswerCellAndTheChecksOnIt() throws Exception {
        TestWorkspace.copyOfDatasets(dir);
        git("init", "-q");
        git("add", "datasets", "pipeline");
        git("commit", "-q", "-m", "as published");
        Map<String, String> published = TestWorkspace.digests(dir.resolve("datasets/clean"));

        CliRun.Result same = CliRun.run("diff", "--home", dir.toString(), "--quiet");
        assertEquals(ExitCodes.OK, same.exitCode(), same.out() + same.err());

        // the certificate's 1937 death sentences, one digit different
        TestWorkspace.replaceInFile(dir.resolve("datasets/raw/lewin-2005-appendix-fb2/table.csv"), "\n1937,790665,353074,", "\n1937,790665,353084,");
        CliRun.Result changed = CliRun.run("diff", "--home", dir.toString(), "--json", "--quiet");
        assertEquals(ExitCodes.CHECK_ERRORS, changed.exitCode(), changed.err());
        JsonNode d = new ObjectMapper().readTree(changed.out());
        assertTrue(d.get("changed").asBoolean());
        JsonNode observations = table(d, "observations");
        assertEquals(1, observations.get("changed").size(), observations.toString());
        JsonNode row = observations.get("changed").get(0);
        assertEquals("lewin-2005-appendix-fb2:1937-death-sentences", row.get("key").asText());
        JsonNode value = cell(row, "value");
        assertEquals("353074", value.get("before").asText());
        assertEquals("353084", value.get("after").asText());
        assertEquals(10, value.get("difference").asInt());
        assertEquals("0.0028", value.get("relative_difference").asText());

        JsonNode convictions = table(d, "convictions_1921_1953");
        JsonNode year = null;
        for (JsonNode r : convictions.get("changed")) {
            if (r.get("key").asText().equals("period_start=1937; period_end=1937")) {
                year = r;
            }
        }
        assertEquals("353084", cell(year, "death_sentences").get("after").asText());

        JsonNode rowsSum = null;
        for (JsonNode r : table(d, "checks").get("changed")) {
            if (r.get("key").asText().equals("check_id=convictions-rows-sum; subject=lewin-2005-appendix-fb2 / value / 1937 / 1937")) {
                rowsSum = r;
            }
        }
        assertEquals("pass", cell(rowsSum, "status").get("before").asText());
        assertEquals("fail", cell(rowsSum, "status").get("after").asText());

        CliRun.Result text = CliRun.run("diff", "--home", dir.toString(), "--quiet", "--last-run");
        assertEquals(ExitCodes.CHECK_ERRORS, text.exitCode());
        CliRun.Result shown = CliRun.run("diff", "HEAD", "--home", dir.toString());
        assertTrue(shown.out().contains("  ~ lewin-2005-appendix-fb2:1937-death-sentences\n      value: '353074' → '353084' (+10; +0.0028%)\n"), shown.out());
        assertTrue(shown.out().contains("    pass → fail  check_id=convictions-rows-sum; subject=lewin-2005-appendix-fb2 / value / 1937 / 1937\n"), shown.out());
        assertTrue(shown.err().contains("[4/4] answer done"), shown.err());

        assertEquals(published, TestWorkspace.digests(dir.resolve("datasets/clean")), "diff never writes the published tables");
        assertTrue(!Files.exists(dir.resolve("target/repstat/diff")) || Files.list(dir.resolve("target/repstat/diff")).findAny().isEmpty(),
                "the work copy is removed");
    }

    @Test
    void aRevisionGitDoesNotKnowIsBadInput() {
        TestWorkspace.copyOfDatasets(dir);
        CliRun.Result noRepo = CliRun.run("diff", "--home", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, noRepo.exitCode());
        assertTrue(noRepo.err().contains("expected a git repository"), noRepo.err());
        git("init", "-q");
        git("add", "datasets");
        git("commit", "-q", "-m", "x");
        CliRun.Result r = CliRun.run("diff", "no-such-rev", "--home", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("expected a git revision (a commit, branch or tag), found 'no-such-rev'"), r.err());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("diff", "HEAD", "--last-run", "--home", dir.toString()).exitCode());
    }

    static JsonNode table(JsonNode diff, String name) {
        for (JsonNode t : diff.get("tables")) {
            if (t.get("table").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no change to " + name + " in " + diff);
    }

    static JsonNode cell(JsonNode row, String column) {
        for (JsonNode c : row.get("cells")) {
            if (c.get("column").asText().equals(column)) {
                return c;
            }
        }
        throw new AssertionError("no change to " + column + " in " + row);
    }
}
