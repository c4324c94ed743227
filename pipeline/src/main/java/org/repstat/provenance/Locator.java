package org.repstat.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where in a source a value stands: page, footnote, table, row, column, line. Written as
 * {@code page=3; footnote=1} so that a person can read it and a program can parse it back.
 */
public record Locator(Map<String, String> parts) {

    /** The keys a locator may use, in the order they are written. */
    public static final List<String> KEYS =
            List.of("document", "section", "item", "page", "leaf", "footnote", "table", "row", "column", "paragraph", "line", "cell", "note");

    public Locator {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a locator needs at least one part");
        }
        for (String key : parts.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown locator key '" + key + "'; expected one of " + KEYS);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (parts.containsKey(key)) {
                ordered.put(key, parts.get(key));
            }
        }
        parts = java.util.Collections.unmodifiableMap(ordered);
    }

    public static Locator parse(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String piece : text.split(";")) {
            String p = piece.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("expected key=value pairs separated by '; ', found '" + p + "'");
            }
            String key = p.substring(0, eq).trim();
            if (parts.put(key, p.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("locator key '" + key + "' given twice");
            }
        }
        return new Locator(parts);
    }

    public static Locator of(String... keyValues) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parts.put(keyValues[i], keyValues[i + 1]);
        }
        return new Locator(parts);
    }

    public String get(String key) {
        return parts.get(key);
    }

    @Override
    public String toString() {
        return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
