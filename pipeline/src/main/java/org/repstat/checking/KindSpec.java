package org.repstat.checking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a catalogue row of one rule kind may say: which published table its {@code select} picks rows from (null:
 * the kind takes no select), which table its {@code compare} picks from, whether it groups by {@code match}, and
 * the {@code params} keys it reads with the syntax of each, some of them required. The catalogue is held to it
 * when it is read, so a typo in a column or a key is a located input error, never a check that silently selects
 * nothing — and a judgement such as a plausibility limit cannot be left out and replaced by a default in code.
 */
public record KindSpec(String selectTable, String compareTable, boolean match, Map<String, ParamType> params,
                       Set<String> required) {

    /** A kind that takes no selector, no match and no params (schema, keys, row accounting). */
    public static final KindSpec NONE = new KindSpec(null, null, false, Map.of(), Set.of());

    public KindSpec {
        params = Map.copyOf(params);
        required = Set.copyOf(required);
    }

    /** A kind whose {@code select} picks rows of one table. */
    public static KindSpec selecting(String table) {
        return new KindSpec(table, null, false, Map.of(), Set.of());
    }

    /** The same, with a {@code compare} side picking rows of another (or the same) table. */
    public KindSpec comparing(String table) {
        return new KindSpec(selectTable, table, match, params, required);
    }

    /** The same, grouping both sides by the {@code match} columns. */
    public KindSpec matching() {
        return new KindSpec(selectTable, compareTable, true, params, required);
    }

    /** The same, with an optional param. */
    public KindSpec param(String key, ParamType type) {
        Map<String, ParamType> p = new LinkedHashMap<>(params);
        p.put(key, type);
        return new KindSpec(selectTable, compareTable, match, p, required);
    }

    /** The same, with a param every row of the kind must give. */
    public KindSpec requires(String key, ParamType type) {
        Set<String> r = new TreeSet<>(required);
        r.add(key);
        return param(key, type).withRequired(r);
    }

    private KindSpec withRequired(Set<String> r) {
        return new KindSpec(selectTable, compareTable, match, params, r);
    }
}
