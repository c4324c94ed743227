package org.repstat.importing.gulag;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule for the mess in the Gulag camps file, read from {@code cell-rules.csv}: which kinds of column it
 * applies to, the pattern a (trimmed) cell must match in full, and what the cell then becomes. Each rule names the
 * real cell it was written for (line and column of the file), and a test reads that cell.
 */
public record CellRule(String id, Set<String> kinds, boolean spilledOnly, Pattern pattern, String action,
                       String measure, String qualifier, String note, long exampleLine, int exampleColumn,
                       String example) {

    /** What a cell matched by this rule counts as in the accounting. */
    public Category category() {
        return switch (action) {
            case "text" -> Category.TEXT;
            case "reject" -> Category.REJECTED;
            default -> Category.PARSED;
        };
    }

    public boolean appliesTo(String kind, boolean spilled) {
        return kinds.contains(kind) && (spilled || !spilledOnly);
    }

    /** parsed into a typed field, kept as text in a notes field, or written to the rejects file. */
    public enum Category { PARSED, TEXT, REJECTED }
}
