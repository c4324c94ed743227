package org.repstat.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.io.InputException;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.published.Release;

/** datapackage.json says under which licence the tables are published, which release they are, and since when. */
class DataPackageTest {

    final Workspace ws = TestWorkspace.repository();

    private JsonNode published() throws Exception {
        return new ObjectMapper().readTree(Files.readString(ws.clean().resolve("datapackage.json")));
    }

    @Test
    void thePackageNamesTheTablesLicenceAndNoInventedHomepage() throws Exception {
        JsonNode p = published();
        JsonNode licence = p.get("licenses").get(0);
        assertEquals("CC-BY-4.0", licence.get("name").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", licence.get("path").asText());
        assertEquals("Creative Commons Attribution 4.0 International", licence.get("title").asText());
        assertFalse(p.has("homepage"), "no homepage: the repository's public address is not known");
        assertTrue(p.get("description").asText().contains("keep their owners' terms"), p.get("description").asText());
        assertTrue(Files.readString(ws.datasets().resolve("LICENSE")).contains("Attribution 4.0 International"));
        assertTrue(Files.readString(ws.home().resolve("LICENSE")).contains("Apache License"));
    }

    @Test
    void versionIsTheDeclaredReleaseAndCreatedTheLastDayAValueWasRead() throws Exception {
        JsonNode p = published();
        assertEquals(Release.read(ws.datasets()).version(), p.get("version").asText());
        assertTrue(p.get("version").asText().matches("\\d+\\.\\d+\\.\\d+"));
        String latest = "";
        for (RawRow r : RawTable.read(ws.raw().resolve("second-reading.csv")).rows()) {
            latest = r.text("read_on").compareTo(latest) > 0 ? r.text("read_on") : latest;
        }
        assertEquals(latest + "T00:00:00Z", p.get("created").asText());
    }

    @Test
    void theSameDataGiveTheSameBytes() {
        Release release = Release.read(ws.datasets());
        assertEquals(DataPackage.render(new org.repstat.pipeline.PipelineRun(org.repstat.TestWorkspace.repository()).context().catalog().all(), release),
                DataPackage.render(new org.repstat.pipeline.PipelineRun(org.repstat.TestWorkspace.repository()).context().catalog().all(), Release.read(ws.datasets())));
    }

    @Test
    void aReleaseThatIsNotASemanticVersionIsBadInputWithItsPlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Release.FILE), "# release\nversion: first\n");
        InputException e = assertThrows(InputException.class, () -> Release.read(dir));
        assertTrue(e.getMessage().contains("release.yaml:2: column 10 (version): expected a semantic version MAJOR.MINOR.PATCH"),
                e.getMessage());
    }
}
