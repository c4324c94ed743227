package org.repstat.io;

import java.util.regex.Pattern;

/**
 * Which published cells a spreadsheet would execute. Excel, LibreOffice and Google Sheets read a CSV cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula (CSV or formula
 * injection: {@code =HYPERLINK(…)}, {@code +cmd|…}, {@code @SUM(…)}). The published text cells are quotations and are
 * kept verbatim — OWASP's remedy, a leading {@code '}, would make a quote differ from its page — so such cells are
 * flagged instead (the check {@code spreadsheet-formula-cells}) and the risk is documented in the codebook.
 * A number ({@code -500}) and a lone dash are not formulas.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SpreadsheetCells() {
    }

    public static boolean formulaLike(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return switch (c) {
            case '=', '+', '@', '\t', '\r' -> true;
            case '-' -> cell.length() > 1 && !NUMBER.matcher(cell).matches();
            default -> false;
        };
    }
}
