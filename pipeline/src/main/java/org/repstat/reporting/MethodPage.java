package org.repstat.reporting;

import static org.repstat.reporting.Html.esc;

import java.math.BigDecimal;
import java.util.List;
import org.repstat.charting.DataTable;
import org.repstat.provenance.QualifierRule;
import org.repstat.published.PublishedRow;
import org.repstat.topics.TopicSpec;

/**
 * The method page: how qualifiers become bounds, how far each kind of source is relied on, how an answer table
 * prefers one source's figure, how disagreements are handled — and every check result, topic by topic, with what
 * did not pass first. The topic pages link here from their one-line summary.
 */
final class MethodPage {

    private MethodPage() {
    }

    static String render(TopicSpec method, ReportData r) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.text(method.heading())).append("</h1>\n<p class=\"question\">")
                .append(Html.text(method.question())).append("</p>\n<p>").append(Html.text(method.intro())).append("</p>\n");
        b.append("<h2 id=\"qualifiers\">How a qualifier becomes bounds</h2>\n<p>A source that writes \"nearly 10,000\" does not say ")
                .append("10,000. We keep the printed figure and its qualifier, and derive a lower and an upper bound by a written ")
                .append("rule. The rules are data (<a href=\"../datasets/clean/qualifiers.csv\">qualifiers.csv</a>), so anyone can ")
                .append("read and dispute them. Charts draw these bounds as a pale band; an arrow points to the side where the ")
                .append("wording puts the true count.</p>\n");
        DataTable.Builder q = new DataTable.Builder("Qualifier", "Words", "Rule", "Why");
        for (PublishedRow row : r.reader().read("qualifiers")) {
            q.row(row.text("id"), row.text("definition"), rule(row), row.text("rationale"));
        }
        b.append(PageFrame.table(q.build(), "Qualifiers and the bounds they imply"));
        b.append("<h2 id=\"reliability\">How far each kind of source is relied on</h2>\n");
        DataTable.Builder g = new DataTable.Builder("Reliability", "Meaning");
        for (PublishedRow row : r.reader().read("reliability")) {
            g.row(row.text("label"), row.text("definition"));
        }
        b.append(PageFrame.table(g.build(), "Reliability grades of sources"))
                .append("<p>Figures that rest on a weak source only are never drawn on a chart: they stay in the chart's table, marked.</p>\n");
        b.append("<h2 id=\"preference\">Which figure an answer table prefers</h2>\n<p>Where several sources give a figure for the ")
                .append("same cell of an answer table, the table shows the one this rule prefers, with the range every source ")
                .append("gives and the number of sources; copies of one publication count once. The rule is data ")
                .append("(<a href=\"../datasets/clean/preference.csv\">preference.csv</a>).</p>\n");
        DataTable.Builder p = new DataTable.Builder("Rank", "Criterion", "Order", "Why");
        for (PublishedRow row : r.reader().read("preference")) {
            p.row(row.text("rank"), row.text("criterion"), row.text("order").replace("|", " > "), row.text("rationale"));
        }
        b.append(PageFrame.table(p.build(), "The preference rule, criterion by criterion"));
        b.append("<h2 id=\"disagreements\">How disagreements are handled</h2>\n<ul>\n")
                .append("<li>Sources that disagree are kept side by side. No figure is averaged away or silently replaced: the ")
                .append("<a href=\"reconciliation.html\">reconciliation</a> page shows every source's figure for one count beside ")
                .append("the median of the sources.</li>\n<li>A count is one measure (sentenced, executed, arrested …) of one scope ")
                .append("(an operation, the Red Army command staff …), for one place and one period.</li>\n")
                .append("<li>Death sentences and executions are different measures: not every sentence was carried out.</li>\n")
                .append("<li>The checks compare sources with each other and with stated totals, and say whether each difference ")
                .append("is within the bounds the wording allows, explained, or a failure.</li>\n</ul>\n");
        b.append("<h2 id=\"checks\">Every check, topic by topic</h2>\n");
        for (TopicSpec t : r.pages()) {
            b.append(checks(t, r));
        }
        return PageFrame.page(method.heading(), method.page(), r.pages(), b.toString());
    }

    private static String checks(TopicSpec t, ReportData r) {
        List<PublishedRow> checks = r.checks(t);
        if (checks.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section id=\"checks-").append(esc(t.id())).append("\">\n<h3>")
                .append(Html.text(t.heading())).append("</h3>\n");
        List<PublishedRow> notPassed = checks.stream().filter(c -> !c.text("status").equals("pass")).toList();
        List<PublishedRow> passed = checks.stream().filter(c -> c.text("status").equals("pass")).toList();
        b.append("<p>").append(checks.size()).append(" results: ").append(passed.size()).append(" passed, ")
                .append(notPassed.size()).append(" did not (listed first).</p>\n");
        if (!notPassed.isEmpty()) {
            b.append(table(notPassed, r));
        }
        if (!passed.isEmpty()) {
            b.append("<details><summary>").append(passed.size()).append(" checks passed (show them)</summary>\n")
                    .append(table(passed, r)).append("</details>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static String table(List<PublishedRow> checks, ReportData r) {
        DataTable.Builder t = new DataTable.Builder("Outcome", "Check", "Subject", "Observed", "Expected", "What it found", "Why this check exists");
        for (PublishedRow c : checks) {
            t.row(outcome(c), c.text("check_id"), c.text("subject"), c.text("observed"), c.text("expected"), c.text("message"), c.text("why"));
        }
        return PageFrame.table(r.data().readable(t.build()), "Check results");
    }

    /** "passed", "warning", "explained", "FAILED (error)": status first, in words a student reads. */
    static String outcome(PublishedRow c) {
        return switch (c.text("status")) {
            case "pass" -> "passed";
            case "warn" -> "warning";
            case "explained" -> "explained";
            default -> "FAILED (" + c.text("severity") + ")";
        };
    }

    private static String rule(PublishedRow q) {
        if (q.text("explicit").equals("true")) {
            return "bounds as printed in the source";
        }
        if (q.text("printed_precision").equals("true")) {
            return "lower = value − unit/2; upper = value + unit/2 (− 1 for whole counts), the unit of rounding read from "
                    + "the printed figure by the rules of precision.csv";
        }
        if (q.text("lower_factor").isEmpty() && q.text("upper_factor").isEmpty()) {
            return "no bounds";
        }
        QualifierRule rule = new QualifierRule(q.text("id"), dec(q.text("lower_factor")), orZero(q.text("lower_offset")),
                dec(q.text("upper_factor")), orZero(q.text("upper_offset")), false, q.text("definition"), q.text("rationale"));
        String d = rule.describe();
        return d.substring(d.indexOf(':') + 1).strip();
    }

    private static BigDecimal dec(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static BigDecimal orZero(String s) {
        return s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }
}
