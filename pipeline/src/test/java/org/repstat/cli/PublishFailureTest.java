package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.BadInput;
import org.repstat.CliRun;
import org.repstat.Workspace;
import org.repstat.io.PublishTransaction;

/**
 * Issue 17, item 5, as reported: an immutable row_accounts.csv made the publish fail after observations.csv had
 * been replaced, so the published tables disagreed. Now the switch is undone: exit 3 with the file named, no stack
 * trace, and every published file as it was. Needs chattr and the right to use it (root on ext4 or overlayfs).
 */
class PublishFailureTest {

    @TempDir
    Path dir;

    private static boolean chattr(String flag, Path file) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aFileThatCannotBeReplacedUndoesTheWholeSwitch() throws Exception {
        Workspace ws = BadInput.copyOfRepository(dir);
        Path accounts = ws.clean().resolve("row_accounts.csv");
        assumeTrue(chattr("+i", accounts), "chattr +i is not available here");
        try {
            // one more row: observations.csv changes (and is switched first), and so does row_accounts.csv
            Path obs = ws.raw().resolve("whitewood-2015/observations.csv");
            List<String> lines = new ArrayList<>(Files.readAllLines(obs));
            lines.add(3, lines.get(2).replace("whitewood-2015:mass-ops-executed,", "whitewood-2015:mass-ops-executed-again,"));
            Files.write(obs, lines);
            Map<String, String> before = BadInput.published(ws);

            CliRun.Result r = CliRun.run("import", "--home", dir.toString());
            assertEquals(3, r.exitCode(), r.err());
            assertTrue(r.err().contains("repstat: cannot read or write a file (the published files are as they were): " + accounts
                    + " → "), r.err());
            assertTrue(r.err().contains("Operation not permitted"), r.err());
            BadInput.assertNoStackTrace(r.err());
            assertEquals(before, BadInput.published(ws), "observations.csv must be the old one again");
            assertEquals(List.of(), PublishTransaction.verify(ws.home()));
        } finally {
            chattr("-i", accounts);
        }
    }
}
