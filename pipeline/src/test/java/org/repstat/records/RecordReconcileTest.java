package org.repstat.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.io.PublishedCsv;

class RecordReconcileTest {

    @TempDir
    Path tmp;

    private List<CheckResult> reconcile(List<List<String>> aggregateRows) {
        Path aggregates = tmp.resolve("aggregates.csv");
        PublishedCsv.write(aggregates, RecordAggregate.HEADER, aggregateRows);
        return RecordReconcile.run(aggregates, TestWorkspace.repository().clean().resolve("observations.csv"),
                new RecordOutputs(tmp, false));
    }

    private static List<String> year(String year, String measure, long n) {
        return List.of("fixture", "", "year", measure, "person_records", "", "", year, year, "year", String.valueOf(n), "persons");
    }

    private static CheckResult subject(List<CheckResult> results, String subject) {
        return results.stream().filter(r -> r.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void coverageOfTheConvictionsTablePerYearAndMeasure() throws IOException {
        List<CheckResult> results = reconcile(List.of(year("1937", "death_sentences", 35_307),
                year("1938", "death_sentences", 400_000), year("1960", "sentenced", 5)));
        CheckResult death1937 = subject(results, "1937 / death_sentences");
        assertEquals(CheckStatus.PASS, death1937.status());
        assertEquals("353074", death1937.expected(), "Lewin 2005, Appendix 1: 353,074 death sentences in 1937");
        assertEquals("-317767", death1937.difference());
        assertEquals(List.of("lewin-2005-appendix-fb2:1937-death-sentences"), death1937.observationIds());
        assertEquals("records", death1937.topic());
        CheckResult death1938 = subject(results, "1938 / death_sentences");
        assertEquals(CheckStatus.WARN, death1938.status(), "more records than the official count is flagged");
        assertEquals(CheckStatus.WARN, subject(results, "1923 / other_measures").status(), "the source gives no figure");
        assertEquals(CheckStatus.WARN, subject(results, "1960 / sentenced").status(), "no official figure after 1953");
        String coverage = Files.readString(tmp.resolve("coverage.csv"));
        assertEquals(true, coverage.contains("\n1937,death_sentences,35307,353074,0.099999,lewin-2005-appendix-fb2:1937-death-sentences,\n"), coverage);
        assertEquals(true, Files.exists(tmp.resolve("checks-records.csv")));
    }
}
