package org.repstat.reporting;

import static org.repstat.reporting.Html.esc;

import java.util.List;
import org.repstat.charting.Figure;
import org.repstat.published.PublishedRow;
import org.repstat.published.TableSpec;
import org.repstat.topics.TopicSpec;

/**
 * The report's front page: what it is about, the few numbers a student should leave with (each with its source and
 * the range across sources), the topics with their findings, and the published tables to download.
 */
final class IndexPage {

    private IndexPage() {
    }

    static String render(TopicSpec index, ReportData r) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(index.heading())).append("</h1>\n<p class=\"question\">")
                .append(Html.text(index.question())).append("</p>\n<p>").append(Html.text(index.intro())).append("</p>\n");
        if (!index.keyNumbers().isEmpty()) {
            b.append("<section aria-labelledby=\"key-numbers\"><h2 id=\"key-numbers\">Key numbers</h2>\n<div class=\"keys\">\n");
            for (TopicSpec.KeyNumber k : index.keyNumbers()) {
                b.append(key(k, r));
            }
            b.append("</div>\n<p class=\"note\">Each figure is the one the preference rule picks (the most reliable source, ")
                    .append("then the most precise print; see <a href=\"method.html#preference\">Method</a>), with the range ")
                    .append("every source we hold gives for the same count.</p>\n</section>\n");
        }
        b.append("<h2>Topics</h2>\n<ul>\n");
        for (TopicSpec t : r.pages()) {
            b.append("<li><a href=\"").append(esc(t.page())).append("\">").append(Html.text(t.heading())).append("</a>");
            List<Figure> figures = r.figuresOf(t);
            if (!figures.isEmpty() && !t.id().equals("reconciliation")) {
                b.append("<ul>\n");
                for (Figure f : figures) {
                    b.append("<li><a href=\"").append(esc(t.page())).append('#').append(esc(f.id())).append("\">")
                            .append(Html.text(f.title())).append("</a></li>\n");
                }
                b.append("</ul>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n<h2>Download the data</h2>\n<p>The clean tables (UTF-8 CSV, one row per value) and their ")
                .append("<a href=\"../datasets/clean/datapackage.json\">datapackage.json</a> (Frictionless Table Schema); ")
                .append("the <a href=\"../datasets/README.md\">codebook</a> says what every column holds.</p>\n<ul>\n");
        for (TableSpec s : r.reader().specs()) {
            if (r.reader().exists(s.name())) {
                b.append("<li><a href=\"../datasets/clean/").append(esc(s.path())).append("\">").append(esc(s.path()))
                        .append("</a>: ").append(Html.text(s.title())).append("</li>\n");
            }
        }
        b.append("</ul>\n");
        return PageFrame.page(index.heading(), "index.html", r.pages(), b.toString());
    }

    private static String key(TopicSpec.KeyNumber k, ReportData r) {
        List<PublishedRow> rows = r.reader().read(k.from()).stream().filter(x -> k.select().test(x.cells())).toList();
        StringBuilder b = new StringBuilder("<div class=\"key\">");
        if (rows.isEmpty() || rows.get(0).number(k.column()) == null) {
            return b.append("<span class=\"figure\">not given</span><span class=\"what\">").append(Html.text(k.label()))
                    .append("</span></div>\n").toString();
        }
        PublishedRow row = rows.get(0);
        String c = k.column();
        String q = row.text(c + "_qualifier");
        String figure = org.repstat.charting.ChartStyle.qualifierWords(q)
                + org.repstat.charting.ChartStyle.count(row.number(c));
        b.append("<span class=\"figure\">").append(esc(figure)).append("</span><span class=\"what\">").append(Html.text(k.label()))
                .append("</span><span class=\"from\">").append(Html.text(row.text(c + "_source")));
        String min = row.text(c + "_min");
        String max = row.text(c + "_max");
        String n = row.text(c + "_sources");
        if (!min.isEmpty() && !min.equals(max)) {
            b.append("; sources give ").append(esc(org.repstat.charting.ChartStyle.count(new java.math.BigDecimal(min)))).append("–")
                    .append(esc(org.repstat.charting.ChartStyle.count(new java.math.BigDecimal(max))));
        }
        if (!n.isEmpty()) {
            b.append(" (").append(esc(n)).append(n.equals("1") ? " source" : " sources").append(")");
        }
        return b.append("</span></div>\n").toString();
    }
}
