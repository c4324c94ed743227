package org.repstat.reporting;

/**
 * HTML escaping for every value that comes from the data. The published tables hold text transcribed from web
 * pages and books; one stray {@code <} must print as a character, never become markup or script.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and for double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Escaped text in which every run of Cyrillic words is marked {@code lang="ru"}, so that a screen reader reads
     * a Russian name in Russian and a browser hyphenates and renders it as Russian.
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        java.util.regex.Matcher m = CYRILLIC_RUN.matcher(s);
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (m.find()) {
            b.append(esc(s.substring(at, m.start()))).append("<span lang=\"ru\">").append(esc(m.group())).append("</span>");
            at = m.end();
        }
        return b.append(esc(s.substring(at))).toString();
    }

    /** Cyrillic words, and the spaces, digits and punctuation between them. */
    private static final java.util.regex.Pattern CYRILLIC_RUN =
            java.util.regex.Pattern.compile("[\\p{IsCyrillic}][\\p{IsCyrillic}0-9«»\"'.,:;()\\-–— ]*[\\p{IsCyrillic}.»)]|[\\p{IsCyrillic}]");

    /**
     * A link to a source's address, or the address as plain text when it is not http(s): a {@code javascript:}
     * or {@code data:} URL in a source register must not become a live link.
     */
    public static String externalLink(String url, String text) {
        if (url == null || url.isBlank()) {
            return text(text);
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return text(text) + " (" + esc(url) + ")";
        }
        return "<a href=\"" + esc(url.strip()) + "\">" + text(text) + "</a>";
    }
}
