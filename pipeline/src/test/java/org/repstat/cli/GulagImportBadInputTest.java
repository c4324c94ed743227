package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/** A corrupted copy of the camps file makes {@code repstat import} exit 2, name file, line and column, publish nothing. */
class GulagImportBadInputTest {

    @TempDir
    Path dir;
    Workspace ws;
    Path data;
    Map<String, String> cleanBefore;

    @BeforeEach
    void copyData() {
        ws = TestWorkspace.copyOfDatasets(dir);
        data = ws.raw().resolve("urbica-gulag-admin-2017/data.csv");
        cleanBefore = TestWorkspace.digests(ws.clean());
    }

    private String importExpectingFailure() {
        CliRun.Result result = CliRun.run("import", "--home", dir.toString());
        String message = result.err();
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), message);
        assertEquals(cleanBefore, TestWorkspace.digests(ws.clean()), "datasets/clean changed after a failed import");
        return message;
    }

    @Test
    void truncatedLastLineIsNamedByLineAndColumn() throws IOException {
        byte[] bytes = Files.readAllBytes(data);
        Files.write(data, Arrays.copyOf(bytes, bytes.length - 60)); // camp 508's row loses its last 58 commas
        String message = importExpectingFailure();
        assertTrue(message.contains("data.csv:1144: column 63: expected 120 fields as in the header, found 62"), message);
        assertTrue(message.contains("SHA-256"), message);
    }

    @Test
    void yearCellMatchingNoRuleIsNamedByLineAndColumn() {
        // Сибирский ИТЛ (its record begins at line 12; a quoted description breaks it, so people_1930 stands on
        // line 13, where an editor shows it), people_1930 "24 284" becomes words no rule reads.
        TestWorkspace.replaceInFile(data, ",24 284,", ",около 24 тысяч,");
        String message = importExpectingFailure();
        assertTrue(message.contains("data.csv:13: column 67 (people_1930): no rule in cell-rules.csv takes this people cell: 'около 24 тысяч'"), message);
    }

    @Test
    void changedChecksumFailsTheImport() throws IOException {
        Path sum = ws.raw().resolve("urbica-gulag-admin-2017/data.csv.sha256");
        Files.writeString(sum, "0".repeat(64) + "  data.csv\n");
        String message = importExpectingFailure();
        assertTrue(message.contains("data.csv: SHA-256 is 07395c25018c6a2578ef9cdee914749fdc19111fb2896bd5ab3fbc5f903153e8, expected 000"), message);
    }
}
