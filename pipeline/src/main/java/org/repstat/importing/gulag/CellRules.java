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

/** The rules in {@code cell-rules.csv}, tried in file order: the first rule whose pattern matches wins. */
public final class CellRules {

    static final List<String> HEADER = List.of("rule_id", "kinds", "spilled_only", "pattern", "action", "measure",
            "qualifier", "note", "example_line", "example_column", "example");
    static final Set<String> ACTIONS = Set.of("number", "numbers", "closed", "text", "year", "date", "year_range",
            "not_given", "reject", "decimal", "lat_lon_pair", "decimal_first", "integer", "string", "link", "activity");

    /** A rule and the match it made. */
    public record Match(CellRule rule, Matcher matcher) {
    }

    private final List<CellRule> rules;

    private CellRules(List<CellRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static CellRules read(Path file) {
        List<CellRule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (RawRow row : RawTable.read(file, HEADER).rows()) {
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
            rules.add(new CellRule(id, Set.of(row.required("kinds").split(" ")),
                    Boolean.parseBoolean(row.required("spilled_only")), pattern, action, row.text("measure"),
                    row.text("qualifier"), row.text("note"), Long.parseLong(row.required("example_line")),
                    Integer.parseInt(row.required("example_column")), row.text("example")));
        }
        return new CellRules(rules);
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
