package org.repstat.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import org.repstat.published.PublishedTable;
import org.repstat.topics.AnswerSpec;

/**
 * The two camp derivations, built from the repository's published camp tables and checked against sums computed
 * here, independently, from the same CSVs with Commons CSV: the figures a reader gets by summing the files themselves.
 */
class CampDerivationsTest {

    static Workspace ws;
    static Map<String, Map<String, String>> byCampYear; // "camp:year" -> row of gulag_camp_prisoners_by_year
    static Map<String, Map<String, String>> sums;        // year -> row of gulag_camp_year_sums
    static PublishedTable prisonersTable;
    static PublishedTable sumsTable;
    static List<CSVRecord> figures;                      // measure=prisoners, in_yearly_sum=true
    static List<CSVRecord> camps;

    @BeforeAll
    static void derive() throws Exception {
        ws = TestWorkspace.repository();
        RunContext ctx = new PipelineRun(ws).context();
        AnswerBuilder builder = new AnswerBuilder(ctx.reader());
        prisonersTable = builder.build(answer(ctx, "gulag_camp_prisoners_by_year"));
        sumsTable = builder.build(answer(ctx, "gulag_camp_year_sums"));
        byCampYear = new HashMap<>();
        for (Map<String, String> r : asMaps(prisonersTable)) {
            byCampYear.put(r.get("camp_id") + ":" + r.get("year"), r);
        }
        sums = new TreeMap<>();
        for (Map<String, String> r : asMaps(sumsTable)) {
            sums.put(r.get("year"), r);
        }
        figures = read("gulag_camp_population.csv").stream()
                .filter(r -> r.get("measure").equals("prisoners") && r.get("in_yearly_sum").equals("true")).toList();
        camps = read("gulag_camps.csv");
    }

