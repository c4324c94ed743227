package org.repstat.importing.gulag;

import java.util.Map;

/**
 * How every cell of the camps file was used: blank, or non-empty and then parsed into a typed field, kept as
 * text, or rejected. {@code nonEmpty == parsed + text + rejected} is checked by the import, not assumed.
 */
public record CellAccount(String file, long rows, long cells, long blank, long nonEmpty, long parsed, long text,
                          long rejected, Map<String, Long> byRule) {

    public boolean balances() {
        return cells == blank + nonEmpty && nonEmpty == parsed + text + rejected;
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s: %d rows, %d cells = %d blank + %d non-empty; non-empty %d = parsed %d + kept as text %d + rejected %d%s",
                file, rows, cells, blank, nonEmpty, nonEmpty, parsed, text, rejected, balances() ? "" : "  (DOES NOT BALANCE)");
    }
}
