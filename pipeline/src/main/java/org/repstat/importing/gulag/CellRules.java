package org.repstat.importing.gulag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Vocabulary;

/** The rules in {@code cell-rules.csv}, tried in file order: the first rule whose pattern matches wins. */
public final class CellRules {

    static final List<String> HEADER = List.of("rule_id", "kinds", "spilled_only", "pattern", "action", "measure",
            "qualifier", "note", "example_line", "example_column", "example");
    static final Set<String> ACTIONS = Set.of("number", "numbers", "closed", "text", "year", "date", "year_range",
            "not_given", "reject", "decimal", "lat_lon_pair", "decimal_first", "integer", "string", "link", "activity");

    /** How many capturing groups each action reads from its pattern's match. */
    static final java.util.Map<String, Integer> GROUPS = java.util.Map.of("number", 1, "numbers", 1, "year", 1,
            "date", 3, "year_range", 2, "decimal", 1, "lat_lon_pair", 2, "decimal_first", 2, "link", 1);

    /** A rule and the match it made. */
    public record Match(CellRule rule, Matcher matcher) {
    }

    private final List<CellRule> rules;

    private CellRules(List<CellRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static CellRules read(Path file) {
        return read(file, null, null);
    }

    /**
     * Reads the rules; with a vocabulary, every qualifier and measure a rule names must be in it, so that a misspelt
     * qualifier is reported at the rule's own line rather than at every camp cell the rule matches.
     */
    public static CellRules read(Path file, Vocabulary vocabulary, ColumnPlan plan) {
        List<CellRule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (RawRow row : RawTable.read(file, HEADER).requireRows().rows()) {
            String id = row.required("rule_id");
            if (!ids.add(id)) {
                throw row.error("rule_id", "duplicate rule id '" + id + "'");
            }
            String action = row.required("action");
            if (!ACTIONS.contains(action)) {
                throw row.error("action", "expected one of " + new java.util.TreeSet<>(ACTIONS) + ", found '" + action + "'");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(row.required("pattern"));
            } catch (PatternSyntaxException e) {
                throw row.error("pattern", "expected a Java regular expression: " + e.getDescription());
            }
            int groups = pattern.matcher("").groupCount();
            int needed = GROUPS.getOrDefault(action, 0);
            if (groups < needed) {
                throw row.error("pattern", "expected at least " + needed + " capturing group(s) ( … ) for action '" + action
                        + "', found " + groups);
            }
            if ((action.equals("number") || action.equals("numbers"))
                    && (row.text("measure").isEmpty() || row.text("qualifier").isEmpty())) {
                throw row.error(row.text("measure").isEmpty() ? "measure" : "qualifier",
                        "a rule with action '" + action + "' makes figures: it needs a measure and a qualifier");
            }
            Set<String> kinds = new LinkedHashSet<>(List.of(row.required("kinds").split(" ")));
            for (String kind : kinds) {
                if (!ColumnPlan.KINDS.contains(kind)) {
                    throw row.error("kinds", "expected column kinds from " + new java.util.TreeSet<>(ColumnPlan.KINDS)
                            + " separated by one space, found '" + kind + "'");
                }
            }
            if (vocabulary != null) {
                String qualifier = row.text("qualifier");
                if (!qualifier.isEmpty() && vocabulary.qualifier(qualifier) == null) {
                    throw row.error("qualifier", "expected a qualifier from datasets/vocab/qualifiers.csv "
                            + vocabulary.qualifiers().keySet() + ", found '" + qualifier + "'");
                }
                String measure = row.text("measure");
                if (!measure.isEmpty() && !vocabulary.contains("measure", measure)) {
                    throw row.error("measure", "expected a measure from datasets/vocab/measures.csv, found '" + measure + "'");
                }
            }
            CellRule rule = new CellRule(id, Set.copyOf(kinds), row.bool("spilled_only"), pattern, action, row.text("measure"),
                    row.text("qualifier"), row.text("note"), row.integer("example_line", false),
                    row.integer("example_column", false), row.text("example"));
            if (plan != null) {
                checkExample(row, rule, plan);
            }
            rules.add(rule);
        }
        return new CellRules(rules);
    }

    /**
     * A rule names the real cell it was written for: that cell's column must be one the rule applies to, and the
     * rule's pattern must take the example. A rule whose kinds and action were swapped, or whose pattern was
     * mistyped, is then named at its own line instead of at the camp cells it no longer takes.
     */
    private static void checkExample(RawRow row, CellRule rule, ColumnPlan plan) {
        int column = (int) rule.exampleColumn();
        if (column < 1 || column > plan.columns().size()) {
            throw row.error("example_column", "expected a column of the camps file (1–" + plan.columns().size() + "), found " + column);
        }
        ColumnPlan.Column c = plan.columns().get(column - 1);
        if (!rule.appliesTo(c.kind(), c.spilled())) {
            throw row.error("kinds", "the rule's example is in column " + c.label() + ", a " + (c.spilled() ? "spilled " : "")
                    + c.kind() + " column, which its kinds " + new java.util.TreeSet<>(rule.kinds())
                    + (rule.spilledOnly() && !c.spilled() ? " (spilled only)" : "") + " do not take");
        }
        if (!rule.pattern().matcher(trimmed(rule.example())).matches()) {
            throw row.error("example", "the rule's pattern does not take its own example '" + rule.example() + "'");
        }
    }

    public List<CellRule> all() {
        return rules;
    }

    public Optional<Match> match(String kind, boolean spilled, String cell) {
        for (CellRule r : rules) {
            if (r.appliesTo(kind, spilled)) {
                Matcher m = r.pattern().matcher(cell);
                if (m.matches()) {
                    return Optional.of(new Match(r, m));
                }
            }
        }
        return Optional.empty();
    }

    /** The trimmed cell that rules see: surrounding spaces and stray byte-order marks (U+FEFF) removed. */
    public static String trimmed(String raw) {
        return raw.replace("\uFEFF", "").strip();
    }
}
