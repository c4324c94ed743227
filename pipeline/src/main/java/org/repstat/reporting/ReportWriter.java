package org.repstat.reporting;

import static org.repstat.reporting.Html.esc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.repstat.Workspace;
import org.repstat.charting.DataTable;
import org.repstat.charting.Figure;
import org.repstat.charting.PublishedData;
import org.repstat.charting.TitledChart;
import org.repstat.charting.Topic;
import org.repstat.io.AtomicFiles;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.QualifierRule;

/**
 * Writes the students' report: {@code reports/index.html}, one page per topic and a method page. Static HTML with
 * one local stylesheet: it opens offline and from a file:// URL. Every value from the data is escaped; nothing in
 * the pages depends on the clock, so the same tables give the same bytes.
 */
public final class ReportWriter {

    private static final Pattern NUMERIC = Pattern.compile("[−-]?[\\d,]+(\\.\\d+)?%?");

    private final Workspace ws;
    private final PublishedData data;
    private final List<Figure> figures;

    public ReportWriter(Workspace ws, PublishedData data, List<Figure> figures) {
        this.ws = ws;
        this.data = data;
        this.figures = List.copyOf(figures);
    }

    /** Writes every page; returns the files written, relative to reports/. */
    public List<String> write() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("style.css", ReportStyle.CSS);
        pages.put("index.html", index());
        for (Topic t : topics()) {
            pages.put(t.page(), topicPage(t));
        }
        pages.put("method.html", method());
        for (Map.Entry<String, String> p : pages.entrySet()) {
            AtomicFiles.write(ws.reports().resolve(p.getKey()), p.getValue());
        }
        return List.copyOf(pages.keySet());
    }

    /** Topics with something to show: a figure (the Gulag camps figures exist only once the camps file is imported). */
    List<Topic> topics() {
        List<Topic> out = new ArrayList<>();
        for (Topic t : Topic.values()) {
            if (figures.stream().anyMatch(f -> f.topic() == t)) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- page frame -------------------------------------------------------------------------------------------

    private String page(String title, String body) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n<header class=\"site\"><nav>")
                .append("<a href=\"index.html\">Overview</a>");
        for (Topic t : topics()) {
            b.append("<a href=\"").append(t.page()).append("\">").append(esc(t.heading())).append("</a>");
        }
        b.append("<a href=\"method.html\">Method</a></nav></header>\n<main>\n").append(body).append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    // ---- index ------------------------------------------------------------------------------------------------

    private String index() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Soviet state repression, 1937–38: the numbers and where they come from</h1>\n")
                .append("<p>Every chart in this report is drawn from the published tables in <code>datasets/clean/</code>. ")
                .append("Beside each chart you find the numbers as a table, the sources with the exact place each figure ")
                .append("is printed, and the results of the checks that concern it. Where a source qualifies a figure ")
                .append("(\"approximately\", \"nearly\", \"over\"), the chart draws the range those words allow, not a ")
                .append("false exact bar: see <a href=\"method.html\">Method</a>.</p>\n");
        b.append("<h2>Topics</h2>\n<ul>\n");
        for (Topic t : topics()) {
            b.append("<li><a href=\"").append(t.page()).append("\">").append(esc(t.heading())).append("</a><ul>\n");
            for (Figure f : figures) {
                if (f.topic() == t) {
                    b.append("<li><a href=\"").append(t.page()).append('#').append(esc(f.id())).append("\">")
                            .append(esc(f.title())).append("</a></li>\n");
                }
            }
            b.append("</ul></li>\n");
        }
        b.append("<li><a href=\"method.html\">Method: how qualifiers become bounds, how disagreements are handled</a></li>\n</ul>\n");
        b.append("<h2>Download the data</h2>\n<p>The clean tables (UTF-8 CSV, one row per value) and their ")
                .append("<a href=\"../datasets/clean/datapackage.json\">datapackage.json</a> (Frictionless Table Schema):</p>\n<ul>\n");
        for (String f : cleanFiles()) {
            b.append("<li><a href=\"../datasets/clean/").append(esc(f)).append("\">").append(esc(f)).append("</a></li>\n");
        }
        b.append("</ul>\n");
        return page("Soviet state repression 1937–38: report", b.toString());
    }

    private List<String> cleanFiles() {
        try (Stream<Path> files = Files.list(ws.clean())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") || n.equals("datapackage.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ws.clean(), e);
        }
    }

    private List<String> campFiles() {
        return cleanFiles().stream().filter(n -> n.startsWith("gulag_camp")).toList();
    }

    // ---- topic pages ------------------------------------------------------------------------------------------

    private String topicPage(Topic t) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(t.heading())).append("</h1>\n");
        List<Figure> mine = figures.stream().filter(f -> f.topic() == t).toList();
        if (mine.size() > 1) {
            b.append("<ul>\n");
            for (Figure f : mine) {
                b.append("<li><a href=\"#").append(esc(f.id())).append("\">").append(esc(f.title())).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        for (Figure f : mine) {
            b.append(figure(f));
        }
        if (t == Topic.GULAG) {
            b.append(camps());
        }
        b.append(checks(t));
        return page(t.heading(), b.toString());
    }

    private String figure(Figure f) {
        TitledChart drawn = new TitledChart(f.chart(), f.title());
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"figure\" id=\"").append(esc(f.id())).append("\">\n<h2>").append(esc(f.title()))
                .append("</h2>\n<div class=\"pair\">\n<figure>\n<img src=\"charts/").append(esc(f.png()))
                .append("\" alt=\"").append(esc("Chart: " + f.title() + ". The numbers are in the table beside it."))
                .append("\" width=\"").append(drawn.getWidth()).append("\" height=\"").append(drawn.getHeight())
                .append("\">\n<figcaption>").append(esc(f.caption())).append(" <a href=\"charts/").append(esc(f.svg()))
                .append("\">Vector version for print (SVG)</a>.</figcaption>\n</figure>\n");
        b.append("<div class=\"table-wrap\">").append(table(f.table(), "The numbers behind the chart")).append("</div>\n</div>\n");
        b.append(sources(f));
        b.append(figureChecks(f));
        b.append("</section>\n");
        return b.toString();
    }

    static String table(DataTable t, String caption) {
        StringBuilder b = new StringBuilder("<table>\n<caption class=\"note\">").append(esc(caption)).append("</caption>\n<thead><tr>");
        for (String h : t.header()) {
            b.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (String cell : row) {
                b.append(NUMERIC.matcher(cell).matches() ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>").toString();
    }

    private String sources(Figure f) {
        Map<String, Set<String>> locators = new LinkedHashMap<>();
        for (Figure.Cited c : f.cited()) {
            locators.computeIfAbsent(c.sourceId(), k -> new LinkedHashSet<>()).add(c.locator());
        }
        StringBuilder b = new StringBuilder("<h3>Sources</h3>\n<ul class=\"sources\">\n");
        for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(locators).entrySet()) {
            PublishedData.Src s = data.source(e.getKey());
            b.append("<li><code>").append(esc(s.id())).append("</code>: ").append(Html.externalLink(s.url(), s.citation()));
            if (!s.reliability().isEmpty()) {
                b.append(" <span class=\"note\">[").append(esc(s.reliability())).append("]</span>");
            }
            List<String> locs = e.getValue().stream().filter(l -> !l.isEmpty()).sorted().toList();
            if (!locs.isEmpty()) {
                // A transcribed table has one locator per cell; the first few say where, the table has them all.
                List<String> shown = locs.size() > 4 ? locs.subList(0, 3) : locs;
                b.append(" — at ").append(esc(String.join(" | ", shown)));
                if (shown.size() < locs.size()) {
                    b.append(" … and ").append(locs.size() - shown.size())
                            .append(" more places (every row's locator is in the published table)");
                }
            }
            b.append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    /** The camp tables to download, under the camps figures. */
    private String camps() {
        List<String> files = campFiles();
        if (files.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section id=\"camps\">\n<h2>The camp tables</h2>\n")
                .append("<p>The camps figures above are drawn from these tables (UTF-8 CSV; what each column holds is in ")
                .append("the codebook, <a href=\"../datasets/codebook/gulag-camps.md\">gulag-camps.md</a>):</p>\n<ul>\n");
        for (String f : files) {
            b.append("<li><a href=\"../datasets/clean/").append(esc(f)).append("\">").append(esc(f)).append("</a></li>\n");
        }
        return b.append("</ul>\n</section>\n").toString();
    }

    /**
     * The checks that concern one chart: how many passed, warned, failed or were explained, and every row that did
     * not pass, with what it names. Empty for a figure whose checks are only the page's.
     */
    private String figureChecks(Figure f) {
        if (f.checks().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h3>Checks on this chart</h3>\n<p>").append(f.checks().size())
                .append(" results of checks that concern this chart: ").append(statusCounts(f.checks())).append(".");
        List<PublishedData.Check> notPassed = f.checks().stream().filter(c -> !c.status().equals("pass")).toList();
        if (notPassed.isEmpty()) {
            return b.append("</p>\n").toString();
        }
        b.append(" Those that did not pass, with the camps or years they name (a warning reports something the ")
                .append("source says that does not add up; nothing is changed to hide it):</p>\n");
        return b.append(checksTable(notPassed)).toString();
    }

    static String statusCounts(List<PublishedData.Check> checks) {
        List<String> parts = new ArrayList<>();
        for (String status : List.of("pass", "warn", "fail", "explained")) {
            long n = checks.stream().filter(c -> c.status().equals(status)).count();
            if (n > 0 || status.equals("fail")) {
                parts.add(n + " " + STATUS_WORDS.get(status));
            }
        }
        return String.join(", ", parts);
    }

    private static final Map<String, String> STATUS_WORDS = Map.of("pass", "passed", "warn", "warned",
            "fail", "failed", "explained", "explained");

    private static String checksTable(List<PublishedData.Check> checks) {
        StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table>\n<thead><tr><th>Status</th><th>Check</th><th>Severity</th><th>Subject</th>")
                .append("<th>Observed</th><th>Expected</th><th>Outcome</th><th>Why this check exists</th></tr></thead>\n<tbody>\n");
        for (PublishedData.Check c : checks) {
            b.append("<tr><td class=\"status-").append(esc(c.status())).append("\">").append(esc(c.status()))
                    .append("</td><td>").append(esc(c.checkId())).append("</td><td>").append(esc(c.severity()))
                    .append("</td><td>").append(esc(c.subject())).append("</td><td>").append(esc(c.observed()))
                    .append("</td><td>").append(esc(c.expected())).append("</td><td>").append(esc(c.message()))
                    .append("</td><td>").append(esc(c.why())).append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    private String checks(Topic t) {
        StringBuilder b = new StringBuilder("<section id=\"checks\">\n<h2>Checks on this topic</h2>\n");
        if (!Files.exists(ws.clean().resolve("checks.csv"))) {
            return b.append("<p class=\"note\">The check stage has not published <code>checks.csv</code> yet: run ")
                    .append("<code>./repstat run</code> to see the checks here.</p>\n</section>\n").toString();
        }
        List<PublishedData.Check> checks = data.checksFor(t.id());
        if (checks.isEmpty()) {
            return b.append("<p class=\"note\">No check in <code>checks.csv</code> concerns this topic.</p>\n</section>\n").toString();
        }
        b.append("<p>").append(checks.size()).append(" check results: ").append(statusCounts(checks)).append(".</p>\n");
        // What needs a reader's attention first; the passes stay one click away, so a long list of "pass" does not
        // bury the few disagreements.
        List<PublishedData.Check> notPassed = checks.stream().filter(c -> !c.status().equals("pass")).toList();
        List<PublishedData.Check> passed = checks.stream().filter(c -> c.status().equals("pass")).toList();
        if (!notPassed.isEmpty()) {
            b.append(checksTable(notPassed));
        }
        if (!passed.isEmpty()) {
            b.append("<details><summary>").append(passed.size()).append(" checks passed (show them)</summary>\n")
                    .append(checksTable(passed)).append("</details>\n");
        }
        return b.append("</section>\n").toString();
    }

    // ---- method -----------------------------------------------------------------------------------------------

    private String method() {
        StringBuilder b = new StringBuilder("<h1>Method</h1>\n");
        b.append("<h2>How a qualifier becomes bounds</h2>\n<p>A source that writes \"nearly 10,000\" does not say ")
                .append("10,000. We keep the printed figure and its qualifier, and derive a lower and an upper bound by a ")
                .append("written rule. The rules are data (<a href=\"../datasets/clean/qualifiers.csv\">qualifiers.csv</a>), ")
                .append("so anyone can read and dispute them. Charts draw these bounds as a pale band; an arrow points ")
                .append("to the side where the wording puts the true count.</p>\n");
        DataTable.Builder t = new DataTable.Builder("Qualifier", "Words", "Rule", "Why");
        for (PublishedData.Qualifier q : data.qualifiers()) {
            t.row(q.id(), q.definition(), rule(q), q.rationale());
        }
        b.append("<div class=\"table-wrap\">").append(table(t.build(), "Qualifiers and the bounds they imply")).append("</div>\n");
        b.append("<h2>How disagreements are handled</h2>\n<ul>\n")
                .append("<li>Sources that disagree are kept side by side. No figure is averaged away or silently ")
                .append("replaced: the <a href=\"reconciliation.html\">reconciliation</a> page shows every source's ")
                .append("value for one concept with its bounds and the median of the sources.</li>\n")
                .append("<li>A concept is one measure (sentenced, executed, arrested …) of one scope (an operation, the ")
                .append("Red Army command staff …), for one place and one period. Figures for different periods or ")
                .append("scopes are not compared with each other.</li>\n")
                .append("<li>Death sentences and executions are different measures: not every sentence was carried out.</li>\n")
                .append("<li>The checks (<code>checks.csv</code>) compare sources with each other and with stated totals, ")
                .append("and say whether each difference is within the bounds the wording allows, explained, or a failure.</li>\n")
                .append("<li>Every source carries a reliability grade. Weak sources (copies of encyclopedia text, machine ")
                .append("translations) are shown for comparison and marked [weak] on the charts; they are never relied upon ")
                .append("alone.</li>\n</ul>\n");
        Path reliability = ws.clean().resolve("reliability.csv");
        if (Files.exists(reliability)) {
            DataTable.Builder r = new DataTable.Builder("Reliability", "Meaning");
            for (RawRow row : RawTable.read(reliability).rows()) {
                r.row(row.text("label"), row.text("definition"));
            }
            b.append("<div class=\"table-wrap\">").append(table(r.build(), "Reliability grades of sources")).append("</div>\n");
        }
        b.append("<h2>How the charts are made</h2>\n<p>The charts are drawn by <code>./repstat report</code> from the ")
                .append("published tables only, with a pinned font, in PNG for the screen and SVG for print. Titles are ")
                .append("computed from the data. The tables beside each chart are the text version of the same numbers.</p>\n");
        return page("Method", b.toString());
    }

    private static String rule(PublishedData.Qualifier q) {
        if (q.explicit()) {
            return "bounds as printed in the source";
        }
        if (q.printedPrecision()) {
            return "lower = value − unit/2; upper = value + unit/2 (− 1 for whole counts), the unit of rounding read from the printed figure (precision.csv)";
        }
        if (q.lowerFactor().isEmpty() && q.upperFactor().isEmpty()) {
            return "no value, no bounds";
        }
        QualifierRule rule = new QualifierRule(q.id(), dec(q.lowerFactor()), dec(q.lowerOffset()),
                dec(q.upperFactor()), dec(q.upperOffset()), false, q.definition(), q.rationale());
        String d = rule.describe();
        return d.substring(d.indexOf(':') + 1).strip();
    }

    private static BigDecimal dec(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }
}
