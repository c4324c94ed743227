package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repstat.diffing.PublishedDiff;
import org.repstat.diffing.TableChange;
import org.repstat.published.CoreTables;
import org.repstat.querying.TableFormats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code repstat diff [REV]}: what the raw data now would change in the published tables; exit 1 if anything. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what the raw data now would change in the published tables against a git revision; exit 1 if any.",
                "Runs import, publish, check and answer on a copy of the inputs under target/repstat/diff/ (datasets/clean/ is only read), "
                        + "then compares each table by its primary key with the same table committed at REV, or with datasets/clean/ "
                        + "as on disk (--last-run): rows added, removed and changed, numeric changes with their size, check outcomes "
                        + "that changed. Like git diff --exit-code, for CI and review."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:nothing would change", "1:something would change (printed)", "2:bad input (a raw file, named with line and column; "
                + "a revision git does not know), or bad usage", ExitCodes.INTERNAL_LINE})
public class DiffCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    SummaryOptions summary;

    @Parameters(paramLabel = "REV", arity = "0..1", description = "A git commit, branch or tag (default: HEAD).")
    String rev;

    @Option(names = "--last-run", description = "Compare with datasets/clean/ as published on disk now, not with a revision.")
    boolean lastRun;

    @Option(names = "--max-rows", defaultValue = "10", paramLabel = "N", description = "Rows shown per table and kind of change (default: ${DEFAULT-VALUE}; all counted).")
    int maxRows;

    @Option(names = "--keep", description = "Keep both sides' files under target/repstat/diff/ to look at.")
    boolean keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (lastRun && rev != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a revision or --last-run, not both");
        }
        PublishedDiff.Result r = PublishedDiff.run(options.workspace(), lastRun ? null : rev == null ? "HEAD" : rev, summary.progress(), keep);
        if (summary.json) {
            SummaryOptions.print(json(r));
        } else if (summary.text()) {
            text(r);
        }
        return r.changed() ? ExitCodes.CHECK_ERRORS : ExitCodes.OK;
    }

    private void text(PublishedDiff.Result r) {
        System.out.println("published tables from the raw data now, against " + r.against()
                + (r.commit() == null ? "" : " (" + r.commit().substring(0, 12) + ")") + ":");
        int added = 0;
        int removed = 0;
        int changed = 0;
        int tables = 0;
        for (TableChange t : r.tables()) {
            if (t.same()) {
                continue;
            }
            tables++;
            added += t.added().size();
            removed += t.removed().size();
            changed += t.changed().size();
            if (!t.status().equals("changed")) {
                System.out.printf(Locale.ROOT, "%s: table %s (%s)%n", t.table(), t.status(),
                        Words.count(t.status().equals("added") ? t.rowsAfter() : t.rowsBefore(), "row"));
                continue;
            }
            System.out.printf(Locale.ROOT, "%s: %d added, %d removed, %d changed (%d → %d rows)%n", t.table(), t.added().size(),
                    t.removed().size(), t.changed().size(), t.rowsBefore(), t.rowsAfter());
            if (!t.columnsAdded().isEmpty() || !t.columnsRemoved().isEmpty()) {
                System.out.println("  columns added: " + t.columnsAdded() + "; removed: " + t.columnsRemoved());
            }
            if (t.table().equals(CoreTables.CHECKS.name())) {
                outcomes(t);
            }
            t.added().stream().limit(maxRows).forEach(k -> System.out.println("  + " + k));
            more(t.added().size());
            t.removed().stream().limit(maxRows).forEach(k -> System.out.println("  - " + k));
            more(t.removed().size());
            for (TableChange.Row row : t.changed().stream().limit(maxRows).toList()) {
                System.out.println("  ~ " + row.key());
                for (TableChange.Cell c : row.cells()) {
                    System.out.println("      " + c.column() + ": " + shown(c.before()) + " → " + shown(c.after()) + size(c));
                }
            }
            more(t.changed().size());
        }
        if (r.descriptorChanged()) {
            System.out.println(CoreTables.DATA_PACKAGE + ": changed");
        }
        System.out.printf(Locale.ROOT, "%s compared: %s; %d rows added, %d removed, %d changed%n", Words.count(r.tables().size(), "table"),
                tables == 0 && !r.descriptorChanged() ? "nothing would change" : tables + " would change", added, removed, changed);
    }

    /** The checks whose outcome (status) would change: the first thing a reviewer of a data change looks at. */
    private void outcomes(TableChange t) {
        List<TableChange.Row> moved = t.changed().stream().filter(row -> row.cell("status") != null).toList();
        if (!moved.isEmpty()) {
            System.out.println("  check outcomes that change (" + moved.size() + "):");
            moved.stream().limit(maxRows).forEach(row -> System.out.println("    " + row.cell("status").before() + " → "
                    + row.cell("status").after() + "  " + row.key()));
            if (moved.size() > maxRows) {
                System.out.println("    … " + (moved.size() - maxRows) + " more (--max-rows, or --json)");
            }
        }
    }

    private void more(int n) {
        if (n > maxRows) {
            System.out.println("  … " + (n - maxRows) + " more (--max-rows, or --json)");
        }
    }

    private static String shown(String cell) {
        return cell.isEmpty() ? "(empty)" : cell.length() > 120 ? "'" + cell.substring(0, 117) + "…'" : "'" + cell + "'";
    }

    /** " (+1,000; +0.15%)": the size of a numeric change, digits grouped as English prints them. */
    private static String size(TableChange.Cell c) {
        if (c.difference() == null) {
            return "";
        }
        String d = (c.difference().signum() > 0 ? "+" : "") + TableFormats.readable(c.difference().toPlainString());
        return " (" + d + (c.relative() == null ? "" : "; " + (c.relative().signum() > 0 ? "+" : "") + c.relative().toPlainString() + "%") + ")";
    }

    private static ObjectNode json(PublishedDiff.Result r) {
        ObjectNode out = SummaryOptions.object();
        out.put("against", r.against());
        out.put("commit", r.commit());
        out.put("changed", r.changed());
        out.put("datapackage_changed", r.descriptorChanged());
        ArrayNode tables = out.putArray("tables");
        for (TableChange t : r.tables()) {
            if (t.same()) {
                continue;
            }
            ObjectNode n = tables.addObject();
            n.put("table", t.table());
            n.put("status", t.status());
            n.put("rows_before", t.rowsBefore());
            n.put("rows_after", t.rowsAfter());
            t.columnsAdded().forEach(n.putArray("columns_added")::add);
            t.columnsRemoved().forEach(n.putArray("columns_removed")::add);
            t.added().forEach(n.putArray("added")::add);
            t.removed().forEach(n.putArray("removed")::add);
            ArrayNode changed = n.putArray("changed");
            for (TableChange.Row row : t.changed()) {
                ObjectNode c = changed.addObject();
                c.put("key", row.key());
                ArrayNode cells = c.putArray("cells");
                for (TableChange.Cell cell : row.cells()) {
                    ObjectNode x = cells.addObject();
                    x.put("column", cell.column());
                    x.put("before", cell.before());
                    x.put("after", cell.after());
                    x.put("difference", cell.difference());
                    x.put("relative_difference", cell.relative());
                }
            }
        }
        return out;
    }
}
