package org.repstat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines are whole lines: a library line written while a stage runs lands between them, never inside one. */
class ProgressTest {

    @Test
    void aLineWrittenDuringAStageStandsOnItsOwnLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = new Progress(out, 2);
        p.step("import: read the raw files", () -> out.println("12:00:00 WARN SparkStringUtils: Truncated the string representation"));
        assertThrows(IllegalStateException.class, () -> p.step("check: hold the tables", () -> {
            throw new IllegalStateException("boom");
        }));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("[1/2] import: read the raw files …", lines.get(0));
        assertEquals("12:00:00 WARN SparkStringUtils: Truncated the string representation", lines.get(1));
        assertTrue(lines.get(2).matches("\\[1/2] import done \\(\\d+\\.\\d s\\)"), lines.get(2));
        assertEquals("[2/2] check: hold the tables …", lines.get(3));
        assertEquals("[2/2] check failed", lines.get(4));
    }
}
