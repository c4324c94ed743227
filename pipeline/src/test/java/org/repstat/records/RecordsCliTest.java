package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.cli.ExitCodes;
import org.repstat.cli.RepstatCommand;

class RecordsCliTest {

    @TempDir
    Path tmp;

    @Test
    void syntheticRecordsCannotBeWrittenIntoPublishedFolders() {
        TestWorkspace.copyOfDatasets(tmp);
        for (String folder : new String[] {"datasets/clean/x", "reports/x", "notebooks-export/x"}) {
            assertEquals(ExitCodes.BAD_INPUT, RepstatCommand.execute("records", "synth", "--rows", "10",
                    "--out", tmp.resolve(folder).toString(), "--home", tmp.toString()), folder);
            assertFalse(Files.exists(tmp.resolve(folder)), folder);
        }
        assertEquals(ExitCodes.OK, RepstatCommand.execute("records", "synth", "--rows", "10", "--home", tmp.toString()));
        assertEquals(true, Files.isDirectory(tmp.resolve("target/repstat/records/SYNTHETIC-n10-seed1/input")));
    }
}
