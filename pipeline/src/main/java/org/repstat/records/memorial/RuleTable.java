package org.repstat.records.memorial;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.records.NormalisationRules;

/**
 * One rules file of {@code datasets/records/memorial/}: {@code priority,pattern,<value>,note}, read exactly like the
 * sentence and body rules next to it, so that what the importer decides about a spelling is a row a reader can see
 * and dispute. The rule with the lowest priority whose pattern is found wins; no rule found is {@code null}, which
 * the caller keeps as text and counts, never guesses.
 *
 * <p>Patterns are lower case. {@link #classify} matches the normalised text (lower case, ё as е, single spaces);
 * {@link #at} and {@link #search} match {@link #lower} text, which has the same length as the original, so a match
 * can cut the original text at the same places.
 */
public final class RuleTable implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CACHE_LIMIT = 100_000;

    /** One rule, with the line of the file it was read from and its reason. */
    public record Rule(int priority, Pattern pattern, String value, long line, String note) implements Serializable {
    }

    private final String file;
    private final List<Rule> rules;
    private transient Map<String, String> cache;

    private RuleTable(String file, List<Rule> rules) {
        this.file = file;
        this.rules = List.copyOf(rules);
    }

    /**
     * @param allowed the values a rule may give, or null for an open vocabulary (place names, nationalities)
     * @throws org.repstat.io.InputException naming file, line and column of a bad rule
     */
    public static RuleTable load(Path file, String valueColumn, Set<String> allowed) {
        RawTable table = RawTable.read(file, List.of("priority", "pattern", valueColumn, "note"));
        List<Rule> rules = new ArrayList<>();
        for (RawRow row : table.rows()) {
            String value = row.required(valueColumn);
            if (allowed != null && !allowed.contains(value)) {
                throw row.error(valueColumn, "expected one of " + new TreeSet<>(allowed) + ", found '" + value + "'");
            }
            String note = row.required("note"); // every judgement carries its reason
            String regex = row.required("pattern");
            String unescaped = regex.replaceAll("\\\\.", "");
            if (!unescaped.equals(lower(unescaped))) {
                throw row.error("pattern", "write patterns in lower case: the text is lower-cased before matching");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
            } catch (PatternSyntaxException e) {
                throw row.error("pattern", "not a regular expression: " + e.getDescription());
            }
            int priority;
            try {
                priority = Integer.parseInt(row.required("priority"));
            } catch (NumberFormatException e) {
                throw row.error("priority", "expected a whole number");
            }
            rules.add(new Rule(priority, pattern, value, row.line(), note));
        }
        rules.sort(Comparator.comparingInt(Rule::priority).thenComparingLong(Rule::line));
        return new RuleTable(file.getFileName().toString(), rules);
    }

    /** Lower case and ё as е, character for character: the result is exactly as long as the text. */
    public static String lower(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
            if (c[i] == 'ё') {
                c[i] = 'е';
            }
        }
        return new String(c);
    }

    public String file() {
        return file;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The value of the first rule found in the normalised text, or null when no rule knows it (or it is empty). */
    public String classify(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (cache == null) {
            cache = new ConcurrentHashMap<>();
        }
        String known = cache.get(raw);
        if (known == null) {
            String text = NormalisationRules.normalise(raw);
            known = "";
            for (Rule rule : rules) {
                if (rule.pattern().matcher(text).find()) {
                    known = rule.value();
                    break;
                }
            }
            if (cache.size() < CACHE_LIMIT) {
                cache.put(raw, known);
            }
        }
        return known.isEmpty() ? null : known;
    }

    /**
     * The rule {@link #classify} takes for this text (the first by priority found in the normalised text), or null:
     * so that a count can name the line of the rules file that read its values.
     */
    public Rule match(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = NormalisationRules.normalise(raw);
        for (Rule rule : rules) {
            if (rule.pattern().matcher(text).find()) {
                return rule;
            }
        }
        return null;
    }

    /** A rule's match found in a text: its value and where it is. */
    public record Hit(String value, int start, int end, Matcher matcher) {
    }

    /** The first rule (by priority) that matches at the start of the text, e.g. a line's field word. */
    public Hit at(String text) {
        String lowered = lower(text);
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(lowered);
            if (m.lookingAt()) {
                return new Hit(rule.value(), m.start(), m.end(), m);
            }
        }
        return null;
    }

    /**
     * The value of {@link #at}{@code (text.substring(from))}, for a text already {@link #lower lowered}: the rules
     * match from {@code from} as if the text began there (anchoring bounds, opaque to what lies before), without
     * lowering and copying the rest of the text again for every place a caller tries.
     */
    public String valueAt(String lowered, int from) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(lowered);
            m.region(from, lowered.length());
            if (m.lookingAt()) {
                return rule.value();
            }
        }
        return null;
    }

    /** The earliest match of the rules giving {@code value}, at or after {@code from}; null when there is none. */
    public Hit search(String text, String value, int from) {
        String lowered = lower(text);
        Hit best = null;
        for (Rule rule : rules) {
            if (!rule.value().equals(value)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(lowered);
            if (m.find(from) && (best == null || m.start() < best.start())) {
                best = new Hit(rule.value(), m.start(), m.end(), m);
            }
        }
        return best;
    }
}
