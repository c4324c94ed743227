package org.repstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;

/**
 * The publish transaction stopped at every one of its file operations, by a crash (the process dies: nothing of
 * the transaction's own code runs after it) or by an I/O error (a file that cannot be replaced): after the next
 * command's recovery, the published set is always one whole generation, old or new, and its manifest says which.
 */
class PublishTransactionTest {

    static final List<String> OWNED = List.of("datasets/clean/*.csv", "datasets/README.md", "reports/*.html",
            "reports/charts/*", "notebooks-export/*.ipynb");

    @TempDir
    Path tmp;

    /** What a crash is to the code under test: nothing after it runs (an Error no catch of IOException stops). */
    static final class Crash extends Error {
        Crash() {
            super("simulated kill -9");
        }
    }

    @AfterEach
    void noHook() {
        PublishTransaction.step = op -> { };
    }

    private static void put(Path root, String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** A repository with a first generation published: five owned files and one the transaction must never touch. */
    private Path oldGeneration(Path home) throws IOException {
        Files.createDirectories(home);
        try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
            Path s = tx.root();
            put(s, "datasets/clean/observations.csv", "id,value\na,1\n");
            put(s, "datasets/clean/row_accounts.csv", "job,in\nimport,1\n");
            put(s, "datasets/clean/stale.csv", "x\n1\n");
            put(s, "datasets/README.md", "# codebook\n");
            put(s, "reports/index.html", "<p>old</p>\n");
            put(s, "reports/charts/a.png", "old png");
            put(s, "reports/charts/a.svg", "old svg");
            tx.commit();
        }
        put(home, "reports/benchmarks.md", "not published by the pipeline\n");
        put(home, "datasets/raw/input.csv", "raw\n");
        return home;
    }

    /** The second generation: changed, added and withdrawn files, and an unchanged one. */
    private static void newGeneration(Path stage) throws IOException {
        put(stage, "datasets/clean/observations.csv", "id,value\na,1\nb,2\n");
        put(stage, "datasets/clean/row_accounts.csv", "job,in\nimport,2\n");
        Files.delete(stage.resolve("datasets/clean/stale.csv"));
        put(stage, "datasets/clean/checks.csv", "check,status\nsum,pass\n");
        put(stage, "reports/index.html", "<p>new</p>\n");
        put(stage, "reports/charts/a.png", "new png");
        put(stage, "reports/charts/a.svg", "new svg");
        put(stage, "notebooks-export/index.ipynb", "{}\n");
    }

    /** Every file under home except the transaction's own folder, with its content. */
    private static Map<String, String> files(Path home) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(home)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = home.relativize(p).toString();
                if (!rel.startsWith("target/")) {
                    out.put(rel, Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    private Map<String, String> expectedNew;
    private Map<String, String> expectedOld;
    private List<String> steps;

    /** The two generations and the list of steps a full switch from one to the other takes. */
    private void prepare() throws IOException {
        Path home = oldGeneration(tmp.resolve("reference"));
        expectedOld = files(home);
        steps = new ArrayList<>();
        PublishTransaction.step = steps::add;
        try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
            newGeneration(tx.root());
            tx.commit();
        }
        PublishTransaction.step = op -> { };
        expectedNew = files(home);
        assertEquals(List.of(), PublishTransaction.verify(home));
    }

    private static void assertOneGeneration(Path home, Map<String, String> old, Map<String, String> next, String when) throws IOException {
        Map<String, String> now = files(home);
        if (!now.equals(old) && !now.equals(next)) {
            fail(when + ": the published set is a mix of generations: " + now.keySet());
        }
        assertEquals(List.of(), PublishTransaction.verify(home), when + ": a file is not what the manifest lists");
        try (Stream<Path> left = Files.list(home.resolve(PublishTransaction.DIR))) {
            assertEquals(List.of("lock"), left.map(p -> p.getFileName().toString()).toList(), when + ": recovery left work behind");
        }
    }

    @Test
    void aKillAtAnyStepLeavesOneWholeGenerationAfterRecovery() throws IOException {
        prepare();
        assertTrue(steps.size() >= 10, steps.toString());
        int old = 0;
        int next = 0;
        for (int k = 0; k < steps.size(); k++) {
            Path home = oldGeneration(tmp.resolve("kill-" + k));
            int stopAt = k;
            int[] seen = {0};
            PublishTransaction.step = op -> {
                if (seen[0]++ == stopAt) {
                    throw new Crash();
                }
            };
            try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
                newGeneration(tx.root());
                tx.commit();
                fail("no crash at step " + k);
            } catch (Crash expected) {
                // the process is dead; the lock dies with it
            }
            PublishTransaction.step = op -> { };
            PublishTransaction.recover(home);
            assertOneGeneration(home, expectedOld, expectedNew, "killed before '" + steps.get(k) + "'");
            if (files(home).equals(expectedOld)) {
                old++;
            } else {
                next++;
            }
        }
        assertEquals(1, old, "only a kill before the journal is written leaves the old generation");
        assertEquals(steps.size() - 1, next);
        System.out.println("publish switch: " + steps.size() + " kill points, " + old + " left the old generation, " + next
                + " the new one, 0 a mix: " + steps);
    }

