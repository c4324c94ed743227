package org.repstat.checking.runner;

import org.repstat.checking.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.cli.ExitCodes;
import org.repstat.io.InputException;

/**
 * Every reference in a catalogue row is resolved when the catalogue is read: a wrong kind, topic, column, param key
 * or param value is an input error that names the file, the line and the column, before any check runs.
 */
class CatalogueTest {

    /** A row every later one is appended to: proves the line number counts the header and the rows before. */
    static final String GOOD = "counts-non-negative,non_negative,structure,error,d,w,unit=persons,,,,";

    @TempDir
    Path dir;

    /** A copy of the repository whose catalogue is the good row and {@code rows}. */
    private Workspace catalogue(String... rows) throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        Path file = ws.datasets().resolve("checks/catalogue.csv");
        Files.writeString(file, String.join(",", Catalogue.HEADER) + "\n" + GOOD + "\n" + String.join("\n", rows) + "\n");
        return ws;
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("x,no_such_kind,structure,error,d,w,,,,,", "2 (kind)", "found 'no_such_kind'"),
                Arguments.of("x,schema,gulags,error,d,w,,,,,", "3 (topic)", "found 'gulags'"),
                Arguments.of("x,non_negative,structure,error,d,w,units=persons,,,,", "7 (select)",
                        "expected a column of observations"),
                Arguments.of("x,order,red_army,error,d,w,measure=reinstated,measures=discharged,,,", "8 (compare)",
                        "found 'measures'"),
                Arguments.of("x,sum,convictions,error,d,w,measure=exiled,measure=sentenced,\"dataset, period\",0,", "9 (match)",
                        "found 'period'"),
                Arguments.of("x,qualifier_consistency,red_army,warning,d,w,measure=arrested,measure=arrested,source_id,,",
                        "9 (match)", "takes no match"),
                Arguments.of("x,schema,structure,error,d,w,unit=persons,,,,", "7 (select)", "takes no select"),
                Arguments.of("x,plausible_range,structure,error,d,w,unit=percent,,,,minimum=0", "11 (params)",
                        "takes the params [max, min], found 'minimum'"),
                Arguments.of("x,plausible_range,structure,error,d,w,unit=percent,,,,min=zero; max=100", "11 (params)",
                        "min: expected a number, found 'zero'"),
                Arguments.of("x,camp_plausible_count,gulag,warning,d,w,,,,,min=1", "11 (params)",
                        "needs the param 'max'"),
                Arguments.of("x,camp_max_in_its_year,gulag,warning,d,w,scope=gulag_camps,,,0,", "7 (select)",
                        "expected a column of gulag_camp_population"),
                Arguments.of("x,camp_coverage,gulag,warning,d,w,in_yearly_sum=true,in_yearly_sum=true,,0,", "8 (compare)",
                        "expected a column of observations"),
                Arguments.of("x,provenance,structure,error,d,w,,,,,table=observation", "11 (params)",
                        "table: expected a published table"),
                Arguments.of("x,camp_in_named_country,gulag,warning,d,w,,,,,within_km=25; outline=../outline.csv; places=p.csv",
                        "11 (params)", "outline: expected a file path relative to datasets/raw/"),
                Arguments.of("x,camp_duplicates,gulag,warning,d,w,,,,,within_km=25", "11 (params)", "takes no params"),
                Arguments.of(GOOD, "1 (check_id)", "duplicate check id 'counts-non-negative'"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void aBadReferenceIsALocatedInputError(String row, String column, String problem) throws Exception {
        Workspace ws = catalogue(row);
        InputException e = assertThrows(InputException.class, () -> new org.repstat.pipeline.PipelineRun(ws).catalogue());
        assertEquals(ws.datasets().resolve("checks/catalogue.csv"), e.file());
        assertEquals(3, e.line());
        assertEquals(column, e.column());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void wellFormedRowsOfTheCampKindsAreAccepted() throws Exception {
        Workspace ws = catalogue("x,camp_max_in_its_year,gulag,warning,d,w,measure=prisoners,,,0,",
                "y,camp_plausible_count,gulag,warning,d,w,,,,,min=1; max=300000");
        List<CheckDefinition> defs = new org.repstat.pipeline.PipelineRun(ws).catalogue();
        assertEquals(3, defs.size());
        assertEquals("300000", defs.get(2).params().get("max"));
    }

    @Test
    void topicsAreHeldToTheIdsPassedIn() {
        // the hook for the topic specs: the real catalogue with only one topic known stops at its first other topic
        InputException e = assertThrows(InputException.class,
                () -> CheckRunner.catalogue(TestWorkspace.repository(), new org.repstat.pipeline.PipelineRun(TestWorkspace.repository()).context().catalog().all(), Set.of("structure")));
        assertEquals("3 (topic)", e.column());
        assertTrue(e.getMessage().contains("found 'convictions'"), e.getMessage());
    }

    @Test
    void theCheckCommandExitsTwoOnABadCatalogue() throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(dir);
        Path file = ws.datasets().resolve("checks/catalogue.csv");
        TestWorkspace.replaceInFile(file, "min=0; max=100", "min=one; max=100");
        int line = Files.readAllLines(file).indexOf(Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("percentages-in-range,")).findFirst().orElseThrow()) + 1;
        CliRun.Result r = CliRun.run("check", "--home", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("catalogue.csv:" + line + ": column 11 (params): min: expected a number, found 'one'"), r.err());
    }
}
