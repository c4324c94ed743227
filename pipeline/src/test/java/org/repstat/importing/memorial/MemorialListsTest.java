package org.repstat.importing.memorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.importing.SourceKind;
import org.repstat.importing.VocabularyReader;
import org.repstat.pipeline.PipelineRun;
import org.repstat.provenance.Vocabulary;
import org.repstat.published.PublishedReader;
import org.repstat.published.PublishedTable;

/**
 * Memorial's two lists, read where they were published and counted as the import stage counts them: the real
 * counts, as the reader's author measured them, and the published tables in datasets/clean are exactly these.
 */
class MemorialListsTest {

    static final String MOSCOW = "memorial-moscow-executions-nextgis";
    static final String SAMPLE = "memorial-lists-sample-memoru";
    static Workspace ws = TestWorkspace.repository();
    static SourceKind.Imported moscow;
    static SourceKind.Imported sample;

    @BeforeAll
    static void read() {
        Vocabulary v = VocabularyReader.read(ws.datasets().resolve("vocab"));
        moscow = new MoscowList().read(ws.raw().resolve(MOSCOW).resolve("files.csv"), MOSCOW, ws.datasets(), v);
        sample = new SampleList().read(ws.raw().resolve(SAMPLE).resolve("files.csv"), SAMPLE, ws.datasets(), v);
    }

    static List<List<String>> rows(SourceKind.Imported i, String table) {
        return i.tables().stream().filter(t -> t.spec().name().equals(table)).findFirst().orElseThrow().rows();
    }

    /** key cells joined by '/' → the count column's value. */
    static Map<String, Long> counts(SourceKind.Imported i, String table, int keys, String column) {
        PublishedTable t = i.tables().stream().filter(x -> x.spec().name().equals(table)).findFirst().orElseThrow();
        int at = t.spec().header().indexOf(column);
        return t.rows().stream().collect(Collectors.toMap(r -> String.join("/", r.subList(0, keys)), r -> Long.parseLong(r.get(at))));
    }

    @Test
    void theMoscowListHolds11789PeopleMostShotIn1937And1938() {
        assertEquals(11789, moscow.account().in());
        assertEquals(0, moscow.account().rejected());
        Map<String, Long> years = counts(moscow, "moscow_executions_by_year", 1, "executions");
        assertEquals(3691, years.get("1937"));
        assertEquals(6296, years.get("1938"));
        assertEquals(11789, years.values().stream().mapToLong(Long::longValue).sum());
        Map<String, Long> days = counts(moscow, "moscow_executions_by_day", 1, "executions");
        assertEquals(258, days.get("1938-02-28"), "the busiest day");
        assertEquals(days.values().stream().mapToLong(Long::longValue).max().orElseThrow(), 258);
        Map<String, Long> months = counts(moscow, "moscow_executions_by_month", 1, "executions");
        assertEquals(956, months.get("1938-02"));
        assertEquals(months.entrySet().stream().filter(e -> e.getKey().startsWith("1937")).mapToLong(Map.Entry::getValue).sum(), 3691);
    }

    @Test
    void burialPlacesAreTheFiveTheListNamesWithTheirPrintedForms() {
        Map<String, Long> places = counts(moscow, "moscow_executions_by_burial_place", 2, "executions");
        assertEquals(Map.of("Бутово/Бутово.", 5048L, "Коммунарка/Коммунарка.", 3675L, "Донское кладбище/Донское.", 2465L,
                "Ваганьковское кладбище/Ваганьковское кладбище.", 549L, "Яузская больница/Яузская больница.", 52L), places);
        List<String> butovo = rows(moscow, "moscow_executions_by_burial_place").stream().filter(r -> r.get(0).equals("Бутово")).findFirst().orElseThrow();
        assertEquals("datasets/records/memorial/burial-places.csv:3", butovo.get(7), "the rule line that read the place");
    }

    @Test
    void nationalitiesCountFeminineFormsWithTheMasculineAndSayWhichOperationTargetedThem() {
        List<List<String>> rows = rows(moscow, "moscow_executions_by_nationality");
        List<String> latvians1938 = rows.stream().filter(r -> r.get(0).equals("1938") && r.get(1).equals("латыш")).findFirst().orElseThrow();
        assertEquals(List.of("Latvian", "latvian_operation"), latvians1938.subList(2, 4));
        assertTrue(rows.stream().noneMatch(r -> r.get(1).equals("латышка") || r.get(1).equals("unrecognised")));
        long counted = rows.stream().mapToLong(r -> Long.parseLong(r.get(4))).sum();
        assertEquals(11789 - 13 - 54, counted, "13 give two nationalities (kept as text), 54 none");
    }

    @Test
    void everyTableOfBothListsAddsUpToTheRecordsRead() {
        for (SourceKind.Imported i : List.of(moscow, sample)) {
            for (List<String> a : rows(i, i == moscow ? "moscow_executions_accounts" : "memorial_sample_accounts")) {
                long records = Long.parseLong(a.get(3));
                long parts = Long.parseLong(a.get(4)) + Long.parseLong(a.get(5)) + Long.parseLong(a.get(6)) + Long.parseLong(a.get(7));
                assertEquals(records, parts, a.toString());
                assertEquals(i.account().out(), records, a.toString());
            }
        }
    }

    @Test
    void theSampleCounts46445BlocksWithTheExactCopiesApart() {
        assertEquals(46445, sample.account().in());
        Map<String, Long> sentences = counts(sample, "memorial_sample_sentences_by_category", 1, "sentences");
        Map<String, Long> copies = counts(sample, "memorial_sample_sentences_by_category", 1, "copies");
        assertEquals(6951, copies.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(46445 - 6951, sentences.values().stream().mapToLong(Long::longValue).sum());
        Map<String, Long> byYear = counts(sample, "memorial_sample_sentences_by_year", 2, "sentences");
        Map<String, Long> byYearCopies = counts(sample, "memorial_sample_sentences_by_year", 2, "copies");
        assertEquals(1888, byYear.get("1937/death"));
        assertEquals(412, byYearCopies.get("1937/death"));
        assertEquals(1740, byYear.get("1938/death"));
        assertEquals(1622, byYear.get("1937/camps"));
    }

    @Test
    void thePublishedTablesAreExactlyTheCountsOfTheLists() {
        PublishedReader reader = PublishedReader.strict(ws.clean(), new PipelineRun(ws).context().catalog().all());
        for (SourceKind.Imported i : List.of(moscow, sample)) {
            for (PublishedTable t : i.tables()) {
                List<List<String>> published = reader.read(t.spec().name()).stream().map(r -> r.values(t.spec().header())).toList();
                assertEquals(t.rows(), published, t.spec().name());
            }
        }
        String sha = rows(moscow, "moscow_executions_by_day").get(0).get(4);
        assertEquals(org.repstat.importing.ExternalFiles.sha256(org.repstat.io.InputFiles.read(ws.raw().resolve(MOSCOW).resolve("files.csv"))), sha);
        assertTrue(Path.of(ws.raw().resolve(MOSCOW).resolve("files.csv").toString()).toFile().isFile());
    }
}
