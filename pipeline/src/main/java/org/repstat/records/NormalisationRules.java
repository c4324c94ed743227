package org.repstat.records;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * How free text in a record becomes a category: sentence words ("ВМН", "10 лет ИТЛ", "8 years ITL") and the names of
 * sentencing bodies. The rules are data ({@code datasets/records/*.csv}, documented in its README) so that a reader
 * can see and dispute every judgement; the first matching rule by priority wins. Text no rule matches is
 * {@code unrecognised}, never guessed, and an empty cell is {@code unknown}.
 */
public final class NormalisationRules implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String SENTENCE_FILE = "sentence-categories.csv";
    public static final String TERM_FILE = "sentence-terms.csv";
    public static final String BODY_FILE = "sentencing-bodies.csv";

    public static final String UNKNOWN = "unknown";
    public static final String UNRECOGNISED = "unrecognised";

    /** {@code administrative}: dekulakisation, special settlement, deportation of peoples: a measure, not a sentence. */
    public static final Set<String> SENTENCE_CATEGORIES =
            Set.of("death", "camps", "exile", "other", "administrative", "not_sentenced", UNKNOWN, UNRECOGNISED);
    public static final Set<String> BODIES = Set.of("troika", "dvoika", "military_collegium", "special_board",
            "other_body", "administrative_body", UNKNOWN, UNRECOGNISED);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Runs of white space (spaces, tabs, line breaks) as one space, none at the ends. */
    public static String collapseSpaces(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** The text is lower-cased before matching, so patterns are written in lower case and need no (slow) case folding. */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Sentence and body texts repeat endlessly in real lists; remembering answers saves most of the regex work. */
    private static final int CACHE_LIMIT = 100_000;

    /** One rule: a regular expression found anywhere in the normalised text, and what it means. */
    record Rule(int priority, Pattern pattern, String value) implements Serializable {
    }

    private final List<Rule> sentenceRules;
    private final List<Rule> termRules;
    private final List<Rule> bodyRules;
    private transient Map<String, String> sentenceCache;
    private transient Map<String, String> bodyCache;

    NormalisationRules(List<Rule> sentenceRules, List<Rule> termRules, List<Rule> bodyRules) {
        this.sentenceRules = List.copyOf(sentenceRules);
        this.termRules = List.copyOf(termRules);
        this.bodyRules = List.copyOf(bodyRules);
    }

    /** Reads the three rule files from a directory ({@code datasets/records}); a bad rule names its file and line. */
    public static NormalisationRules load(Path dir) {
        return new NormalisationRules(
                read(dir.resolve(SENTENCE_FILE), "category", SENTENCE_CATEGORIES),
                read(dir.resolve(TERM_FILE), "unit", Set.of("years", "months")),
                read(dir.resolve(BODY_FILE), "body", BODIES));
    }

    private static List<Rule> read(Path file, String valueColumn, Set<String> allowed) {
        RawTable table = RawTable.read(file, List.of("priority", "pattern", valueColumn, "note"));
        List<Rule> rules = new ArrayList<>();
        for (RawRow row : table.rows()) {
            String value = row.required(valueColumn);
            if (!allowed.contains(value)) {
                throw row.error(valueColumn, "expected one of " + new java.util.TreeSet<>(allowed) + ", found '" + value + "'");
            }
            row.required("note"); // every judgement carries its reason
            Pattern pattern;
            String regex = row.required("pattern");
            if (!regex.replaceAll("\\\\.", "").equals(regex.replaceAll("\\\\.", "").toLowerCase(Locale.ROOT))) {
                throw row.error("pattern", "write patterns in lower case: the text is lower-cased before matching");
            }
            try {
                pattern = Pattern.compile(regex, FLAGS);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw row.error("pattern", "not a regular expression: " + e.getDescription());
            }
            int priority;
            try {
                priority = Integer.parseInt(row.required("priority"));
            } catch (NumberFormatException e) {
                throw row.error("priority", "expected a whole number");
            }
            rules.add(new Rule(priority, pattern, value));
        }
        rules.sort(Comparator.comparingInt(Rule::priority));
        return rules;
    }

    /** Lower case, ё as е, single spaces, no surrounding blanks: what every pattern is matched against. */
    public static String normalise(String text) {
        return collapseSpaces(text).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The sentence category of a free-text sentence. */
    public String sentenceCategory(String raw) {
        if (sentenceCache == null) {
            sentenceCache = new ConcurrentHashMap<>();
        }
        return cached(sentenceCache, raw, sentenceRules);
    }

    /** The normalised sentencing body. */
    public String body(String raw) {
        if (bodyCache == null) {
            bodyCache = new ConcurrentHashMap<>();
        }
        return cached(bodyCache, raw, bodyRules);
    }

    private static String cached(Map<String, String> cache, String raw, List<Rule> rules) {
        String known = cache.get(raw);
        if (known == null) {
            known = classify(rules, raw);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(raw, known);
            }
        }
        return known;
    }

    /** The term of deprivation of liberty in months, or null when the text states none. */
    public Integer termMonths(String raw) {
        String text = normalise(raw);
        for (Rule rule : termRules) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                return rule.value().equals("years") ? n * 12 : n;
            }
        }
        return null;
    }

    private static String classify(List<Rule> rules, String raw) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            return UNKNOWN;
        }
        for (Rule rule : rules) {
            if (rule.pattern().matcher(text).find()) {
                return rule.value();
            }
        }
        return UNRECOGNISED;
    }
}
