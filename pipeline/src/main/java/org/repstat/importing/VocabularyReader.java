package org.repstat.importing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.io.RawRow;
import org.repstat.published.CoreTables;
import org.repstat.io.RawTable;
import org.repstat.provenance.PrintedPrecision;
import org.repstat.provenance.QualifierRule;
import org.repstat.provenance.Vocabulary;

/** Reads {@code datasets/vocab/}: the controlled terms are data, so adding a measure needs no code change. */
public final class VocabularyReader {

    static final List<String> TERM_HEADER = List.of("id", "label", "definition");
    /** A measure also names the one unit it is counted in: shares and counts never share a measure. */
    static final List<String> MEASURE_HEADER = List.of("id", "label", "definition", "unit");

    /**
     * Geographies carry more than a label: the English name where a source gives one (with that source), the form
     * the source printed, and the kind of unit. Their display label is derived — English when sourced, else as
     * printed — so no English name is ever invented to fill the column.
     */
    public static final List<String> GEOGRAPHY_HEADER = List.of("id", "label_en", "label_en_source", "printed",
            "geo_type", "definition", "note");
    static final List<String> QUALIFIER_HEADER = List.of("id", "lower_factor", "lower_offset", "upper_factor",
            "upper_offset", "explicit", "printed_precision", "definition", "rationale");
    public static final List<String> PRECISION_HEADER = List.of("rule_id", "qualifier", "units", "measures", "locator",
            "printed", "min_trailing_zeros", "unit_from", "step", "definition", "rationale");

    private VocabularyReader() {
    }

    public static Vocabulary read(Path vocabDir) {
        Map<String, Map<String, Vocabulary.Term>> terms = new LinkedHashMap<>();
        for (var entry : new java.util.TreeMap<>(CoreTables.VOCABULARY_FILES).entrySet()) {
            boolean geography = entry.getKey().equals("geography");
            boolean measure = entry.getKey().equals("measure");
            Map<String, Vocabulary.Term> byId = new LinkedHashMap<>();
            List<String> header = geography ? GEOGRAPHY_HEADER : measure ? MEASURE_HEADER : TERM_HEADER;
            for (RawRow row : RawTable.read(vocabDir.resolve(entry.getValue()), header).requireRows().rows()) {
                String id = row.required("id");
                if (!id.matches("[a-z0-9_]+")) {
                    throw row.error("id", "expected a snake_case id, found '" + id + "'");
                }
                Vocabulary.Term term = geography ? geography(row, id)
                        : measure ? new Vocabulary.Term("measure", id, row.required("label"), row.required("definition"),
                                Map.of("unit", row.required("unit")))
                        : new Vocabulary.Term(entry.getKey(), id, row.required("label"), row.required("definition"));
                if (byId.put(id, term) != null) {
                    throw row.error("id", "duplicate id '" + id + "'");
                }
            }
            terms.put(entry.getKey(), byId);
        }
        checkMeasureUnits(vocabDir, terms);
        Map<String, QualifierRule> qualifiers = new LinkedHashMap<>();
        for (RawRow row : RawTable.read(vocabDir.resolve(CoreTables.QUALIFIERS.path()), QUALIFIER_HEADER).requireRows().rows()) {
            String id = row.required("id");
            QualifierRule rule = new QualifierRule(id,
                    decimal(row, "lower_factor"), orZero(decimal(row, "lower_offset")),
                    decimal(row, "upper_factor"), orZero(decimal(row, "upper_offset")),
                    bool(row, "explicit"), bool(row, "printed_precision"), row.required("definition"), row.required("rationale"));
            checkBoundsOrder(row, rule);
            if (qualifiers.put(id, rule) != null) {
                throw row.error("id", "duplicate qualifier '" + id + "'");
            }
        }
        return new Vocabulary(terms, qualifiers, precision(vocabDir.resolve(CoreTables.PRECISION.path()), qualifiers));
    }

