package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.BadInput;
import org.repstat.ChildJvm;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.io.PublishTransaction;

/**
 * {@code kill -9} during {@code repstat run}, at many points: while the stages work, and inside the switch itself
 * (slowed down so that kills land between its renames). After the next command's recovery the published set —
 * clean tables, codebook, report, charts, notebooks — must be entirely the old generation or entirely the new one:
 * every file's hash the one its manifest lists, and the manifest one of the two generations'.
 */
@Tag("slow")
class KillDuringRunTest {

    @TempDir
    Path tmp;

    /** Milliseconds before each file operation of the switch, so that a kill can land inside it. */
    static final long PAUSE = 40;
    /** Every run of the test gets it (a repstat.* property is part of the code version the lists' counts are kept for). */
    static final List<String> SLOW_SWITCH = List.of("-Drepstat.publish.stepPauseMillis=" + PAUSE);

    private static void copy(Path from, Path to) {
        // target/repstat/kinds: the lists' counts a working copy keeps between runs, so that each killed run spends its
        // time on the stages and the switch rather than on counting 58,000 people again
        for (String part : List.of("datasets", "pipeline", "reports", "notebooks-export", "target/repstat/kinds")) {
            if (Files.exists(from.resolve(part))) {
                TestWorkspace.copyTree(from.resolve(part), to.resolve(part));
            }
        }
    }

    /** An input change that reaches the tables, the report, a chart and the notebooks. */
    private static void change(Path home) {
        TestWorkspace.replaceInFile(home.resolve("datasets/topics/convictions.yaml"),
                "title: Convictions by year and penalty, 1921–1953", "title: Convictions by year and penalty, 1921–1953 (second edition)");
        TestWorkspace.replaceInFile(home.resolve("datasets/raw/sources.csv"), "The Great Terror", "The Great Terror (revised)");
    }

    @Test
    void aKilledRunLeavesOneWholeGeneration() throws IOException, InterruptedException {
        Path old = tmp.resolve("old");
        copy(TestWorkspace.repository().home(), old);
        assertEquals(0, ChildJvm.run(SLOW_SWITCH, tmp.resolve("old.log"), 600, "run", "--home", old.toString()), ChildJvm.read(tmp.resolve("old.log")));
        Map<String, String> oldSet = BadInput.published(new Workspace(old));
        change(old); // the inputs of the next run; the published set is still the old one

        Path next = tmp.resolve("new");
        copy(old, next);
        long start = System.nanoTime();
        assertEquals(0, ChildJvm.run(SLOW_SWITCH, tmp.resolve("new.log"), 600, "run", "--home", next.toString()));
        long runMillis = (System.nanoTime() - start) / 1_000_000;
        Map<String, String> newSet = BadInput.published(new Workspace(next));
        assertNotEquals(oldSet, newSet);
        long changed = newSet.entrySet().stream().filter(e -> !e.getValue().equals(oldSet.get(e.getKey()))).count();
        assertTrue(changed >= 5, "the change must reach several published files, reached " + changed);

        List<String> points = new ArrayList<>();
        // kills while the stages work: at fractions of a whole run
        for (double f : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            points.add("stages:" + Math.round(f * runMillis));
        }
        // kills after the last stage, while the new set is hashed and its manifest written (before the commit point)
        for (long d : new long[] {0, 60}) {
            points.add("staged:" + d);
        }
        // kills inside the switch: from the moment its journal exists, into the (slowed) renames and past their end
        long switchMillis = PAUSE * (2 * changed + 2);
        for (int i = 0; i <= 7; i++) {
            points.add("switch:" + Math.round(i * switchMillis / 6.0));
        }

        int inconsistent = 0;
        int old0 = 0;
        int new1 = 0;
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Path home = tmp.resolve("kill-" + i);
            copy(old, home);
            Path log = tmp.resolve("kill-" + i + ".log");
            Process p = ChildJvm.start(SLOW_SWITCH, log, "run", "--home", home.toString());
            String[] point = points.get(i).split(":");
            if (point[0].equals("staged")) {
                while (p.isAlive() && !ChildJvm.read(log).matches("(?s).*\\[7/7\\] export[^\\n]*done.*")) {
                    Thread.sleep(5);
                }
            } else if (point[0].equals("switch")) {
                Path journal = home.resolve(PublishTransaction.DIR).resolve("journal");
                while (p.isAlive() && !Files.exists(journal)) {
                    Thread.sleep(1);
                }
            }
            Thread.sleep(Long.parseLong(point[1]));
            boolean killed = p.isAlive();
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            p.waitFor(60, TimeUnit.SECONDS);

            PublishTransaction.recover(home); // what every command does first
            Map<String, String> now = BadInput.published(new Workspace(home));
            boolean consistent = PublishTransaction.verify(home).isEmpty() && (now.equals(oldSet) || now.equals(newSet));
            String outcome = points.get(i) + (killed ? " killed" : " (already done)") + " → "
                    + (!consistent ? "MIXED " + PublishTransaction.verify(home) : now.equals(oldSet) ? "old" : "new");
            outcomes.add(outcome);
            if (!consistent) {
                inconsistent++;
            } else if (now.equals(oldSet)) {
                old0++;
            } else {
                new1++;
            }
        }
        System.out.println("kill points: " + points.size() + ", old " + old0 + ", new " + new1 + ", inconsistent " + inconsistent
                + "\n  " + String.join("\n  ", outcomes));
        assertEquals(0, inconsistent, String.join("\n", outcomes));
        assertTrue(old0 > 0 && new1 > 0, "the kills must land both before and after the commit point:\n" + String.join("\n", outcomes));
    }
}
