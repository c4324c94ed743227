package org.repstat.records;

import org.repstat.published.CoreTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.checking.runner.CheckTables;
import org.repstat.checking.Severity;
import org.repstat.published.PublishedNumbers;
import org.repstat.io.PublishedCsv;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * Reconciles record-level counts with the official aggregates: for each year and sentence measure, how much of the
 * official count the records hold (coverage = records ÷ official). The official side is the convictions table
 * {@value #OFFICIAL_DATASET} in {@code datasets/clean/observations.csv} (Lewin 2005, Appendix 1, citing Kurashvili
 * 1996: persons sentenced on Cheka–OGPU–NKVD–MGB cases, 1921 – first half of 1953). The inputs are small (the
 * aggregate table and one published table), so this runs on the driver, not on Spark.
 */
public final class RecordReconcile {

    public static final String OFFICIAL_DATASET = "lewin-2005-appendix-fb2";
    public static final String CHECK_ID = "records-coverage";
    public static final String TOPIC = "records";

    /** The measures both sides count; the order is the table's column order in the source. */
    public static final List<String> MEASURES =
            List.of("sentenced", "death_sentences", "sentenced_to_camps", "exiled", "other_measures");

    private static final String WHY = "Records can hold at most the official count of the same measure and year; "
            + "coverage says how much of the official figure a record collection documents.";

    /** One comparison: the record count beside the official figure. */
    public record Coverage(String year, String measure, long records, BigDecimal official, String observationId,
                           String sourceRow, String note) {
        public BigDecimal ratio() {
            return official == null || official.signum() == 0 ? null
                    : BigDecimal.valueOf(records).divide(official, 6, RoundingMode.HALF_EVEN);
        }
    }

    private RecordReconcile() {
    }

    /** Compares the by-year rows of an aggregate table with the official table; writes coverage and checks CSVs. */
    public static List<CheckResult> run(Path aggregates, Path observations, RecordOutputs out) {
        List<Coverage> coverage = compare(recordsByYear(aggregates), official(observations));
        PublishedCsv.write(out.coverage(), List.of("year", "measure", "records", "official", "coverage", "observation_id", "note"),
                coverage.stream().map(c -> List.of(c.year(), c.measure(), String.valueOf(c.records()),
                        c.official() == null ? "" : PublishedNumbers.format(c.official()),
                        c.ratio() == null ? "" : c.ratio().toPlainString(), c.observationId(), c.note())).toList());
        List<CheckResult> results = coverage.stream().map(c -> check(c, out.synthetic())).toList();
        PublishedCsv.write(out.checks(), CoreTables.CHECKS.header(), CheckTables.checksTable(results).rows());
        return results;
    }

    /** (year, measure) → records, from the aggregate table's "year" grouping. */
    static Map<List<String>, Long> recordsByYear(Path aggregates) {
        Map<List<String>, Long> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> MEASURES.indexOf(k.get(1))));
        for (RawRow row : RawTable.read(aggregates, RecordAggregate.HEADER).rows()) {
            if (row.text("grouping").equals("year") && MEASURES.contains(row.text("measure"))) {
                counts.put(List.of(row.text("period_start"), row.text("measure")), Long.parseLong(row.text("value")));
            }
        }
        return counts;
    }

    /** One official observation: its value (null when the source gives none), id and where it is printed. */
    record Official(BigDecimal value, String id, String sourceRow, String periodEnd) {
    }

    static Map<List<String>, Official> official(Path observations) {
        Map<List<String>, Official> out = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> MEASURES.indexOf(k.get(1))));
        for (RawRow row : RawTable.read(observations).rows()) {
            if (row.text("dataset").equals(OFFICIAL_DATASET) && row.text("role").equals("value")
                    && MEASURES.contains(row.text("measure"))) {
                String value = row.text("value");
                out.put(List.of(row.text("period_start").substring(0, 4), row.text("measure")),
                        new Official(value.isEmpty() ? null : new BigDecimal(value), row.text("observation_id"),
                                row.text("source_id") + " " + row.text("locator"), row.text("period_end")));
            }
        }
        if (out.isEmpty()) {
            throw new org.repstat.io.InputException(observations, 0, "dataset",
                    "no rows of " + OFFICIAL_DATASET + ": run './repstat import' first");
        }
        return out;
    }

    static List<Coverage> compare(Map<List<String>, Long> records, Map<List<String>, Official> official) {
        List<Coverage> out = new ArrayList<>();
        for (Map.Entry<List<String>, Official> e : official.entrySet()) {
            Official o = e.getValue();
            String note = o.value() == null ? "the source gives no figure" : "";
            if (!o.periodEnd().equals(e.getKey().get(0))) {
                note = join(note, "official period ends " + o.periodEnd() + "; records count the whole year");
            }
            out.add(new Coverage(e.getKey().get(0), e.getKey().get(1), records.getOrDefault(e.getKey(), 0L),
                    o.value(), o.id(), o.sourceRow(), note));
        }
        records.forEach((key, n) -> {
            if (!official.containsKey(key)) {
                out.add(new Coverage(key.get(0), key.get(1), n, null, "", "",
                        key.get(0).isEmpty() ? "records without a sentence year" : "no official figure for this year"));
            }
        });
        out.sort(Comparator.comparing(Coverage::year).thenComparing(c -> MEASURES.indexOf(c.measure())));
        return out;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    static CheckResult check(Coverage c, boolean synthetic) {
        String subject = (c.year().isEmpty() ? "year unknown" : c.year()) + " / " + c.measure();
        String prefix = synthetic ? "SYNTHETIC records: " : "";
        if (c.official() == null) {
            return new CheckResult(CHECK_ID, "coverage", TOPIC, Severity.WARNING, CheckStatus.WARN, subject,
                    String.valueOf(c.records()), "", "records ≤ official", "", "", ids(c), rows(c),
                    prefix + c.records() + " records, not comparable: " + c.note(), WHY);
        }
        BigDecimal difference = BigDecimal.valueOf(c.records()).subtract(c.official());
        BigDecimal relative = difference.multiply(BigDecimal.valueOf(100)).divide(c.official(), 2, RoundingMode.HALF_EVEN);
        boolean within = difference.signum() <= 0;
        String percent = c.ratio().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        String message = prefix + "coverage " + percent + "% (" + c.records() + " of " + PublishedNumbers.format(c.official())
                + ")" + (within ? "" : ": more records than the official count") + (c.note().isEmpty() ? "" : "; " + c.note());
        return new CheckResult(CHECK_ID, "coverage", TOPIC, Severity.WARNING, within ? CheckStatus.PASS : CheckStatus.WARN,
                subject, String.valueOf(c.records()), PublishedNumbers.format(c.official()), "records ≤ official",
                difference.toPlainString(), relative.toPlainString(), ids(c), rows(c), message, WHY);
    }

    private static List<String> ids(Coverage c) {
        return c.observationId().isEmpty() ? List.of() : List.of(c.observationId());
    }

    private static List<String> rows(Coverage c) {
        return c.sourceRow().isEmpty() ? List.of() : List.of(c.sourceRow());
    }
}