    /**
     * The printed-precision rules, in file order. Each names a qualifier of qualifiers.csv: a rule that rounds
     * (unit_from given) one whose bounds come from the printed precision, any other one with point bounds; the last
     * rule has no condition, so every bare figure gets a reading.
     */
    private static PrintedPrecision precision(Path file, Map<String, QualifierRule> qualifiers) {
        List<PrintedPrecision.Rule> rules = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        RawRow last = null;
        for (RawRow row : RawTable.read(file, PRECISION_HEADER).rows()) {
            String id = row.required("rule_id");
            if (!ids.add(id)) {
                throw row.error("rule_id", "duplicate rule '" + id + "'");
            }
            String qualifier = row.required("qualifier");
            QualifierRule q = qualifiers.get(qualifier);
            if (q == null) {
                throw row.error("qualifier", "expected a qualifier of qualifiers.csv " + qualifiers.keySet() + ", found '" + qualifier + "'");
            }
            boolean rounds = !row.text("unit_from").isEmpty();
            boolean point = !q.printedPrecision() && !q.explicit() && q.lowerFactor() != null && q.upperFactor() != null
                    && q.lowerFactor().compareTo(java.math.BigDecimal.ONE) == 0 && q.upperFactor().compareTo(java.math.BigDecimal.ONE) == 0
                    && q.lowerOffset().signum() == 0 && q.upperOffset().signum() == 0;
            if (rounds ? !q.printedPrecision() : !point) {
                throw row.error("qualifier", rounds
                        ? "a rule with unit_from needs a qualifier whose printed_precision is true, found '" + qualifier + "'"
                        : "a rule without unit_from reads figures as printed to the unit: expected a point qualifier such as 'exact', found '" + qualifier + "'");
            }
            for (String c : List.of("units", "measures", "locator", "printed")) {
                try {
                    java.util.regex.Pattern.compile(row.text(c));
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw row.error(c, "expected a regular expression, found '" + row.text(c) + "' (" + e.getDescription() + ")");
                }
            }
            if (!row.text("min_trailing_zeros").matches("\\d*")) {
                throw row.error("min_trailing_zeros", "expected a whole number, found '" + row.text("min_trailing_zeros") + "'");
            }
            if (rounds) {
                try {
                    PrintedPrecision.UnitFrom.fromId(row.text("unit_from"));
                } catch (IllegalArgumentException e) {
                    throw row.error("unit_from", e.getMessage());
                }
                if (!row.text("step").matches("\\d+(\\.\\d+)?")) {
                    throw row.error("step", "expected the smallest step between two values (1 for whole counts, 0 for shares), found '" + row.text("step") + "'");
                }
            } else if (!row.text("step").isEmpty()) {
                throw row.error("step", "a rule that does not round has no step");
            }
            rules.add(PrintedPrecision.Rule.parse(id, qualifier, row.text("units"), row.text("measures"),
                    row.text("locator"), row.text("printed"), row.text("min_trailing_zeros"), row.text("unit_from"),
                    row.text("step"), row.required("definition"), row.required("rationale")));
            last = row;
        }
        if (last == null) {
            throw new org.repstat.io.InputException(file, 1, null, "expected at least one rule");
        }
        for (String c : List.of("units", "measures", "locator", "printed", "min_trailing_zeros")) {
            if (!last.text(c).isEmpty()) {
                throw last.error(c, "the last rule must match every figure (no conditions), so that no bare figure goes unread");
            }
        }
        return new PrintedPrecision(rules);
    }

    private static boolean bool(RawRow row, String column) {
        String v = row.required(column);
        if (!v.equals("true") && !v.equals("false")) {
            throw row.error(column, "expected true or false, found '" + v + "'");
        }
        return v.equals("true");
    }

    /** Every measure's unit is a term of units.csv: read after both files, since measures come first. */
    private static void checkMeasureUnits(Path vocabDir, Map<String, Map<String, Vocabulary.Term>> terms) {
        Map<String, Vocabulary.Term> units = terms.getOrDefault("unit", Map.of());
        for (RawRow row : RawTable.read(vocabDir.resolve(CoreTables.VOCABULARY_FILES.get("measure")), MEASURE_HEADER).rows()) {
            if (!units.containsKey(row.text("unit"))) {
                throw row.error("unit", "expected a unit listed in datasets/vocab/units.csv " + units.keySet()
                        + ", found '" + row.text("unit") + "'");
            }
        }
    }

