package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.cli.RepstatCommand;

/** The Spark import and aggregate jobs on local[*], through the CLI an analyst uses. */
@Tag("slow")
class RecordSparkJobsTest {

    @TempDir
    Path tmp;

    /** The CLI as an analyst calls it, on the real repository's rules and published tables. */
    private static int repstat(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--home", TestWorkspace.repository().home().toString()));
        return RepstatCommand.execute(all.toArray(String[]::new));
    }

    @Test
    void theMessyFixturesImportWithEveryRejectLocatedAndEveryRowAccountedFor() throws IOException {
        Path input = tmp.resolve("input");
        Files.createDirectories(input);
        for (String name : List.of("messy-utf8.csv", "messy-cp1251.csv", "unterminated-quote.csv")) {
            Files.copy(RecordFixtures.fixture(name), input.resolve(name));
        }
        assertEquals(0, repstat("records", "import", "--input", input.toString(), "--out", tmp.toString()));
        List<String> rejects = Files.readAllLines(tmp.resolve("rejects.csv"));
        assertEquals(6, rejects.size(), String.join("\n", rejects)); // header + 4 in messy-utf8 + 1 unterminated quote
        assertTrue(rejects.get(1).startsWith(input.resolve("messy-utf8.csv") + ",10,arrest_date: not a calendar date: '31.02.1937',"), rejects.get(1));
        assertTrue(rejects.get(4).startsWith(input.resolve("messy-utf8.csv") + ",13,truncated last line: 5 of 12 fields"), rejects.get(4));
        assertTrue(rejects.get(5).startsWith(input.resolve("unterminated-quote.csv") + ",3,\"malformed CSV from this line to the end"), rejects.get(5));
        assertEquals(List.of("job,file,unit,rows_in,rows_out,rows_rejected",
                "records import," + input.resolve("messy-cp1251.csv") + ",rows,3,3,0",
                "records import," + input.resolve("messy-utf8.csv") + ",rows,11,7,4",
                "records import," + input.resolve("unterminated-quote.csv") + ",rows,2,1,1"),
                Files.readAllLines(tmp.resolve("row-accounts.csv")));
        assertEquals(List.of("field,text,records", "sentence,см. протокол,1"), Files.readAllLines(tmp.resolve("unrecognised-values.csv")));

        assertEquals(0, repstat("records", "aggregate", "--dir", tmp.toString()));
        List<String> aggregates = Files.readAllLines(tmp.resolve("aggregates.csv"));
        // 1937: Abramov (ВМН), Sidorov (unrecognised sentence), Yolkin (расстрел), Li (exile), Ivanov (ВМН) were
        // sentenced; the rejected 1937 rows (impossible date, bad birth year) are not counted.
        assertTrue(aggregates.stream().anyMatch(l -> l.endsWith(",,year,sentenced,person_records,,,1937,1937,year,5,persons")),
                String.join("\n", aggregates));
        assertTrue(aggregates.stream().anyMatch(l -> l.endsWith(",,year,death_sentences,person_records,,,1937,1937,year,3,persons")));
        assertTrue(aggregates.stream().anyMatch(l -> l.endsWith(",,year,death_sentences,person_records,,,1938,1938,year,1,persons")));
        assertTrue(aggregates.stream().anyMatch(l -> l.endsWith(",,year,sentenced_to_camps,person_records,,,1938,1938,year,3,persons")));
        assertTrue(aggregates.stream().anyMatch(l -> l.endsWith(",,month,sentenced,person_records,,,1937-11,1937-11,month,1,persons")));
        assertTrue(aggregates.stream().anyMatch(l -> l.endsWith(",,sentencing_body,death_sentences,person_records,,dvoika,1938,1938,year,1,persons")));
        assertTrue(aggregates.stream().anyMatch(l -> l.endsWith(",,execution_year,executed,person_records,,,1937,1937,year,2,persons")));

        assertEquals(0, repstat("records", "reconcile", "--dir", tmp.toString()));
        assertTrue(Files.readString(tmp.resolve("checks-records.csv")).contains("records-coverage,coverage,records,warning,pass,1937 / death_sentences,"));
    }

    @Test
    void aggregatesAreByteIdenticalWhateverTheNumberOfPartitions() throws IOException {
        Path run = tmp.resolve("run");
        assertEquals(0, repstat("records", "synth", "--rows", "30000", "--seed", "4", "--rows-per-file", "7000", "--out", run.toString()));
        assertEquals(0, repstat("records", "import", "--input", run.resolve("input").toString(), "--out", run.toString()));
        assertEquals(0, repstat("records", "aggregate", "--dir", run.toString(), "--out", tmp.resolve("one.csv").toString(),
                "--conf", "spark.sql.shuffle.partitions=1"));
        assertEquals(0, repstat("records", "aggregate", "--dir", run.toString(), "--out", tmp.resolve("seven.csv").toString(),
                "--conf", "spark.sql.shuffle.partitions=7", "--conf", "spark.sql.files.maxPartitionBytes=65536"));
        assertEquals(Files.readString(tmp.resolve("one.csv")), Files.readString(tmp.resolve("seven.csv")));
        assertTrue(Files.readString(tmp.resolve("one.csv")).lines().skip(1).allMatch(l -> l.contains(",SYNTHETIC,")));
        assertTrue(Files.exists(run.resolve("rejects-SYNTHETIC.csv")));
    }
}
