package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * A bad raw row makes {@code repstat import} exit 2, names file, line and column, and publishes nothing.
 * Each case corrupts one cell of a copy of the real data.
 */
class ImportBadInputTest {

    @TempDir
    Path dir;
    Workspace ws;
    Map<String, String> cleanBefore;

    static final String MASS_OPS = "datasets/raw/whitewood-2015/observations.csv";

    @BeforeEach
    void copyData() {
        ws = TestWorkspace.copyOfDatasets(dir);
        cleanBefore = TestWorkspace.digests(ws.clean());
    }

    private String importExpectingFailure() {
        CliRun.Result result = CliRun.run("import", "--home", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertEquals(cleanBefore, TestWorkspace.digests(ws.clean()), "datasets/clean changed after a failed import");
        return result.err();
    }

    @Test
    void missingSourceIdIsNamedByLineAndColumn() {
        TestWorkspace.replaceInFile(dir.resolve(MASS_OPS), "whitewood-2015:mass-ops-executed,whitewood-2015,",
                "whitewood-2015:mass-ops-executed,,");
        String message = importExpectingFailure();
        assertTrue(message.contains("whitewood-2015/observations.csv:3: column 2 (source_id): expected a value"), message);
    }

    @Test
    void unknownQualifierIsRejected() {
        TestWorkspace.replaceInFile(dir.resolve(MASS_OPS), "1150000,approximately,", "1150000,roughly,");
        String message = importExpectingFailure();
        assertTrue(message.contains("observations.csv:2: column 9 (qualifier): expected a qualifier"), message);
        assertTrue(message.contains("found 'roughly'"), message);
    }

    @Test
    void aCommaThousandsValueIsRejectedUnlessTheFileDeclaresIt() {
        TestWorkspace.replaceInFile(dir.resolve(MASS_OPS), ",683000,round_figure,", ",\"683,000\",round_figure,");
        String message = importExpectingFailure();
        assertTrue(message.contains("observations.csv:3: column 8 (value): expected a number written with digits only"), message);
        assertTrue(message.contains("found '683,000'"), message);
    }

    @Test
    void theSameCommaValueImportsWhenTheManifestDeclaresCommaThousands() {
        TestWorkspace.replaceInFile(dir.resolve(MASS_OPS), ",683000,round_figure,", ",\"683,000\",round_figure,");
        TestWorkspace.replaceInFile(dir.resolve("datasets/raw/manifest.csv"),
                "whitewood-2015/observations.csv,observations,whitewood-2015,,,,,plain",
                "whitewood-2015/observations.csv,observations,whitewood-2015,,,,,comma_thousands");
        assertEquals(ExitCodes.OK, RepstatCommand.execute("import", "--home", dir.toString()));
    }

    @Test
    void aDuplicatedKeyNamesBothPlaces() {
        TestWorkspace.replaceInFile(dir.resolve(MASS_OPS), "whitewood-2015:mass-ops-executed,", "whitewood-2015:mass-ops-sentenced,");
        String message = importExpectingFailure();
        assertTrue(message.contains("observations.csv:3: column 1 (obs_id): duplicate id 'whitewood-2015:mass-ops-sentenced'"), message);
        assertTrue(message.contains("first used at"), message);
    }

    @Test
    void aWideTableCellThatIsNeitherANumberNorAMarkIsRejected() {
        TestWorkspace.replaceInFile(dir.resolve("datasets/raw/lewin-2005-appendix-fb2/table.csv"),
                "1937,790665,353074,", "1937,790665,353O74,");
        String message = importExpectingFailure();
        assertTrue(message.contains("lewin-2005-appendix-fb2/table.csv:18: column 3 (death_sentences): expected a number"), message);
    }
}
