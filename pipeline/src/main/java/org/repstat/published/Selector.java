package org.repstat.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks rows of a published table by their column values: {@code measure=executed|death_sentences; unit=persons;
 * source_id!=grokipedia-nkvd-troika}. Alternatives are separated by {@code |}; {@code !=} excludes. An empty selector
 * picks every row. Written in the catalogue, so a reader sees exactly which rows a check compares.
 */
public record Selector(String text, List<Condition> conditions) {

    /** One column condition. */
    public record Condition(String column, List<String> values, boolean negated) {
        boolean test(Map<String, String> row) {
            String v = row.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column '" + column + "' to select on");
            }
            return values.contains(v) != negated;
        }
    }

    public static final Selector ALL = new Selector("", List.of());

    public static Selector parse(String text) {
        List<Condition> conditions = new ArrayList<>();
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean negated = p.contains("!=");
            String[] kv = p.split(negated ? "!=" : "=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("expected column=value or column!=value, found '" + p + "'");
            }
            conditions.add(new Condition(kv[0].strip(), List.of(kv[1].strip().split("\\|", -1)), negated));
        }
        return new Selector(text.strip(), List.copyOf(conditions));
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public boolean test(Map<String, String> row) {
        for (Condition c : conditions) {
            if (!c.test(row)) {
                return false;
            }
        }
        return true;
    }
}
