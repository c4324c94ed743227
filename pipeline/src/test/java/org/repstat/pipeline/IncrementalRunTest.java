package org.repstat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * An incremental {@code repstat run} is only worth having if it never lies. On one copy of the repository, in
 * order: a run from nothing; a run with nothing changed, which redoes nothing and touches no file; outputs deleted
 * or corrupted, which are rebuilt to the very bytes; one raw value changed, which redoes what depends on it, leaves
 * every other published file untouched, redraws only the figures that read it, and gives exactly the bytes of a
 * forced run from scratch; a colour changed, which redoes only the drawing stages; and a stage that reads a file
 * its declaration does not name, which is a bug (exit 3), not a silent stale output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRunTest {

    private static final Set<String> ALL = Set.of("import", "publish", "check", "answer", "chart", "report", "export");
    private static final Pattern STAGE_LINE = Pattern.compile("\\[\\d+/7] (\\w+)(?:: .*? …)? (done|up to date)");
    private static final Pattern DREW = Pattern.compile("drew (\\d+) figures?, (\\d+) unchanged from the chart cache");

    @TempDir
    static Path dir;
    private Workspace ws;
    private Map<String, String> cold;
    private String coldSummary;

    @BeforeAll
    void runFromNothing() throws IOException {
        ws = TestWorkspace.copyOfDatasets(dir);
        try (Stream<Path> files = Files.list(ws.clean())) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        CliRun.Result r = run();
        assertEquals(ALL, stages(r, "done"), r.err());
        cold = published();
        coldSummary = r.out();
    }

    @Test
    @Order(1)
    void aRunWithNothingChangedRedoesNothingAndTouchesNoFile() {
        Map<String, FileTime> before = times();
        CliRun.Result r = run();
        assertEquals(ALL, stages(r, "up to date"), r.err());
        assertEquals(coldSummary, r.out(), "a skipped run tells its user what the run that did the work told");
        assertEquals(cold, published());
        assertEquals(before, times(), "a run with nothing to do rewrote a file");
    }

    @Test
    @Order(2)
    void deletedOrCorruptedOutputsAreRebuiltToTheSameBytes() throws IOException {
        Files.delete(ws.reports().resolve("index.html"));
        Files.write(ws.reports().resolve("charts/red-army-purge.png"), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        TestWorkspace.replaceInFile(ws.clean().resolve("checks.csv"), ",pass,", ",fail,");
        CliRun.Result r = run();
        assertEquals(Set.of("check", "chart", "report"), stages(r, "done"), r.err());
        assertEquals(cold, published());
    }

    @Test
    @Order(3)
    void aChangedRawValueRedoesWhatReadsItAndGivesTheBytesOfARunFromScratch() {
        Map<String, FileTime> before = times();
        TestWorkspace.replaceInFile(ws.raw().resolve("whitewood-2015/observations.csv"),
                "1938-11,10000,nearly,,,persons,\"nearly 10,000\"", "1938-11,11000,nearly,,,persons,\"nearly 11,000\"");
        CliRun.Result r = run();
        assertEquals(ALL, stages(r, "done"), r.err());
        int[] drew = drew(r);
        assertTrue(drew[0] >= 1 && drew[1] >= 1, "expected some figures redrawn and some reused: " + r.err());
        Map<String, String> incremental = published();
        Set<String> changed = changed(cold, incremental);
        assertTrue(changed.contains("datasets/clean/observations.csv"), changed.toString());
        assertTrue(changed.contains("reports/charts/red-army-purge.svg"), changed.toString());
        assertFalse(changed.contains("reports/charts/gulag-camps-map-1938.svg"), changed.toString());
        assertFalse(changed.contains("datasets/clean/gulag_camps.csv"), changed.toString());
        Map<String, FileTime> after = times();
        for (String f : incremental.keySet()) {
            if (!changed.contains(f) && before.containsKey(f)) {
                assertEquals(before.get(f), after.get(f), f + " has the same bytes but was rewritten");
            }
        }
        CliRun.Result forced = CliRun.run("run", "--force", "--home", ws.home().toString());
        assertEquals(ALL, stages(forced, "done"), forced.err());
        assertEquals(0, drew(forced)[1], "a forced run trusts no cached drawing");
        assertEquals(incremental, published(), "the incremental run's outputs differ from a run from scratch");
        assertEquals(r.out(), forced.out());
    }

    @Test
    @Order(4)
    void aChangedColourRedoesOnlyTheStagesThatDraw() {
        TestWorkspace.replaceInFile(ws.datasets().resolve("topics/colours.csv"), "arrested,#E69F00", "arrested,#D55E00");
        Map<String, String> before = published();
        CliRun.Result r = run();
        assertEquals(Set.of("chart", "report", "export"), stages(r, "done"), r.err());
        assertEquals(Set.of("import", "publish", "check", "answer"), stages(r, "up to date"), r.err());
        Set<String> changed = changed(before, published());
        assertTrue(changed.contains("reports/charts/red-army-purge.png"), changed.toString());
        assertTrue(changed.stream().noneMatch(f -> f.startsWith("datasets/") && !f.equals("datasets/clean/.generation")), changed.toString());
    }

    @Test
    @Order(5)
    void aStageThatReadsAnUndeclaredFileIsABugNotAStaleOutput() {
        TestWorkspace.replaceInFile(ws.home().resolve("pipeline/stages.yaml"),
                "reads: [datasets/topics/*.yaml, datasets/topics/colours.csv, tables:curated, tables:sources, tables:checks, tables:answers, datasets/raw/natural-earth",
                "reads: [datasets/topics/*.yaml, tables:curated, tables:sources, tables:checks, tables:answers, datasets/raw/natural-earth");
        Map<String, String> before = published();
        CliRun.Result r = CliRun.run("run", "--home", ws.home().toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("stage 'chart' read " + ws.datasets().resolve("topics/colours.csv")), r.err());
        assertEquals(before, published(), "a failed run published something");
    }

    private CliRun.Result run() {
        CliRun.Result r = CliRun.run("run", "--home", ws.home().toString());
        assertNotEquals(3, r.exitCode(), r.err());
        return r;
    }

    private static Set<String> stages(CliRun.Result r, String outcome) {
        Set<String> out = new TreeSet<>();
        Matcher m = STAGE_LINE.matcher(r.err());
        while (m.find()) {
            if (m.group(2).equals(outcome)) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static int[] drew(CliRun.Result r) {
        Matcher m = DREW.matcher(r.err());
        assertTrue(m.find(), r.err());
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static Set<String> changed(Map<String, String> a, Map<String, String> b) {
        Set<String> out = new TreeSet<>();
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(a.get(k), b.get(k))) {
                out.add(k);
            }
        }
        return out;
    }

    private Map<String, String> published() {
        Map<String, String> all = new TreeMap<>();
        TestWorkspace.digests(ws.clean()).forEach((k, v) -> all.put("datasets/clean/" + k, v));
        TestWorkspace.digests(ws.reports()).forEach((k, v) -> all.put("reports/" + k, v));
        TestWorkspace.digests(ws.notebooks()).forEach((k, v) -> all.put("notebooks-export/" + k, v));
        return all;
    }

    private Map<String, FileTime> times() {
        Map<String, FileTime> out = new TreeMap<>();
        for (String rel : published().keySet()) {
            try {
                out.put(rel, Files.getLastModifiedTime(ws.home().resolve(rel)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
