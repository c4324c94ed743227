package org.repstat.topics;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a topic spec may use: its keys, the chart kinds and the options each kind reads. Declared once here so
 * that the reader rejects a misspelt key at its line and column instead of ignoring it, and so that a test can hold
 * the chart stage to implementing every kind. {@code datasets/topics/README.md} documents the same language.
 */
public final class SpecLanguage {

    static final Set<String> TOPIC_KEYS = Set.of("id", "order", "heading", "question", "intro", "caveats", "answers",
            "figures", "checks", "template", "key_numbers");
    static final Set<String> KEY_NUMBER_KEYS = Set.of("label", "from", "select", "column");
    static final Set<String> ANSWER_KEYS = Set.of("id", "title", "row_is", "shape", "from", "select", "rows", "columns",
            "coherent", "function");
    static final Set<String> COLUMN_KEYS = Set.of("id", "label", "select", "sum_of");
    static final Set<String> FIGURE_KEYS = Set.of("id", "kind", "from", "select", "title", "caption");
    public static final List<String> TEMPLATES = List.of("topic", "method", "index");

    /** Each chart kind and the options it reads, beside the keys every figure has. */
    public static final Map<String, Set<String>> CHART_KINDS = Map.of(
            "by_year", Set.of("x", "bars", "points", "ratios", "y_title", "columns"),
            "by_day", Set.of("x", "bars", "window", "spans", "y_title"),
            "ranges", Set.of("group", "order", "label", "x_title"),
            "rows", Set.of("label", "bars", "annotate", "part", "whole", "sort_by", "top", "x_title", "columns"),
            "timeline", Set.of("window", "lanes"),
            "map", Set.of("size", "label", "classes", "columns"),
            "reconciliation", Set.of("x_title"));

    /** Options whose value names a column of the figure's table. */
    static final Set<String> COLUMN_OPTIONS = Set.of("x", "group", "sort_by", "part", "whole", "size");
    /**
     * Keys of one series (a bar or point layer) in {@code bars} / {@code points}, and of one more column of a figure's
     * table in {@code columns} (its column and the words of its header).
     */
    static final Set<String> SERIES_KEYS = Set.of("column", "label", "measure", "highlight", "stack");

    /** Columns of observation-like tables whose values are terms of a vocabulary, and the kind of term. */
    public static final Map<String, String> TERM_COLUMNS = Map.of("measure", "measure", "scope", "scope",
            "geography", "geography", "unit", "unit", "event_type", "event_type", "reliability", "reliability");

    private SpecLanguage() {
    }
}
