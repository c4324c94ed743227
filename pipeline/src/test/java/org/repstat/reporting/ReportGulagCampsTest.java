package org.repstat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.pipeline.PipelineRun;

/**
 * The Gulag page's camps figures, rendered from the published tables (no chart encoded): each has a finding title
 * and a table, and the figures in them are the ones a reader gets by summing the published camp CSVs themselves
 * (computed here independently with Commons CSV, not with the pipeline's code). A hostile camp name in the published
 * camps table travels through the answer stage into titles and tables and reaches the page as text.
 */
class ReportGulagCampsTest {

    static final String HOSTILE = "<script>alert('camp')</script>";

    @TempDir
    static Path tmp;
    static String page;
    static Map<Integer, long[]> byYear; // year -> {camps, sum}
    static List<CSVRecord> prisoners;

    @BeforeAll
    static void build() throws Exception {
        Workspace ws = TestWorkspace.copyOfDatasets(tmp);
        prisoners = new ArrayList<>();
        byYear = new TreeMap<>();
        for (CSVRecord row : read(ws, "gulag_camp_population.csv")) {
            if (row.get("measure").equals("prisoners") && row.get("in_yearly_sum").equals("true")) {
                prisoners.add(row);
                long[] y = byYear.computeIfAbsent(Integer.parseInt(row.get("year")), k -> new long[2]);
                y[0]++;
                y[1] += Long.parseLong(row.get("value"));
            }
        }
        // Camp 16 is the largest of 1938; its name goes into a title, a table row and an alt text.
        TestWorkspace.replaceInFile(ws.clean().resolve("gulag_camps.csv"), "16,Байкало-Амурский ИТЛ,", "16,Байкало-Амурский ИТЛ " + HOSTILE + ",");
        PipelineRun run = new PipelineRun(ws);
        run.command("check", new PrintStream(OutputStream.nullOutputStream())); // check and answer: the answer tables anew
        assertTrue(Files.readString(ws.clean().resolve("gulag_camp_prisoners_by_year.csv")).contains(HOSTILE), "the fixture must reach the answer table");
        page = run.reportPages().get("gulag.html");
    }

    static List<CSVRecord> read(Workspace ws, String file) throws Exception {
        try (Reader r = Files.newBufferedReader(ws.clean().resolve(file))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static String num(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(n);
    }

    /** The HTML of one figure's section. */
    static String section(String id) {
        int start = page.indexOf("<section class=\"figure\" id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return page.substring(start, page.indexOf("</section>", start));
    }

    static String body(String section) {
        return section.substring(section.indexOf("<tbody>"), section.indexOf("</tbody>"));
    }

    @Test
    void prisonersPerYearTableGivesTheSumAndTheCampsOf1938AsTheCsvDoes() {
        String s = section("gulag-prisoners-per-year");
        long[] y1938 = byYear.get(1938);
        assertTrue(s.contains("<tr><td class=\"num\">1938</td><td class=\"num\">" + y1938[0] + "</td><td class=\"num\">60</td><td class=\"num\">"
                + num(y1938[1]) + "</td>"), "1938: " + y1938[0] + " camps, 60 open, " + num(y1938[1]));
        Map.Entry<Integer, long[]> peak = byYear.entrySet().stream().max((a, b) -> Long.compare(a.getValue()[1], b.getValue()[1])).orElseThrow();
        String title = s.substring(s.indexOf("<h2>"), s.indexOf("</h2>"));
        assertTrue(title.contains("most prisoners in " + peak.getKey() + ": " + num(peak.getValue()[1]) + " in " + peak.getValue()[0] + " camps"), title);
        // The published total for 1 January 1934 stands beside the sum, with the share the coverage check reports.
        String share = BigDecimal.valueOf(byYear.get(1934)[1]).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("510307"), 1, RoundingMode.HALF_EVEN).toPlainString();
        assertEquals("124.9", share);
        String row1934 = s.substring(s.indexOf("<tr><td class=\"num\">1934</td>"));
        row1934 = row1934.substring(0, row1934.indexOf("</tr>"));
        assertTrue(row1934.contains("<td class=\"num\">" + share + "</td>") && row1934.contains("<td class=\"num\">510,307</td>"), row1934);
        // Weak totals (wn.com's 1953, Vivid Maps' 1939 and 1950) are in the table, not drawn, and the caption says so.
        assertTrue(s.contains("1,727,970 (weak source: not drawn)"), s);
        assertTrue(s.contains("Figures resting on a weak source only are in the table, not drawn: 1939"), s);
        assertTrue(s.contains("Urbica 2017 (Gulag camps data)") && s.contains("readli.net, book 244724, p. 8"), "sources named");
    }

    @Test
    void largestCampsOf1938ListTheTopCampWithItsCellLocator() {
        String s = section("gulag-largest-camps-1938");
        CSVRecord top = prisoners.stream().filter(r -> r.get("year").equals("1938"))
                .max((a, b) -> Long.compare(Long.parseLong(a.get("value")), Long.parseLong(b.get("value")))).orElseThrow();
        assertEquals("16", top.get("camp_id"));
        assertTrue(s.contains("<td>" + top.get("locator") + "</td><td class=\"num\">" + num(Long.parseLong(top.get("value"))) + "</td>"),
                top.get("locator"));
        assertTrue(s.contains("held " + num(Long.parseLong(top.get("value"))) + " prisoners"), s);
        assertEquals(byYear.get(1938)[0], count(body(s), "<tr>"), "every camp of 1938 with a count is in the table");
        assertEquals(12, count(body(s), "<td>yes</td></tr>"), "the 12 largest are drawn");
        assertTrue(s.contains("Okhotin &amp; Roginskii (eds) 1998"), "Memorial's reference book, which the file cites, is a source");
    }

    @Test
    void mapTableListsEveryCampShownAndTheCoordinatesAsPublished() {
        String s = section("gulag-camps-map-1938");
        String body = body(s);
        assertEquals(60, count(body, "<tr>"), "camps open in 1938 (or giving a count) at a known place");
        assertEquals(60, count(body, "<td>yes</td></tr>"));
        assertEquals(5, count(body, "no figure"));
        assertTrue(body.contains("<td><span lang=\"ru\">город Хабаровск</span></td><td class=\"num\">100,875</td><td>exact</td>"
                + "<td class=\"num\">48.50727</td><td class=\"num\">135.04051</td><td>yes</td>"), body);
        assertTrue(s.contains("60 camps open at a known place, 55 of them with a prisoner count"), s);
    }

    @Test
    void aHostileCampNameIsEscapedInTitlesTablesAndAltText() {
        assertTrue(section("gulag-largest-camps-1938").contains("&lt;script&gt;alert(&#39;camp&#39;)&lt;/script&gt;"), "hostile text escaped");
        assertTrue(section("gulag-camps-map-1938").contains("&lt;script&gt;alert(&#39;camp&#39;)&lt;/script&gt;"));
        assertFalse(page.contains("<script"), "no script element may reach the page");
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
