package org.repstat.exporting;

import java.util.ArrayList;
import java.util.List;
import org.repstat.published.Selector;

/**
 * A topic spec's selector said again in pandas, so that a notebook selects exactly the rows the chart and its table
 * select: {@code measure=a|b} is {@code t["measure"].isin(["a", "b"])}, {@code !=} is its negation, {@code ^=} is
 * {@code str.startswith}; a list of selectors is their union. Every column is read as text, as the pipeline reads it.
 */
final class PandasFilter {

    private PandasFilter() {
    }

    /** {@code table[mask].reset_index(drop=True)}, or the table itself when nothing is selected. */
    static String apply(String table, List<Selector> selectors) {
        String mask = mask(table, selectors);
        return mask.isEmpty() ? table : table + "[" + mask + "].reset_index(drop=True)";
    }

    static String mask(String table, List<Selector> selectors) {
        List<String> alternatives = new ArrayList<>();
        for (Selector s : selectors) {
            if (s.isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            for (Selector.Condition c : s.conditions()) {
                String col = table + "[" + NotebookText.py(c.column()) + "]";
                String test = c.op() == Selector.Op.EQUALS ? col + ".isin(" + NotebookText.pyList(c.values()) + ")"
                        : col + ".str.startswith((" + String.join(", ", c.values().stream().map(NotebookText::py).toList())
                        + (c.values().size() == 1 ? "," : "") + "))";
                parts.add(c.negated() ? "~" + test : test);
            }
            alternatives.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(") & (", parts) + ")");
        }
        if (alternatives.isEmpty()) {
            return "";
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(") | (", alternatives) + ")";
    }
}
