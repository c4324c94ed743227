package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.repstat.CliRun;

/** {@code repstat list}: each dataset with its rows, its sources' grades and the topics that use it. */
class ListCommandTest {

    @Test
    void datasetsWithReliabilityAndTopicsAndTablesWithCorrectPlurals() throws Exception {
        CliRun.Result r = CliRun.run("list");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("whitewood-2015 +observations +14 +scholarly +.*mass_operations.* +whitewood-2015")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("datasets/clean/gulag_camp_rejects.csv +1 row +from a source file")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("datasets/clean/national_operations.csv +4 rows +answer table, topic national_operations")), r.out());
        assertFalse(r.out().contains(" 1 rows"), r.out());

        JsonNode n = new ObjectMapper().readTree(CliRun.run("list", "--json").out());
        JsonNode whitewood = null;
        for (JsonNode d : n.get("datasets")) {
            if (d.get("dataset").asText().equals("whitewood-2015") && d.get("table").asText().equals("observations")) {
                whitewood = d;
            }
        }
        assertEquals(14, whitewood.get("rows").asInt());
        assertEquals("[\"scholarly\"]", whitewood.get("reliability").toString());
        assertTrue(whitewood.get("topics").toString().contains("\"mass_operations\""), whitewood.toString());
    }
}
