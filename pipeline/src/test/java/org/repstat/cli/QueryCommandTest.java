package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.io.RawTable;
import org.repstat.pipeline.PipelineRun;
import org.repstat.querying.TopicObservations;

/** {@code repstat query} on the real published tables: the figures an analyst asks for, in every format. */
class QueryCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final Workspace ws = TestWorkspace.repository();

    @TempDir
    Path tmp;

    static JsonNode json(CliRun.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void theArticlesExecutionsInTheMassOperationsComeWithTheirBoundsAndSource() throws Exception {
        JsonNode rows = json(CliRun.run("query", "--measure", "executed", "--scope", "mass_operations", "--format", "json"));
        assertEquals(1, rows.size(), rows.toString());
        JsonNode r = rows.get(0);
        assertEquals("whitewood-2015:mass-ops-executed", r.get("observation_id").asText());
        assertEquals(683000, r.get("value").asLong());
        assertTrue(r.get("value").isIntegralNumber(), "an integer stays an integer: " + r.get("value"));
        assertEquals("round_figure", r.get("qualifier").asText());
        assertEquals(682500, r.get("lower").asLong());
        assertEquals(683499, r.get("upper").asLong());
        assertEquals("Whitewood 2015", r.get("source_label").asText());
        assertEquals("scholarly", r.get("reliability").asText());
        assertEquals("1937–1938", r.get("period").asText());

        CliRun.Result text = CliRun.run("query", "--measure", "executed", "--scope", "mass_operations");
        assertTrue(text.out().contains("683,000  round_figure  682,500  683,499  Whitewood 2015  scholarly"), text.out());
        assertTrue(text.out().endsWith("1 observation: measure=executed; scope=mass_operations\n"), text.out());
    }

    @Test
    void byTopicTheObservationsBehindItsPage() throws Exception {
        CliRun.Result r = CliRun.run("query", "--topic", "convictions", "--format", "csv", "--columns", "observation_id,value,source_id");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        PipelineRun run = new PipelineRun(ws);
        Set<String> ids = TopicObservations.ids(run.context().topics().stream().filter(t -> t.id().equals("convictions")).findFirst().orElseThrow(),
                run.context().reader());
        assertEquals(ids.size() + 1, lines.size());
        assertEquals("observation_id,value,source_id", lines.get(0));
        assertTrue(lines.contains("lewin-2005-appendix-fb2:1937-death-sentences,353074,lewin-2005-appendix-fb2"), r.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",lewin-2005-appendix-")), r.out());
    }

    @Test
    void byRegionAndByPeriod() throws Exception {
        JsonNode leningrad = json(CliRun.run("query", "--geography", "leningrad_oblast", "--format", "json"));
        assertTrue(leningrad.size() >= 1);
        boolean limit = false;
        for (JsonNode r : leningrad) {
            assertEquals("leningrad_oblast", r.get("geography").asText());
            limit |= r.get("observation_id").asText().equals("worldhistory-biz-limits-00447:leningrad-oblast-first") && r.get("value").asLong() == 4000;
        }
        assertTrue(limit, leningrad.toString());

        JsonNode year = json(CliRun.run("query", "--period", "1937", "--measure", "death_sentences", "--source", "lewin-2005-appendix-fb2",
                "--format", "json"));
        assertEquals(1, year.size(), year.toString());
        assertEquals(353074, year.get(0).get("value").asLong());
    }

    @Test
    void whereTakesTheSelectorLanguageOnEveryColumnSourceGradeIncluded() throws Exception {
        JsonNode rows = json(CliRun.run("query", "--where", "reliability=weak; measure=limit_total", "--format", "json"));
        assertTrue(rows.size() > 0);
        for (JsonNode r : rows) {
            assertEquals("weak", r.get("reliability").asText());
        }
        CliRun.Result lines = CliRun.run("query", "--where", "reliability=weak; measure=limit_total", "--format", "jsonl");
        assertEquals(rows.size(), lines.out().lines().count());
    }

    @Test
    void aMistypedTermOrColumnIsOneLineOfUsage() {
        CliRun.Result r = CliRun.run("query", "--measure", "executd");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("repstat: --measure: no measure 'executd' in datasets/clean/measures.csv (did you mean executed?)\n"
                + "try 'repstat query --help'\n", r.err());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("query", "--where", "colour=red").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("query", "--columns", "value,colour").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("query", "--topic", "nope").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("query", "--format", "xlsx").exitCode());
    }

    @Test
    void anAnswerTableAsCsvIsThePublishedFileByteForByte() throws Exception {
        CliRun.Result r = CliRun.run("query", "--answer", "national_operations", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Files.readString(ws.clean().resolve("national_operations.csv")), r.out());
        CliRun.Result text = CliRun.run("query", "--answer", "national_operations");
        assertTrue(text.out().startsWith("answer table national_operations (4 rows):\n"), text.out());
        assertTrue(text.out().contains("143,810"), text.out());
        CliRun.Result several = CliRun.run("query", "--answer", "gulag", "--format", "csv");
        assertEquals(ExitCodes.BAD_INPUT, several.exitCode());
        assertTrue(several.err().contains("'gulag' has 3 answer tables"), several.err());
        JsonNode polish = json(CliRun.run("query", "--answer", "national_operations", "--where", "scope=polish_operation", "--format", "json"));
        assertEquals(1, polish.size());
        assertEquals(143810, polish.get(0).get("arrested").asLong());
    }

    @Test
    void everyFormatGivesTheSameBytesTwiceAndParquetIsOneFileOthersRead() throws Exception {
        for (String format : List.of("text", "csv", "json", "jsonl", "parquet")) {
            Path a = tmp.resolve("a." + format);
            Path b = tmp.resolve("b." + format);
            assertEquals(0, CliRun.run("query", "--topic", "mass_operations", "--format", format, "--out", a.toString()).exitCode());
            assertEquals(0, CliRun.run("query", "--topic", "mass_operations", "--format", format, "--out", b.toString()).exitCode());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format);
        }
        try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
            assertEquals(10, files.count(), "one file per format and run, nothing beside them (no .crc)");
        }
        int csvRows = RawTable.read(tmp.resolve("a.csv")).rows().size();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*), max(CASE WHEN observation_id = 'whitewood-2015:mass-ops-executed' "
                     + "THEN value END), max(CASE WHEN observation_id = 'whitewood-2015:mass-ops-executed' THEN upper END), "
                     + "count(value) FROM read_parquet('" + tmp.resolve("a.parquet") + "')")) {
            rs.next();
            assertEquals(csvRows, rs.getInt(1));
            assertEquals(683000.0, rs.getDouble(2));
            assertEquals(683499.0, rs.getDouble(3));
            long withValue = RawTable.read(tmp.resolve("a.csv")).rows().stream().filter(r -> !r.text("value").isEmpty()).count();
            assertEquals(withValue, rs.getLong(4), "an empty value is null in Parquet, never 0");
        }
    }

    @Test
    void nothingIsWrittenInsideThePublishedSet() {
        CliRun.Result r = CliRun.run("query", "--topic", "convictions", "--format", "csv", "--out", ws.clean().resolve("mine.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(!Files.exists(ws.clean().resolve("mine.csv")));
    }
}