    @Test
    void aKillDuringRecoveryIsRecoveredToo() throws IOException {
        prepare();
        int pairs = 0;
        for (int k = 1; k < steps.size(); k++) {
            for (int j = 0; j < steps.size() - k; j++) {
                Path home = oldGeneration(tmp.resolve("kill-" + k + "-" + j));
                int[] seen = {0};
                int stopAt = k;
                PublishTransaction.step = op -> {
                    if (seen[0]++ == stopAt) {
                        throw new Crash();
                    }
                };
                try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
                    newGeneration(tx.root());
                    tx.commit();
                } catch (Crash expected) {
                    // killed in the switch
                }
                int[] again = {0};
                int stopRecoveryAt = j;
                PublishTransaction.step = op -> {
                    if (again[0]++ == stopRecoveryAt) {
                        throw new Crash();
                    }
                };
                try {
                    PublishTransaction.recover(home);
                } catch (Crash expected) {
                    // killed while recovering
                }
                PublishTransaction.step = op -> { };
                PublishTransaction.recover(home);
                assertOneGeneration(home, expectedOld, expectedNew, "killed at step " + k + ", then in recovery at step " + j);
                pairs++;
            }
        }
        System.out.println("publish switch killed, then its recovery killed: " + pairs + " pairs, 0 a mix");
    }

    @Test
    void aFileThatCannotBeReplacedLeavesTheOldGenerationWhole() throws IOException {
        prepare();
        for (int k = 0; k < steps.size(); k++) {
            Path home = oldGeneration(tmp.resolve("fail-" + k));
            String failing = steps.get(k);
            PublishTransaction.step = op -> {
                if (op.equals(failing)) {
                    throw new java.nio.file.AccessDeniedException(op, null, "Operation not permitted (immutable)");
                }
            };
            try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
                newGeneration(tx.root());
                java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, tx::commit);
                assertTrue(e.getMessage().contains("Operation not permitted"), e.getMessage());
            }
            PublishTransaction.step = op -> { };
            assertEquals(expectedOld, files(home), "a failed '" + failing + "' must leave the old generation");
            assertOneGeneration(home, expectedOld, expectedOld, "failed at '" + failing + "'");
        }
    }

    @Test
    void nothingChangedMeansNothingTouched() throws IOException {
        Path home = oldGeneration(tmp.resolve("same"));
        Map<String, String> before = files(home);
        long stamp = Files.getLastModifiedTime(home.resolve("datasets/clean/observations.csv")).toMillis();
        steps = new ArrayList<>();
        PublishTransaction.step = steps::add;
        try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
            put(tx.root(), "datasets/clean/observations.csv", "id,value\na,1\n");
            tx.commit();
        }
        assertEquals(List.of(), steps, "an unchanged set needs no switch");
        assertEquals(before, files(home));
        assertEquals(stamp, Files.getLastModifiedTime(home.resolve("datasets/clean/observations.csv")).toMillis());
    }

    @Test
    void anAbandonedTransactionPublishesNothing() throws IOException {
        Path home = oldGeneration(tmp.resolve("abandoned"));
        Map<String, String> before = files(home);
        try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
            newGeneration(tx.root());
            // a stage failed: no commit
        }
        assertEquals(before, files(home));
        assertFalse(Files.exists(home.resolve(PublishTransaction.DIR).resolve("stage")));
    }

    @Test
    void aSecondPublisherIsToldToWait() throws IOException {
        Path home = oldGeneration(tmp.resolve("two"));
        try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
            InputException e = assertThrows(InputException.class, () -> PublishTransaction.begin(home, OWNED));
            assertTrue(e.getMessage().contains("another repstat command is publishing into this repository"), e.getMessage());
            PublishTransaction.recover(home); // a reader while one publishes: leaves it alone
            assertTrue(Files.isDirectory(tx.root()));
        }
    }

    @Test
    void aStageMayNotWriteWhatThePlanDoesNotDeclare() throws IOException {
        Path home = oldGeneration(tmp.resolve("undeclared"));
        try (PublishTransaction tx = PublishTransaction.begin(home, OWNED)) {
            put(tx.root(), "reports/secret.txt", "x");
            IllegalStateException e = assertThrows(IllegalStateException.class, tx::commit);
            assertTrue(e.getMessage().contains("reports/secret.txt"), e.getMessage());
        }
    }

    @Test
    void theManifestIsWhatSha256sumChecks() throws IOException {
        Path home = oldGeneration(tmp.resolve("manifest"));
        List<String> lines = Files.readAllLines(home.resolve(PublishTransaction.GENERATION));
        assertEquals(7, lines.size(), lines.toString());
        assertEquals(PublishFiles.sha256("<p>old</p>\n".getBytes(StandardCharsets.UTF_8)) + "  reports/index.html",
                lines.stream().filter(l -> l.endsWith("reports/index.html")).findFirst().orElseThrow());
        assertTrue(lines.stream().noneMatch(l -> l.contains("benchmarks.md") || l.contains(".generation")), lines.toString());
        TestWorkspace.digests(home); // readable
    }
}
