package org.repstat.provenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project's controlled terms (measures, scopes, geographies, units, event types, source types, reliability)
 * and qualifier rules. One vocabulary for every dataset is what lets the same concept from different sources be
 * compared by a query instead of by hand.
 */
public final class Vocabulary {

    /**
     * A controlled term: its id, a human label and a definition a journalist can quote, plus the columns only its
     * kind has (a geography's English label, printed form and type), by column name.
     */
    public record Term(String kind, String id, String label, String definition, Map<String, String> extra) {
        public Term {
            extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        }

        public Term(String kind, String id, String label, String definition) {
            this(kind, id, label, definition, Map.of());
        }

        public String extra(String column) {
            return extra.getOrDefault(column, "");
        }
    }

    private final Map<String, Map<String, Term>> termsByKind;
    private final Map<String, QualifierRule> qualifiers;

    private final PrintedPrecision precision;

    public Vocabulary(Map<String, Map<String, Term>> termsByKind, Map<String, QualifierRule> qualifiers) {
        this(termsByKind, qualifiers, new PrintedPrecision(java.util.List.of()));
    }

    public Vocabulary(Map<String, Map<String, Term>> termsByKind, Map<String, QualifierRule> qualifiers,
                      PrintedPrecision precision) {
        this.precision = precision;
        Map<String, Map<String, Term>> copy = new TreeMap<>();
        termsByKind.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.termsByKind = Collections.unmodifiableMap(copy);
        this.qualifiers = Collections.unmodifiableMap(new LinkedHashMap<>(qualifiers));
    }

    public boolean contains(String kind, String id) {
        return termsByKind.getOrDefault(kind, Map.of()).containsKey(id);
    }

    public Set<String> ids(String kind) {
        return termsByKind.getOrDefault(kind, Map.of()).keySet();
    }

    public Map<String, Term> terms(String kind) {
        return termsByKind.getOrDefault(kind, Map.of());
    }

    public Set<String> kinds() {
        return termsByKind.keySet();
    }

    public QualifierRule qualifier(String id) {
        return qualifiers.get(id);
    }

    public Map<String, QualifierRule> qualifiers() {
        return qualifiers;
    }

    /** The printed-precision rules ({@code precision.csv}) that decide a bare figure's qualifier and bounds. */
    public PrintedPrecision precision() {
        return precision;
    }
}
