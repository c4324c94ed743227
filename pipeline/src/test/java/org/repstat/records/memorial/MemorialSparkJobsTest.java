package org.repstat.records.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.records.RecordFileReader;

/**
 * The two real lists through the same Spark jobs as the synthetic records, on local[*] and through the command line:
 * import prints and writes the accounting, aggregate and reconcile run unchanged, and no output carries a name.
 */
@Tag("slow")
class MemorialSparkJobsTest {

    @TempDir
    Path tmp;

    private static CliRun.Result repstat(Path home, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home.toString()));
        return CliRun.run(all.toArray(String[]::new));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void theMoscowPagesImportAggregateAndReconcileWithoutANameInAnyOutput() throws IOException {
        MemorialLists.assumePresent(MemorialLists.PAGES);
        Path home = TestWorkspace.copyOfDatasets(tmp.resolve("repo")).home();
        Map<String, String> clean = TestWorkspace.digests(home.resolve("datasets/clean"));
        Path run = tmp.resolve("moscow");
        CliRun.Result imported = repstat(home, "records", "import", "--input", MemorialLists.PAGES.toString(), "--out", run.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("records in 11789 = parsed 11789 + rejected 0 (paragraphs, memorial-moscow-html)"), imported.out());
        assertTrue(imported.out().contains("  execution_date          11789 +        0 +        0"), imported.out());
        List<String> accounts = lines(run.resolve("row-accounts.csv"));
        assertEquals(79, accounts.size(), "a header and one row per page");
        assertTrue(accounts.contains("records import," + MemorialLists.PAGES.resolve("1.htm") + ",paragraphs,187,187,0"));
        List<String> fields = lines(run.resolve("field-accounts.csv"));
        assertEquals("field,raw_column,value_column,records,recognised,kept_as_text,empty", fields.get(0));
        assertTrue(fields.contains("burial_place,burial_place_raw,burial_place,11789,11789,0,0"), String.join("\n", fields));
        assertTrue(fields.contains("sex,sex_raw,sex,11789,11789,0,0"));
        assertEquals(List.of("file,line,reason,record,position"), lines(run.resolve("rejects.csv")));

        assertEquals(0, repstat(home, "records", "aggregate", "--dir", run.toString()).exitCode());
        List<String> aggregates = lines(run.resolve("aggregates.csv"));
        assertTrue(aggregates.contains("moscow,,execution_year,executed,person_records,,,1937,1937,year,3691,persons"), String.join("\n", aggregates));
        assertTrue(aggregates.contains("moscow,,execution_year,executed,person_records,,,1938,1938,year,6296,persons"));
        assertTrue(aggregates.contains("moscow,,year,sentence_unknown,person_records,,,,,unknown,11789,persons"),
                "the pages state no sentence and no sentence date: none is made up");
        CliRun.Result reconciled = repstat(home, "records", "reconcile", "--dir", run.toString());
        assertEquals(0, reconciled.exitCode(), reconciled.err());

        // names: in the private parquet only, never in a CSV the jobs write
        Set<String> names = MemorialLists.read(new MoscowPages(MemorialLists.rules()), List.of(
                MemorialLists.PAGES.resolve("1.htm").toString(), MemorialLists.PAGES.resolve("40.htm").toString()),
                RecordFileReader.AUTO).stream().map(r -> (String) MemorialLists.get(r, "person_name")).collect(Collectors.toSet());
        assertEquals(187 + 134, names.size());
        for (String csv : List.of("aggregates.csv", "coverage.csv", "checks-records.csv", "field-accounts.csv",
                "unrecognised-values.csv", "row-accounts.csv", "rejects.csv")) {
            String text = Files.readString(run.resolve(csv));
            assertFalse(names.stream().anyMatch(text::contains), csv + " carries a name");
        }
        assertEquals(clean, TestWorkspace.digests(home.resolve("datasets/clean")), "datasets/clean is unchanged");
    }

    @Test
    void theTextBlocksImportWithTheirCopiesCountedAndAggregate() throws IOException {
        MemorialLists.assumePresent(MemorialLists.TEXTS);
        Path home = TestWorkspace.copyOfDatasets(tmp.resolve("repo")).home();
        Path run = tmp.resolve("texts");
        CliRun.Result imported = repstat(home, "records", "import", "--input", MemorialLists.TEXTS.toString(), "--out", run.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("records in 46445 = parsed 46445 + rejected 0 (blocks, memorial-text-blocks)"), imported.out());
        assertTrue(imported.out().contains("exact copies of an earlier record in the same file: 6951"), imported.out());
        assertTrue(imported.out().contains("19 empty blocks"), imported.out());
        assertEquals(List.of("job,file,unit,rows_in,rows_out,rows_rejected",
                "records import," + MemorialLists.TEXTS + "!texts.txt,blocks,46445,46445,0"), lines(run.resolve("row-accounts.csv")));
        for (String line : lines(run.resolve("field-accounts.csv")).subList(1, 22)) {
            String[] f = line.split(",");
            assertEquals(Long.parseLong(f[3]), Long.parseLong(f[4]) + Long.parseLong(f[5]) + Long.parseLong(f[6]), line);
        }
        assertFalse(Files.readString(run.resolve("unrecognised-values.csv")).contains("\nname_variants,"), "names are never listed");

        assertEquals(0, repstat(home, "records", "aggregate", "--dir", run.toString()).exitCode());
        List<String> aggregates = lines(run.resolve("aggregates.csv"));
        assertTrue(aggregates.contains("texts,,execution_year,executed,person_records,,,1937,1937,year,2112,persons"), String.join("\n", aggregates));
        assertTrue(aggregates.contains("texts,,execution_year,executed,person_records,,,1938,1938,year,2541,persons"));
        assertTrue(aggregates.stream().anyMatch(l -> l.startsWith("texts,,year,administrative_measures,person_records,,,1930,")));
        assertEquals(0, repstat(home, "records", "reconcile", "--dir", run.toString()).exitCode());
    }

    @Test
    void aTruncatedPageImportsWithItsRejectsLocated() throws IOException {
        MemorialLists.assumePresent(MemorialLists.PAGES);
        Path home = TestWorkspace.copyOfDatasets(tmp.resolve("repo")).home();
        Map<String, String> clean = TestWorkspace.digests(home.resolve("datasets/clean"));
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.copy(MemorialLists.PAGES.resolve("8.htm"), pages.resolve("8.htm"));
        byte[] bytes = Files.readAllBytes(MemorialLists.PAGES.resolve("9.htm"));
        Files.write(pages.resolve("9.htm"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Path run = tmp.resolve("run");
        CliRun.Result r = repstat(home, "records", "import", "--input", pages.toString(), "--out", run.toString());
        assertEquals(0, r.exitCode(), "damaged records are rejects, not a failure: " + r.err());
        List<String> rejects = lines(run.resolve("rejects.csv"));
        assertEquals(3, rejects.size(), String.join("\n", rejects));
        assertTrue(rejects.get(1).startsWith(pages.resolve("9.htm") + ","), rejects.get(1));
        assertTrue(rejects.stream().anyMatch(l -> l.contains("the page ends without </html>: it is truncated")));
        assertEquals(clean, TestWorkspace.digests(home.resolve("datasets/clean")));
    }
}
