package org.repstat.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * Runs every exported notebook in a real Jupyter kernel (Debian jupyter-nbconvert, python3-ipykernel, pandas,
 * matplotlib, nbformat: .ci/install-packages), from notebooks-export/ so that the relative data paths resolve.
 * Each must run without error or warning, print exactly the tables stored in it, draw its charts, and be valid
 * nbformat.
 */
@Tag("slow")
class NotebookExecutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyNotebookRunsInARealKernelAndPrintsWhatItStores(@TempDir Path tmp) throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        new org.repstat.pipeline.PipelineRun(ws).all(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        List<String> names;
        try (var files = Files.list(ws.notebooks())) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(names.contains("reconciliation.ipynb"), names.toString());
        Path executed = tmp.resolve("executed");
        List<String> command = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output-dir", executed.toString()));
        command.addAll(names);
        run(ws.notebooks(), command);
        List<String> validate = new ArrayList<>(List.of(python(), "-c",
                "import nbformat, sys\nfor name in sys.argv[1:]:\n    nbformat.validate(nbformat.read(name, as_version=4))"));
        validate.addAll(names);
        run(ws.notebooks(), validate);

        for (String name : names) {
            JsonNode stored = JSON.readTree(ws.notebooks().resolve(name).toFile());
            JsonNode ran = JSON.readTree(executed.resolve(name).toFile());
            int charts = 0;
            for (int i = 0; i < stored.get("cells").size(); i++) {
                JsonNode before = stored.get("cells").get(i);
                JsonNode after = ran.get("cells").get(i);
                if (!before.get("cell_type").asText().equals("code")) {
                    continue;
                }
                String where = name + " " + before.get("id").asText();
                assertEquals(before.get("outputs").size(), after.get("outputs").size(), where + ": " + after.get("outputs"));
                for (int o = 0; o < after.get("outputs").size(); o++) {
                    JsonNode out = after.get("outputs").get(o);
                    assertFalse(out.get("output_type").asText().equals("error"), where + ": " + out);
                    assertFalse(out.get("output_type").asText().equals("stream"), where + " wrote: " + out);
                    JsonNode want = before.get("outputs").get(o);
                    if (out.get("output_type").asText().equals("execute_result")) {
                        assertEquals(text(want, "text/plain"), text(out, "text/plain"), where + " text/plain");
                        assertEquals(text(want, "text/html"), text(out, "text/html"), where + " text/html");
                    } else {
                        assertTrue(out.at("/data/image~1png").asText().length() > 1000, where + ": no image");
                        charts++;
                    }
                }
            }
            assertTrue(charts > 0 || name.equals("index.ipynb"), name + " draws no chart");
        }
        String convictions = Files.readString(executed.resolve("convictions.ipynb"));
        assertTrue(convictions.contains("1937       1937    790665"), "1937: 790665 sentenced");
        assertTrue(convictions.contains("353074"), "1937: 353074 death sentences");
    }

    private static String text(JsonNode output, String mime) {
        StringBuilder out = new StringBuilder();
        JsonNode v = output.get("data").get(mime);
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            v.forEach(line -> out.append(line.asText()));
        } else {
            out.append(v.asText());
        }
        return out.toString();
    }

    /** Debian's python3 (where nbformat is installed), ahead of any other python3 on the PATH. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "timed out: " + command);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output);
    }
}
