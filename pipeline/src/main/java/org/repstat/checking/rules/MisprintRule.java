package org.repstat.checking.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.KindSpec;
import org.repstat.checking.ParamType;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.PublishedData.Obs;
import org.repstat.provenance.Locator;
import org.repstat.published.PublishedNumbers;

/**
 * Misprint diagnosis for a printed table whose rows and columns have stated totals: where the sums miss, which
 * single cell (or pair of cells on one line) would balance both its row and its column if one digit of it had been
 * misprinted ({@link MisprintSearch}). Each candidate is a finding about the source, with status warn and its
 * evidence (the lines it balances, their differences before and after); it is also published in
 * {@code probable_misprints.csv}, so that a chart or an answer table can show the printed value and say that it is
 * probably misprinted. The printed value is never changed.
 *
 * <p>Catalogue: {@code select} picks the table's cells (observations with a {@code row=} locator), {@code match}
 * separates tables (one copy of a table per dataset), param {@code row_total} names the measure of the column that
 * totals each row; a table's stated totals are its {@code stated_total} rows.
 */
public final class MisprintRule implements Rule {

    @Override
    public KindSpec spec() {
        return KindSpec.selecting("observations").matching().param("row_total", ParamType.TEXT);
    }

    @Override
    public List<CheckResult> apply(CheckDefinition d, CheckRun run) {
        String totalMeasure = d.param("row_total", "");
        if (totalMeasure.isEmpty()) {
            throw new IllegalArgumentException("check " + d.id() + ": kind misprint needs params row_total=<measure of the row totals>");
        }
        List<CheckResult> out = new ArrayList<>();
        for (var group : Groups.by(Groups.select(run, d.select()), d.match()).entrySet()) {
            Map<String, Obs> byId = new LinkedHashMap<>();
            Map<String, String> columnLabels = new LinkedHashMap<>();
            List<MisprintSearch.Cell> cells = new ArrayList<>();
            for (Obs o : group.getValue()) {
                String row = Locator.parse(o.get("locator")).get("row");
                if (row == null) {
                    continue;
                }
                byId.put(o.id(), o);
                String header = Locator.parse(o.get("locator")).get("column");
                columnLabels.putIfAbsent(o.get("measure"), header == null ? o.get("measure") : header);
                cells.add(new MisprintSearch.Cell(o.id(), row, o.get("measure"), o.get("measure").equals(totalMeasure),
                        o.get("role").equals("stated_total"), o.get("as_printed"),
                        o.value() == null ? null : o.value().toBigIntegerExact()));
            }
            MisprintSearch.Outcome outcome = MisprintSearch.search(cells);
            String table = group.getKey();
            for (MisprintSearch.Finding f : outcome.findings()) {
                out.add(result(d, table, f, byId, columnLabels));
                for (MisprintSearch.Reading r : f.readings()) {
                    run.addMisprint(row(d, f, r, byId, columnLabels));
                }
            }
            out.add(summary(d, table, outcome));
        }
        return out;
    }

    private static CheckResult result(CheckDefinition d, String table, MisprintSearch.Finding f, Map<String, Obs> byId,
                                      Map<String, String> columnLabels) {
        MisprintSearch.Reading first = f.readings().get(0);
        List<Obs> involved = f.readings().stream().map(r -> byId.get(r.cell().id())).toList();
        String subject = table + " / " + String.join(" + ", f.readings().stream()
                .map(r -> r.cell().row() + " " + r.cell().column() + " " + r.cell().printed() + " → " + r.reading()).toList());
        String observed = String.join(" + ", f.readings().stream().map(r -> r.cell().printed()).toList());
        String expected = String.join(" + ", f.readings().stream().map(r -> r.reading().toString()).toList());
        // printed − reading: for one cell, how far its print is from the reading (and relative to the reading)
        BigInteger delta = f.readings().stream().map(MisprintSearch.Reading::delta).reduce(BigInteger.ZERO, BigInteger::add);
        CheckResult r = Outcomes.result(d, false, subject, observed, expected, new BigDecimal(delta.negate()),
                f.readings().size() == 1 ? new BigDecimal(first.reading()) : null, involved, evidence(f, columnLabels));
        // a finding about the source, never a failure of the run
        return new CheckResult(r.checkId(), r.kind(), r.topic(), r.severity(), CheckStatus.WARN, r.subject(), r.observed(),
                r.expected(), r.tolerance(), r.difference(), r.relativeDifference(), r.observationIds(), r.sourceRows(),
                r.message(), r.why());
    }

