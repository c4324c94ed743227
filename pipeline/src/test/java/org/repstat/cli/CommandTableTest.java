package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;

/** The README's command table is each command's first --help line: regenerate it with CommandTable.render(). */
class CommandTableTest {

    @Test
    void theReadmeTableIsTheHelp() throws Exception {
        String readme = Files.readString(TestWorkspace.repository().home().resolve("README.md"));
        String heading = "## The commands\n\n```\n";
        int start = readme.indexOf(heading) + heading.length();
        String table = readme.substring(start, readme.indexOf("```\n", start));
        assertEquals(CommandTable.render(), table, "README.md's table under '## The commands' is out of date; put this there");
    }

    @Test
    void theReadmeFirstScreenKeepsItsTwoCommands() throws Exception {
        String readme = Files.readString(TestWorkspace.repository().home().resolve("README.md"));
        String first = readme.substring(0, readme.indexOf("## What you get"));
        assertEquals(true, first.contains("\n./repstat run ") && first.contains("./mvnw -B verify -Pslow"), first);
    }
}
