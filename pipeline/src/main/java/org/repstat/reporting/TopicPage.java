package org.repstat.reporting;

import static org.repstat.reporting.Html.esc;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.repstat.charting.Figure;
import org.repstat.charting.TitledChart;
import org.repstat.published.PublishedRow;
import org.repstat.topics.AnswerSpec;
import org.repstat.topics.TopicSpec;

/**
 * A topic's page, as a student reads it: the question, each chart under a title that states its finding, the
 * numbers as a table, the sources by name with where each figure is printed, the caveats, the answer tables to
 * download, and one line saying how far to trust the numbers, which links to the method page's full results.
 */
final class TopicPage {

    private TopicPage() {
    }

    static String render(TopicSpec t, ReportData r) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(t.heading())).append("</h1>\n<p class=\"question\">").append(Html.text(t.question()))
                .append("</p>\n");
        if (!t.intro().isEmpty()) {
            b.append("<p>").append(Html.text(t.intro())).append("</p>\n");
        }
        b.append(trust(t, r));
        List<Figure> figures = r.figuresOf(t);
        if (figures.size() > 1) {
            b.append("<ul>\n");
            for (Figure f : figures) {
                b.append("<li><a href=\"#").append(esc(f.id())).append("\">").append(Html.text(f.title())).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        for (Figure f : figures) {
            b.append(figure(f, r));
        }
        if (!t.caveats().isEmpty()) {
            b.append("<h2>Caveats</h2>\n<ul>\n");
            t.caveats().forEach(c -> b.append("<li>").append(Html.text(c)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append(answers(t, r));
        return PageFrame.page(t.heading(), t.page(), r.pages(), b.toString());
    }

    /** "How far to trust these numbers: 412 checks, 398 passed, 12 warnings …" with a link to the full list. */
    static String trust(TopicSpec t, ReportData r) {
        List<PublishedRow> checks = r.checks(t);
        if (checks.isEmpty()) {
            return "";
        }
        Map<String, Integer> counts = new TreeMap<>();
        checks.forEach(c -> counts.merge(c.text("status"), 1, Integer::sum));
        StringBuilder b = new StringBuilder("<p class=\"trust\"><strong>How far to trust these numbers:</strong> ")
                .append(checks.size()).append(" check results on this page's figures — ")
                .append(counts.getOrDefault("pass", 0)).append(" passed, ")
                .append(counts.getOrDefault("explained", 0)).append(" disagreements explained, ")
                .append(counts.getOrDefault("warn", 0)).append(counts.getOrDefault("warn", 0) == 1 ? " warning, " : " warnings, ")
                .append(counts.getOrDefault("fail", 0)).append(" failed. ");
        return b.append("<a href=\"method.html#checks-").append(esc(t.id())).append("\">See every check and what it found</a>.</p>\n").toString();
    }

    private static String figure(Figure f, ReportData r) {
        TitledChart drawn = new TitledChart(f.chart(), f.title());
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"figure\" id=\"").append(esc(f.id())).append("\">\n<h2>").append(Html.text(f.title()))
                .append("</h2>\n<p class=\"swipe\">The chart is wider than the screen: swipe it sideways; its numbers are in the table below.</p>\n<div class=\"chart-wrap\" tabindex=\"0\"><figure>\n<picture><source srcset=\"charts/").append(esc(f.svg())).append("\" type=\"image/svg+xml\">")
                .append("<img src=\"charts/").append(esc(f.png())).append("\" alt=\"").append(esc(f.alt()))
                .append("\" width=\"").append(drawn.getWidth()).append("\" height=\"").append(drawn.getHeight())
                .append("\"></picture>\n</figure></div>\n<p class=\"note\">").append(Html.text(r.data().readable(f.caption()))).append("</p>\n");
        b.append(PageFrame.table(r.data().readable(f.table()), "The numbers behind the chart"));
        b.append(sources(f, r));
        return b.append("</section>\n").toString();
    }

    private static String sources(Figure f, ReportData r) {
        Map<String, Set<String>> locators = new LinkedHashMap<>();
        for (Figure.Cited c : f.cited()) {
            locators.computeIfAbsent(c.sourceId(), k -> new LinkedHashSet<>()).add(c.locator());
        }
        StringBuilder b = new StringBuilder("<h3>Sources</h3>\n<ul class=\"sources\">\n");
        for (Map.Entry<String, Set<String>> e : new TreeMap<>(locators).entrySet()) {
            PublishedRow s = r.data().source(e.getKey());
            String label = r.data().sourceLabel(e.getKey());
            String title = s == null ? "" : s.text("title");
            b.append("<li>").append(Html.externalLink(s == null ? "" : s.text("url"), label));
            if (!title.isEmpty() && !title.equals(label)) {
                b.append(": ").append(Html.text(title));
            }
            if (s != null && !s.text("reliability").isEmpty()) {
                b.append(" <span class=\"note\">(").append(esc(s.text("reliability"))).append(" source)</span>");
            }
            List<String> locs = e.getValue().stream().filter(l -> !l.isEmpty()).sorted().toList();
            if (!locs.isEmpty()) {
                List<String> shown = locs.size() > 4 ? locs.subList(0, 3) : locs;
                b.append(" — at ").append(Html.text(String.join(" | ", shown)));
                if (shown.size() < locs.size()) {
                    b.append(" … and ").append(locs.size() - shown.size()).append(" more places (each row's locator is in the published table)");
                }
            }
            b.append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    private static String answers(TopicSpec t, ReportData r) {
        if (t.answers().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>The data behind this page</h2>\n<p>Answer tables, one row per ")
                .append("question's unit, each figure with its source (UTF-8 CSV; every column is described in the ")
                .append("<a href=\"../datasets/README.md\">codebook</a>):</p>\n<ul>\n");
        for (AnswerSpec a : t.answers()) {
            String file = r.reader().spec(a.id()).path();
            b.append("<li><a href=\"../datasets/clean/").append(esc(file)).append("\">").append(esc(file))
                    .append("</a>: ").append(Html.text(a.title())).append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }
}