    /** The finding in words: which reading balances which lines, by how much they were off. */
    static String evidence(MisprintSearch.Finding f, Map<String, String> columnLabels) {
        List<String> parts = new ArrayList<>();
        for (MisprintSearch.Reading r : f.readings()) {
            parts.add(r.cell().printed() + " (" + r.cell().id() + ") read as " + r.reading() + ": " + r.edit());
        }
        List<MisprintSearch.Line> lines = new ArrayList<>();
        for (String kind : List.of("row", "column")) {
            for (MisprintSearch.Reading r : f.readings()) {
                for (MisprintSearch.Line l : List.of(r.row(), r.column())) {
                    if (l.kind().equals(kind) && !lines.contains(l)) {
                        lines.add(l);
                    }
                }
            }
        }
        List<String> balanced = lines.stream().map(l -> (l.kind().equals("row") ? "row " + l.key() + " (parts against total: "
                : "the '" + columnLabels.getOrDefault(l.key(), l.key()) + "' column (years against stated total: ")
                + signed(l.residual()) + ", then " + signed(MisprintSearch.after(l, f.readings())) + ")").toList();
        boolean one = f.readings().size() == 1;
        return "probable misprint: " + String.join("; and ", parts) + ". " + (one ? "This reading balances " : "Together these readings balance ")
                + join(balanced) + ". The printed value" + (one ? " is" : "s are")
                + " kept: the table's own arithmetic points to the reading; the document itself has not been seen to confirm it.";
    }

    private static String join(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String signed(BigInteger n) {
        return n.signum() > 0 ? "+" + n : n.toString();
    }

    private static List<String> row(CheckDefinition d, MisprintSearch.Finding f, MisprintSearch.Reading r, Map<String, Obs> byId,
                                    Map<String, String> columnLabels) {
        Obs o = byId.get(r.cell().id());
        Locator loc = Locator.parse(o.get("locator"));
        MisprintSearch.Reading partner = f.readings().stream().filter(x -> x != r).findFirst().orElse(null);
        return List.of(o.id(), r.reading().toString(), d.id(), o.get("dataset"), r.cell().row(),
                loc.get("column") == null ? "" : loc.get("column"), o.get("measure"), o.get("as_printed"),
                PublishedNumbers.format(o.value()), r.edit(), f.kind(),
                partner == null ? "" : partner.cell().id(), partner == null ? "" : partner.reading().toString(),
                r.row().residual().toString(), MisprintSearch.after(r.row(), f.readings()).toString(),
                r.column().residual().toString(), MisprintSearch.after(r.column(), f.readings()).toString(),
                evidence(f, columnLabels), o.get("source_id"), o.get("locator"));
    }

    /** What stays unexplained in one table: its lines that miss their totals and that no finding balances. */
    private static CheckResult summary(CheckDefinition d, String table, MisprintSearch.Outcome outcome) {
        List<MisprintSearch.Line> explained = new ArrayList<>();
        for (MisprintSearch.Finding f : outcome.findings()) {
            for (MisprintSearch.Reading r : f.readings()) {
                explained.add(r.row());
                explained.add(r.column());
            }
        }
        List<String> left = outcome.unbalanced().stream().filter(l -> !explained.contains(l))
                .map(l -> l.label() + " (" + signed(l.residual()) + ")").toList();
        String message = outcome.unbalanced().isEmpty() ? "every row and column adds up to its stated total"
                : outcome.truncated() ? "more than " + MisprintSearch.MAX_FINDINGS + " readings would balance lines of this table: too many for the arithmetic to point to a cell"
                : left.isEmpty() ? "every line that misses its total is balanced by a probable misprint above"
                : "no one-digit reading of one cell, or of two cells on one line, balances " + String.join(", ", left)
                + ": they stay as the sum checks report them";
        return Outcomes.finding(d, true, table + " / lines not explained by a misprint", left.size() + " of "
                + outcome.unbalanced().size() + " unbalanced lines", "a one-digit reading that balances them", List.of(),
                List.of(), message);
    }
}