    static AnswerSpec answer(RunContext ctx, String id) {
        return ctx.topics().stream().flatMap(t -> t.answers().stream()).filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    static List<Map<String, String>> asMaps(PublishedTable t) {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : t.rows()) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                m.put(t.spec().header().get(i), row.get(i));
            }
            out.add(m);
        }
        return out;
    }

    static List<CSVRecord> read(String file) throws Exception {
        try (Reader r = Files.newBufferedReader(ws.clean().resolve(file))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static boolean open(CSVRecord camp, int year) {
        String[] cols = {"year_created", "year_closed", "year_resumed", "year_closed_2", "year_resumed_2", "year_closed_3"};
        for (int i = 0; i < cols.length; i += 2) {
            String from = camp.get(cols[i]);
            String to = camp.get(cols[i + 1]);
            if (!from.isEmpty() && year >= Integer.parseInt(from) && (to.isEmpty() || year <= Integer.parseInt(to))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyCampYearWithAFigureCarriesTheSumOfItsPartsAndTheirCells() {
        Map<String, long[]> expected = new TreeMap<>();
        Map<String, List<String>> locators = new TreeMap<>();
        for (CSVRecord f : figures) {
            String key = f.get("camp_id") + ":" + f.get("year");
            expected.computeIfAbsent(key, k -> new long[1])[0] += Long.parseLong(f.get("value"));
            locators.computeIfAbsent(key, k -> new ArrayList<>()).add(f.get("locator"));
        }
        assertEquals(1766, expected.size(), "camp-years with a count in the yearly sum");
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            Map<String, String> row = byCampYear.get(e.getKey());
            assertEquals(String.valueOf(e.getValue()[0]), row.get("prisoners"), e.getKey());
            assertEquals(String.join(" + ", locators.get(e.getKey()).stream().distinct().toList()), row.get("locator"), e.getKey());
        }
        long withoutFigure = byCampYear.values().stream().filter(r -> r.get("prisoners").isEmpty()).count();
        assertTrue(byCampYear.values().stream().filter(r -> r.get("prisoners").isEmpty()).allMatch(r -> r.get("open").equals("true")),
                "a row without a count is a camp the file has open that year");
        assertEquals(prisonersTable.rows().size(), 1766 + withoutFigure);
    }

    @Test
    void theRowsAreTheCampsOpenEachYearOrGivingACount() {
        int open = 0;
        for (CSVRecord c : camps) {
            for (int y = 1923; y <= 1960; y++) {
                if (open(c, y)) {
                    open++;
                    assertEquals("true", byCampYear.get(c.get("camp_id") + ":" + y).get("open"), c.get("camp_id") + " " + y);
                }
            }
        }
        assertEquals(open, byCampYear.values().stream().filter(r -> r.get("open").equals("true")).count());
    }

    @Test
    void dalnevostochnyItlIn1938HeldACountedHundredThousandAtKhabarovsk() {
        Map<String, String> dallag = byCampYear.get("2:1938");
        assertEquals("Дальневосточный ИТЛ", dallag.get("name"));
        assertEquals("100875", dallag.get("prisoners"));
        assertEquals("exact", dallag.get("prisoners_qualifier"));
        assertEquals("false", dallag.get("qualified"));
        assertEquals("город Хабаровск", dallag.get("place"));
        assertEquals("48.50727", dallag.get("latitude"));
        assertEquals("135.04051", dallag.get("longitude"));
        assertEquals("line=8; column=75", dallag.get("locator"));
        assertEquals("", dallag.get("cited_source_id"), "the file links no page of Memorial's book for Dallag");
        assertEquals("memorial-sistema-itl-1998", byCampYear.get("1:1929").get("cited_source_id"));
        assertEquals("http://www.memo.ru/history/nkvd/Gulag/r3/r3-56.htm", byCampYear.get("1:1929").get("reference_url"));
        // 1938: 60 camps open or giving a count, all at a place with coordinates; 55 give a count, 5 do not.
        List<Map<String, String>> y1938 = byCampYear.values().stream().filter(r -> r.get("year").equals("1938")).toList();
        assertEquals(60, y1938.size());
        assertEquals(60, y1938.stream().filter(r -> !r.get("latitude").isEmpty()).count());
        assertEquals(5, y1938.stream().filter(r -> r.get("prisoners").isEmpty()).count());
    }

    @Test
    void aCampIsAtTheLastPlaceItMovedToEvenWhereTheFileGivesThatPlaceNoCoordinates() {
        // Kargopollag (camp 203) moved to Ertsevo in 1940 and, the file says, somewhere else in 1942 (place not given):
        // from 1942 it is at no known place, never assumed to have stayed at Ertsevo.
        assertEquals("2", byCampYear.get("203:1941").get("dislocation"));
        assertEquals("60.79396", byCampYear.get("203:1941").get("latitude"));
        assertEquals("4", byCampYear.get("203:1942").get("dislocation"));
        assertEquals("", byCampYear.get("203:1942").get("latitude"));
        assertEquals("18583", byCampYear.get("203:1942").get("prisoners"));
    }

    @Test
    void yearSumsAreTheCsvsSumsBesideThePreferredPublishedTotal() {
        Map<String, long[]> expected = new TreeMap<>(); // year -> {camps, sum, exact sum}
        for (CSVRecord f : figures) {
            long[] y = expected.computeIfAbsent(f.get("year"), k -> new long[3]);
            y[0]++;
            y[1] += Long.parseLong(f.get("value"));
            y[2] += f.get("qualifier").equals("exact") ? Long.parseLong(f.get("value")) : 0;
        }
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            Map<String, String> s = sums.get(e.getKey());
            assertEquals(String.valueOf(e.getValue()[0]), s.get("camps_with_figure"), e.getKey());
            assertEquals(String.valueOf(e.getValue()[1]), s.get("prisoners"), e.getKey());
            assertEquals(String.valueOf(e.getValue()[2]), s.get("prisoners_exact"), e.getKey());
            assertEquals(String.valueOf(e.getValue()[1] - e.getValue()[2]), s.get("prisoners_qualified"), e.getKey());
            long open = camps.stream().filter(c -> open(c, Integer.parseInt(e.getKey()))).count();
            assertEquals(String.valueOf(open), s.get("camps_open"), e.getKey());
            long fromCampRows = byCampYear.values().stream().filter(r -> r.get("year").equals(e.getKey()) && !r.get("prisoners").isEmpty())
                    .mapToLong(r -> Long.parseLong(r.get("prisoners"))).sum();
            assertEquals(e.getValue()[1], fromCampRows, "the two answer tables agree for " + e.getKey());
        }
        Map<String, String> y1938 = sums.get("1938");
        assertEquals(List.of("55", "60", "1653018"), List.of(y1938.get("camps_with_figure"), y1938.get("camps_open"), y1938.get("prisoners")));
        // 1 January 1934: Khlevniuk's 510,307 (readli copy, secondary) is preferred to wn.com's (weak) same figure.
        Map<String, String> y1934 = sums.get("1934");
        assertEquals("510307", y1934.get("total_camps"));
        assertEquals("1934-01-01", y1934.get("total_camps_period"));
        assertEquals("readli-244724-p8:itl-1934-01-01", y1934.get("total_camps_observation_id"));
        assertEquals("2", y1934.get("total_camps_sources"));
        BigDecimal share = new BigDecimal(expected.get("1934")[1]).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("510307"), 1, RoundingMode.HALF_EVEN);
        assertEquals("124.9", share.toPlainString());
        assertEquals("124.9", y1934.get("share_of_total_camps"), "the share the coverage check reports");
        assertEquals("", sums.get("1935").get("total_camps"), "no total we hold for 1935: missing, not 0");
        assertEquals("nearly", sums.get("1939").get("total_camps_colonies_prisons_qualifier"));
        assertEquals("weak", sums.get("1939").get("total_camps_colonies_prisons_reliability"));
    }

    @Test
    void thePublishedAnswerTablesAreWhatTheDerivationsGiveNow() throws Exception {
        for (PublishedTable t : List.of(prisonersTable, sumsTable)) {
            List<CSVRecord> published = read(t.spec().path());
            assertEquals(t.rows().size(), published.size(), t.spec().path());
            for (int i = 0; i < published.size(); i++) {
                assertEquals(t.rows().get(i), published.get(i).toList(), t.spec().path() + " row " + (i + 2));
            }
        }
        assertTrue(new PipelineRun(ws).context().reader().spec("gulag_camp_year_sums").header().containsAll(
                List.of("total_camps", "total_camps_colonies_prisons", "share_of_total_camps")), "one set of total columns per declared column");
    }
}
