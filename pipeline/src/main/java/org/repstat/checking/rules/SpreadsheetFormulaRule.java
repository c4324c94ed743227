package org.repstat.checking.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.KindSpec;
import org.repstat.checking.CheckResult;
import org.repstat.checking.PublishedData;
import org.repstat.io.SpreadsheetCells;

/**
 * Flags every published cell a spreadsheet would run as a formula ({@link SpreadsheetCells}): the cells are
 * quotations and stay verbatim, so the reader is told where they are. One result per such cell, or one pass.
 */
public final class SpreadsheetFormulaRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.NONE;
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        List<CheckResult> out = new ArrayList<>();
        int cells = 0;
        for (PublishedData.Table t : run.data().tables().values()) {
            for (int i = 0; i < t.rows().size(); i++) {
                Map<String, String> row = t.rows().get(i);
                for (String column : t.header()) {
                    String cell = row.get(column);
                    cells++;
                    if (SpreadsheetCells.formulaLike(cell)) {
                        String shown = cell.length() <= 40 ? cell : cell.substring(0, 40) + "…";
                        out.add(Outcomes.finding(d, false, t.spec().path() + " line " + t.lines().get(i) + " column " + column,
                                shown.replace("\t", "\\t").replace("\r", "\\r"), "a cell that does not begin like a formula",
                                List.of(), List.of(), "a spreadsheet would run this cell as a formula: open the file as text"
                                        + " (see 'Opening the tables in a spreadsheet' in datasets/README.md)"));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(Outcomes.finding(d, true, "all published cells (" + cells + ")", "none begins like a formula",
                    "none", List.of(), List.of(), "no cell begins with =, +, -, @, a tab or a carriage return (numbers aside)"));
        }
        return out;
    }
}
