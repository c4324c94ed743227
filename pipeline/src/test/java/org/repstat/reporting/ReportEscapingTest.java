package org.repstat.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cleaning.CuratedTables;
import org.repstat.cleaning.ImportTables;
import org.repstat.cleaning.PublishedCatalogue;
import org.repstat.cleaning.Publisher;
import org.repstat.importing.CuratedData;
import org.repstat.importing.Importer;

/** A hostile string in a raw file travels through import and publish and reaches the page as text, not markup. */
class ReportEscapingTest {

    static final String HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)>";

    @Test
    void aScriptInARawNoteIsEscapedInThePage(@TempDir Path tmp) throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        TestWorkspace.replaceInFile(ws.raw().resolve("whitewood-2015/observations.csv"),
                "People sentenced by the NKVD in the mass operations in total.",
                HOSTILE + " People sentenced by the NKVD in the mass operations in total.");
        CuratedData data = new Importer(ws.datasets()).importAll();
        Publisher publisher = new Publisher(ws.clean());
        java.util.List<org.repstat.published.PublishedTable> tables = new java.util.ArrayList<>(CuratedTables.tables(data));
        tables.add(ImportTables.rowAccounts(data.accounts(), ws.raw()));
        publisher.publish(tables);
        publisher.publishDataPackage(PublishedCatalogue.allSpecs());
        assertTrue(Files.readString(ws.clean().resolve("observations.csv")).contains("<script>alert('x')</script>"),
                "the fixture must reach the published table");

        Report.build(ws, false);

        String page = Files.readString(ws.reports().resolve("mass-operations.html"));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;"), page);
        assertFalse(page.contains("<script"), "no script element may reach the page");
        assertFalse(page.contains("<img src=x"), "no markup from the data may reach the page");
    }
}
