package org.repstat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * The Gulag page's camps figures, written from the real published tables (no pixels): each has a finding title,
 * a table and the checks that concern it, and the figures in them are the ones a reader gets by summing the
 * published CSV themselves (computed here independently with Commons CSV, not with the report's code).
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
        // A hostile check message (checks.csv is a published table the report reads) must print as text.
        TestWorkspace.replaceInFile(ws.clean().resolve("checks.csv"), "Outside every outline,", HOSTILE + " Outside every outline,");
        Report.build(ws, false);
        page = Files.readString(ws.reports().resolve("gulag.html"));
        prisoners = new ArrayList<>();
        byYear = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(ws.clean().resolve("gulag_camp_population.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (row.get("measure").equals("prisoners") && row.get("in_yearly_sum").equals("true")) {
                    prisoners.add(row);
                    long[] y = byYear.computeIfAbsent(Integer.parseInt(row.get("year")), k -> new long[2]);
                    y[0]++;
                    y[1] += Long.parseLong(row.get("value"));
                }
            }
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

    @Test
    void prisonersPerYearTableGivesTheSumAndTheCampsOf1938AsTheCsvDoes() {
        String s = section("gulag-prisoners-per-year");
        long[] y1938 = byYear.get(1938);
        assertTrue(s.contains("<tr><td class=\"num\">1938</td><td class=\"num\">" + y1938[0] + "</td>"), s);
        assertTrue(s.contains("<td class=\"num\">" + num(y1938[1]) + "</td>"), "1938 sum " + num(y1938[1]));
        Map.Entry<Integer, long[]> peak = byYear.entrySet().stream().max((a, b) -> Long.compare(a.getValue()[1], b.getValue()[1])).orElseThrow();
        String title = s.substring(s.indexOf("<h2>"), s.indexOf("</h2>"));
        assertTrue(title.contains("most prisoners in " + peak.getKey() + ": " + num(peak.getValue()[1]) + " in " + peak.getValue()[0] + " camps"), title);
        // The published total for 1 January 1934 stands beside the sum, with the share the check reports.
        assertTrue(s.contains("510,307 (gulag camps, 1934-01-01, readli-244724-p8)"), s);
        assertTrue(s.contains("124.9%"), s);
        assertTrue(s.contains("<code>urbica-gulag-admin-2017</code>") && s.contains("<code>memorial-sistema-itl-1998</code>"), s);
    }

    @Test
    void largestCampsOf1938ListTheTopCampWithItsCellLocator() {
        String s = section("gulag-largest-camps-1938");
        CSVRecord top = prisoners.stream().filter(r -> r.get("year").equals("1938"))
                .max((a, b) -> Long.compare(Long.parseLong(a.get("value")), Long.parseLong(b.get("value")))).orElseThrow();
        String line = top.get("locator").replaceAll("line=(\\d+); column=(\\d+)", "$1");
        String column = top.get("column");
        assertTrue(s.contains("<td class=\"num\">" + num(Long.parseLong(top.get("value"))) + "</td><td>exact</td>"), s);
        assertTrue(s.contains("<td class=\"num\">" + line + "</td><td class=\"num\">" + column + "</td></tr>"), line + "/" + column);
        assertTrue(s.contains("held " + num(Long.parseLong(top.get("value"))) + " prisoners"), s);
        assertEquals(12, count(s.substring(s.indexOf("<tbody>"), s.indexOf("</tbody>")), "<tr>"));
    }

    @Test
    void mapTableListsEveryCampShownAndTheCoordinatesAsPublished() {
        String s = section("gulag-camps-map-1938");
        String body = s.substring(s.indexOf("<tbody>"), s.indexOf("</tbody>"));
        assertEquals(60, count(body, "<tr>"), "camps open in 1938 at a known place (GulagChartsTest: 60)");
        assertEquals(5, count(body, "no figure"));
        assertTrue(body.contains("<td class=\"num\">100,875</td><td>exact</td><td>город Хабаровск</td><td class=\"num\">48.50727</td><td class=\"num\">135.04051</td>"), body);
    }

    @Test
    void eachCampsFigureShowsItsChecksWithTheWarningsAndEscapesThem() throws Exception {
        String perYear = section("gulag-prisoners-per-year");
        assertTrue(perYear.contains("<h3>Checks on this chart</h3>"));
        // Every coverage row that warns is listed with its year; the counts add up to the rows of checks.csv.
        for (String year : List.of("1931", "1932", "1933", "1934", "1953")) {
            assertTrue(perYear.contains("<td>" + year + " / "), "coverage warning for " + year);
        }
        Matcher m = Pattern.compile("(\\d+) results of checks that concern this chart: (\\d+) passed, (\\d+) warned, (\\d+) failed")
                .matcher(perYear);
        assertTrue(m.find(), perYear);
        assertEquals(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)));
        // The 1938 largest-camps checks name only camps on that chart (or all camps).
        String largest = section("gulag-largest-camps-1938");
        assertTrue(largest.contains("<h3>Checks on this chart</h3>"), largest);
        String map = section("gulag-camps-map-1938");
        assertTrue(map.contains("<h3>Checks on this chart</h3>"), map);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;camp&#39;)&lt;/script&gt; Outside every outline"), "hostile text escaped");
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
