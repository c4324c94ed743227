package org.repstat.exporting;

import java.util.List;
import java.util.Locale;

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

    /** A Python string literal for any text: double quotes, backslashes and controls escaped. */
    static String py(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A Python list of string literals. */
    static String pyList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(NotebookText::py).toList()) + "]";
    }

    /** Only http(s) addresses become links; anything else is shown as text. */
    static String safeLink(String url, String text) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return md(text) + (url.isBlank() ? "" : " (" + md(url) + ")");
        }
        String safe = url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
        return "[" + md(text) + "](" + safe + ")";
    }
}
