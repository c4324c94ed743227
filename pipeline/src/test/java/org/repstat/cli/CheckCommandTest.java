package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;

/** {@code repstat check}'s console: short by default, filtered on request, outcome before severity, JSON for scripts. */
class CheckCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void copy() {
        TestWorkspace.copyOfDatasets(dir);
    }

    static CliRun.Result check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--home";
        all[args.length + 2] = dir.toString();
        return CliRun.run(all);
    }

    @Test
    void aPlainCheckIsOneLinePerCheckThatIsNotAPass() {
        CliRun.Result r = check();
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("checks: 76 definitions, 989 results: 898 pass, 80 warn, 11 explained, 0 fail\n"), r.out());
        assertTrue(r.out().lines().count() < 40, r.out());
        assertTrue(r.out().contains("  warn         10 results  convictions-rows-sum"), r.out());
        assertTrue(r.out().contains("error check; a registered disagreement whose reason is not yet known"), r.out());
        assertFalse(r.out().matches("(?s).*WARN +error.*"), "no 'WARN error': " + r.out());
        assertTrue(r.err().lines().allMatch(l -> l.matches("\\[\\d/2] (check|answer)(: .* …| done \\(\\d+\\.\\d s\\))")), r.err());
    }

    @Test
    void statusAndTopicPrintTheChosenResultsInFull() {
        CliRun.Result r = check("--status", "warn", "--topic", "convictions");
        assertEquals(0, r.exitCode(), r.err());
        long shown = r.out().lines().filter(l -> l.startsWith("  WARN ")).count();
        assertTrue(r.out().contains("\n" + shown + " of 989 results shown\n"), r.out());
        assertEquals(20, shown, r.out()); // convictions-rows-sum 10, convictions-columns-sum 7, convictions-probable-misprints 3
        assertFalse(r.out().contains("EXPLAINED") || r.out().contains("gulag"), r.out());
        assertTrue(r.out().contains("  WARN       convictions-rows-sum — lewin-2005-appendix-fb2 / value / 1932 / 1932\n"
                + "             error check; a registered disagreement whose reason is not yet known; topic convictions\n"
                + "             observed 161919; expected 141919; difference 20000 (14.09%)\n"), r.out());
    }

    @Test
    void aMistypedTopicOrStatusPublishesNothing() {
        Map<String, String> before = TestWorkspace.digests(dir.resolve("datasets/clean"));
        CliRun.Result r = check("--topic", "convicitons");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("repstat: --topic: no check has topic 'convicitons' (topics: convictions, "), r.err());
        assertEquals(ExitCodes.BAD_INPUT, check("--status", "warning").exitCode());
        assertEquals(before, TestWorkspace.digests(dir.resolve("datasets/clean")));
    }

    @Test
    void quietSaysNothingAndJsonIsTheSummary() throws Exception {
        CliRun.Result quiet = check("--quiet");
        assertEquals(0, quiet.exitCode());
        assertEquals("", quiet.out() + quiet.err());
        CliRun.Result json = check("--json", "--quiet");
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertEquals(989, n.get("checks").get("results").asInt());
        assertEquals(80, n.get("checks").get("warn").asInt());
        assertFalse(n.get("fails_run").asBoolean());
        assertEquals(91, n.get("results").size());
        assertEquals("", json.err());
    }
}
