package org.repstat.reporting;

import static org.repstat.reporting.Html.esc;

import java.util.List;
import java.util.regex.Pattern;
import org.repstat.charting.DataTable;
import org.repstat.topics.TopicSpec;

/** The frame every page shares — head, compact navigation with the current page marked — and the table markup. */
final class PageFrame {

    private static final Pattern NUMERIC = Pattern.compile("[−-]?[\\d,]+(\\.\\d+)?%?");

    private PageFrame() {
    }

    static String page(String title, String current, List<TopicSpec> pages, String body) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n<header class=\"site\"><nav aria-label=\"Pages of the report\">")
                .append(link("index.html", "Overview", current));
        for (TopicSpec t : pages) {
            b.append(link(t.page(), shortHeading(t), current));
        }
        b.append("</nav></header>\n<main>\n").append(body).append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String link(String href, String text, String current) {
        return "<a href=\"" + href + "\"" + (href.equals(current) ? " aria-current=\"page\"" : "") + ">" + Html.text(text) + "</a>";
    }

    /** The navigation's words: the heading up to its first colon or dash, so the bar stays short on a phone. */
    static String shortHeading(TopicSpec t) {
        String h = t.heading();
        for (String cut : new String[] {": ", " — ", ", "}) {
            int i = h.indexOf(cut);
            if (i > 0 && i < 40) {
                return h.substring(0, i);
            }
        }
        return h;
    }

    static String table(DataTable t, String caption) {
        StringBuilder b = new StringBuilder("<div class=\"table-wrap\" tabindex=\"0\"><table>\n<caption class=\"note\">")
                .append(Html.text(caption)).append("</caption>\n<thead><tr>");
        for (String h : t.header()) {
            b.append("<th scope=\"col\">").append(Html.text(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (String cell : row) {
                b.append(NUMERIC.matcher(cell).matches() ? "<td class=\"num\">" : "<td>").append(Html.text(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }
}