    /**
     * A vocabulary file of {@code id,label,definition} read by itself (the camps file's types and branches of work):
     * the same rules as every vocabulary — at least one term, snake_case ids, each once, label and definition given.
     */
    public static Map<String, Vocabulary.Term> readTerms(Path file, String kind) {
        Map<String, Vocabulary.Term> byId = new LinkedHashMap<>();
        for (RawRow row : RawTable.read(file, TERM_HEADER).requireRows().rows()) {
            String id = row.required("id");
            if (!id.matches("[a-z0-9_]+")) {
                throw row.error("id", "expected a snake_case id, found '" + id + "'");
            }
            if (byId.put(id, new Vocabulary.Term(kind, id, row.required("label"), row.required("definition"))) != null) {
                throw row.error("id", "duplicate id '" + id + "'");
            }
        }
        return byId;
    }

    /**
     * A rule must keep lower ≤ upper. Bounds are linear in the value, so a lower factor above the upper one crosses
     * them for every large enough figure (and equal factors with crossed offsets for every figure): such a rule is
     * named here, at its own line, not at the first cell it is applied to. (Offsets alone may cross for tiny
     * figures — "nearly 5" — which the cell that meets it reports.)
     */
    private static void checkBoundsOrder(RawRow row, QualifierRule rule) {
        for (String column : List.of("lower_factor", "upper_factor")) {
            BigDecimal f = column.startsWith("lower") ? rule.lowerFactor() : rule.upperFactor();
            if (f != null && f.signum() < 0) {
                throw row.error(column, "expected a factor of 0 or more, found " + f.toPlainString() + ": bounds of a count are never negative");
            }
        }
        if (rule.explicit() || rule.lowerFactor() == null || rule.upperFactor() == null) {
            return;
        }
        if (rule.lowerFactor().compareTo(rule.upperFactor()) > 0) {
            BigDecimal example = new BigDecimal(350000);
            QualifierRule.Bounds b = rule.boundsFor(example);
            throw row.error("lower_factor", "expected a lower factor at most the upper factor " + rule.upperFactor().toPlainString()
                    + ", found " + rule.lowerFactor().toPlainString() + ": the rule would put the lower bound above the upper"
                    + " (350000 → " + b.lower().toPlainString() + " .. " + b.upper().toPlainString() + ")");
        }
        if (rule.lowerFactor().compareTo(rule.upperFactor()) == 0 && rule.lowerOffset().compareTo(rule.upperOffset()) > 0) {
            throw row.error("lower_offset", "expected a lower offset at most the upper offset " + rule.upperOffset().toPlainString()
                    + " (the factors are equal), found " + rule.lowerOffset().toPlainString()
                    + ": the rule would put the lower bound above the upper for every figure");
        }
    }

    private static Vocabulary.Term geography(RawRow row, String id) {
        String en = row.text("label_en");
        String printed = row.text("printed");
        if (en.isEmpty() && printed.isEmpty()) {
            throw row.error("printed", "expected the form a source printed, or an English label with its source");
        }
        if (!en.isEmpty() && row.text("label_en_source").isEmpty()) {
            throw row.error("label_en_source", "expected the source of the English label (a source id or a page address): labels are never invented");
        }
        if (en.isEmpty() && row.text("note").isEmpty()) {
            throw row.error("note", "expected a note saying why no English label is given");
        }
        String type = row.required("geo_type");
        if (!CoreTables.GEO_TYPES.contains(type)) {
            throw row.error("geo_type", "expected one of " + CoreTables.GEO_TYPES + ", found '" + type + "'");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (String column : List.of("label_en", "label_en_source", "printed", "geo_type", "note")) {
            extra.put(column, row.text(column));
        }
        return new Vocabulary.Term("geography", id, en.isEmpty() ? printed : en, row.required("definition"), extra);
    }

    private static BigDecimal decimal(RawRow row, String column) {
        return row.number(column, org.repstat.io.NumberSyntax.PLAIN);
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
