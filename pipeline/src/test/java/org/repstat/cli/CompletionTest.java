package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;

/** The bash completion script, installed as the README says, completes commands, options and option values. */
class CompletionTest {

    @TempDir
    Path tmp;

    /** What bash offers for {@code line} (the words typed so far, the last one being completed). */
    String complete(Path script, String line) throws Exception {
        String bash = "source " + script + " 2>/dev/null\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; read -r -a COMP_WORDS <<< \"$COMP_LINE\"\n"
                + "[[ \"$COMP_LINE\" == *' ' ]] && COMP_WORDS+=('')\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "_complete_repstat 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void bashCompletesCommandsOptionsAndValues() throws Exception {
        CliRun.Result r = CliRun.run("completion");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("complete -F _complete_repstat") || r.out().contains("-F _complete_repstat repstat"), r.out());
        Path script = tmp.resolve("repstat-completion.bash");
        Files.writeString(script, r.out());
        assertEquals(List.of("query"), complete(script, "repstat qu").lines().toList());
        assertTrue(complete(script, "repstat ").lines().toList().containsAll(List.of("run", "query", "show", "diff", "validate", "completion")));
        assertEquals(List.of("--format"), complete(script, "repstat query --for").lines().toList());
        assertEquals(List.of("csv"), complete(script, "repstat query --format c").lines().toList());
        assertTrue(complete(script, "repstat check --status ").lines().toList().containsAll(List.of("warn", "fail")));
    }
}
