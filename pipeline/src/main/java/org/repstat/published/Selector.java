package org.repstat.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks rows of a published table by their column values: {@code measure=executed|death_sentences; unit=persons;
 * source_id!=grokipedia-nkvd-troika; period_start^=1937}. Alternatives are separated by {@code |}; {@code !=}
 * excludes; {@code ^=} matches a prefix (a year picks its months and days); an empty value matches an empty cell, so
 * {@code total!=} picks rows that have a total. An empty selector picks every row. Written in the catalogue and the
 * topic specs, so a reader sees exactly which rows a check or a chart takes, and a notebook can say the same in pandas.
 */
public record Selector(String text, List<Condition> conditions) {

    /** How a condition compares a cell with its values. */
    public enum Op {
        EQUALS, PREFIX
    }

    /** One column condition. */
    public record Condition(String column, Op op, List<String> values, boolean negated) {
        boolean test(Map<String, String> row) {
            String v = row.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column '" + column + "' to select on");
            }
            boolean hit = op == Op.EQUALS ? values.contains(v) : values.stream().anyMatch(v::startsWith);
            return hit != negated;
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
            String[] ops = {"!^=", "^=", "!=", "="};
            String found = null;
            int at = -1;
            for (String op : ops) {
                int i = p.indexOf(op);
                if (i > 0 && (at < 0 || i < at || (i == at && op.length() > found.length()))) {
                    at = i;
                    found = op;
                }
            }
            if (found == null || p.substring(0, at).isBlank()) {
                throw new IllegalArgumentException("expected column=value, column!=value or column^=prefix, found '" + p + "'");
            }
            String column = p.substring(0, at).strip();
            if (!column.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("expected a column name (lowercase, digits, _), found '" + column + "'");
            }
            List<String> values = List.of(p.substring(at + found.length()).strip().split("\\|", -1)).stream()
                    .map(String::strip).toList();
            conditions.add(new Condition(column, found.contains("^") ? Op.PREFIX : Op.EQUALS, values, found.startsWith("!")));
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

    /** The columns this selector names that {@code available} lacks (empty when the selector fits the table). */
    public List<String> unknownColumns(Set<String> available) {
        return conditions.stream().map(Condition::column).filter(c -> !available.contains(c)).distinct().toList();
    }
}
