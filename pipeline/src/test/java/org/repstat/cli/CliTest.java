package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void helpOnEveryCommandExitsZero() {
        assertEquals(0, RepstatCommand.execute("--help"));
        for (String command : new String[] {"run", "import", "check", "chart", "report", "notebooks", "list", "records"}) {
            assertEquals(0, RepstatCommand.execute(command, "--help"), command);
        }
        for (String command : new String[] {"synth", "import", "aggregate", "reconcile", "bench"}) {
            assertEquals(0, RepstatCommand.execute("records", command, "--help"), command);
        }
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertEquals(ExitCodes.BAD_INPUT, RepstatCommand.execute("frobnicate"));
        assertEquals(ExitCodes.BAD_INPUT, RepstatCommand.execute("import", "--no-such-option"));
        assertEquals(ExitCodes.BAD_INPUT, RepstatCommand.execute());
    }
}
