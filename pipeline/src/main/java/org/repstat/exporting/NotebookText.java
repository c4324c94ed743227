package org.repstat.exporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repstat.io.RawRow;

/**
 * The prose parts of a notebook built from data: numbers as people read them, data text escaped so that a title
 * or a quote can never turn into markup, and the sources block (register entry, url, locators) for the rows shown.
 */
final class NotebookText {

    /** Beyond this many locators per source the list is summarised: each row still carries its own locator. */
    private static final int MAX_LOCATORS = 8;

    private NotebookText() {
    }

    /** 790665 → "790,665" whatever the machine's locale. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String number(String n) {
        return number(Long.parseLong(n));
    }

    /** An id or a value shown as code: nothing inside a code span is markup. */
    static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }

    /** Text from the data in Markdown: HTML-escaped and with Markdown's active characters escaped. */
    static String md(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '$' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link whose address cannot break out of the Markdown link syntax; an address that is not http(s) (a
     * {@code javascript:} or {@code data:} URL) is written as text, never as a link a reader could click.
     */
    static String link(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return md(url);
        }
        String safe = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
        return "[" + md(url) + "](" + safe + ")";
    }

    /** The sources of the rows shown: the register's description, address, and where in each source the rows are. */
    static String sources(List<RawRow> rows, CleanData data) {
        Map<String, Set<String>> locators = new TreeMap<>();
        Map<String, Set<String>> cited = new TreeMap<>();
        for (RawRow r : rows) {
            locators.computeIfAbsent(r.text("source_id"), k -> new TreeSet<>()).add(r.text("locator"));
            if (!r.text("cited_source_id").isEmpty()) {
                cited.computeIfAbsent(r.text("source_id"), k -> new TreeSet<>())
                        .add(code(r.text("cited_source_id")) + (r.text("cited_locator").isEmpty() ? "" : " (" + md(r.text("cited_locator")) + ")"));
            }
        }
        StringBuilder out = new StringBuilder("## Sources\n\nEvery row above names its source (`source_id`) and the place in it (`locator`); "
                + "the full register is `datasets/clean/sources.csv`.\n\n");
        for (Map.Entry<String, Set<String>> e : locators.entrySet()) {
            out.append("- ").append(describe(e.getKey(), data));
            List<String> locs = new ArrayList<>(e.getValue());
            if (locs.size() <= MAX_LOCATORS) {
                out.append(" Locators: ").append(String.join("; ", locs.stream().map(NotebookText::md).toList())).append('.');
            } else {
                out.append(" ").append(locs.size()).append(" locators, one per value, from ").append(md(locs.get(0)))
                        .append(" to ").append(md(locs.get(locs.size() - 1))).append('.');
            }
            if (cited.containsKey(e.getKey())) {
                out.append(" Cites: ").append(String.join("; ", cited.get(e.getKey()))).append('.');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** One source as the register describes it: authors, title, container, year, pages, reliability, url. */
    static String describe(String sourceId, CleanData data) {
        RawRow s = data.source(sourceId);
        StringBuilder out = new StringBuilder(code(sourceId)).append(": ");
        if (s == null) {
            return out.append("(not in the source register)").toString();
        }
        if (!s.text("authors").isEmpty()) {
            out.append(md(s.text("authors"))).append(", ");
        }
        out.append('*').append(md(s.text("title"))).append('*');
        for (String column : List.of("container", "year", "pages")) {
            String v = s.text(column);
            if (!v.isEmpty()) { // "598 pp." (a book's extent) is printed as is; "12-14" gets "pp."
                out.append(", ").append(column.equals("pages") && !v.contains("pp") ? "pp. " : "").append(md(v));
            }
        }
        out.append(out.charAt(out.length() - 1) == '.' ? "" : ".").append(" Reliability: ").append(md(s.text("reliability"))).append('.');
        if (!s.text("url").isEmpty()) {
            out.append(" ").append(link(s.text("url"))).append('.');
        }
        return out.toString();
    }
}
