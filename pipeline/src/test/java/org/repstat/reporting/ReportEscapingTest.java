package org.repstat.reporting;

import org.repstat.pipeline.PipelineRun;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/** A hostile string in a raw file travels through import and publish and reaches the page as text, not markup. */
class ReportEscapingTest {

    static final String HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)>";

    @Test
    void aScriptInARawNoteIsEscapedInThePage(@TempDir Path tmp) throws Exception {
        // The note is in the figure's table (the mass-operations chart draws the article's 1,150,000).
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        TestWorkspace.replaceInFile(ws.raw().resolve("whitewood-2015/observations.csv"),
                "People sentenced by the NKVD in the mass operations in total.",
                HOSTILE + " People sentenced by the NKVD in the mass operations in total.");
        PipelineRun run = new PipelineRun(ws);
        run.command("import", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        run.command("check", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertTrue(Files.readString(ws.clean().resolve("observations.csv")).contains("<script>alert('x')</script>"),
                "the fixture must reach the published table");

        String page = run.reportPages().get("mass-operations.html");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;"), page);
        assertFalse(page.contains("<script"), "no script element may reach the page");
        assertFalse(page.contains("<img src=x"), "no markup from the data may reach the page");
    }
}
