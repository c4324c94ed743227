package org.repstat.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.repstat.io.PublishedCsv;

/**
 * The aggregate job: {@code records.parquet} → counts by year, month, sentencing body and region, each split by
 * sentence category, plus executions by year of execution, as a tidy long table shaped like the curated
 * observations (measure, scope, period, value). One scan with GROUPING SETS; the few thousand result rows are
 * sorted and written on the driver with Commons CSV, so the file is byte-identical whatever the partitioning.
 */
public final class RecordAggregate {

    /** The same SQL runs on Spark and on DuckDB (the benchmark's baseline); {@code %s} is the table. */
    public static final String SQL = """
            SELECT grouping(sentence_month) AS g_month, grouping(sentencing_body) AS g_body,
                   grouping(region) AS g_region, grouping(execution_year) AS g_execution,
                   sentence_year, sentence_month, sentencing_body, region, sentence_category, execution_year,
                   count(*) AS n
            FROM %s
            WHERE status = 'ok'
            GROUP BY GROUPING SETS ((sentence_year, sentence_category),
                                    (sentence_year, sentence_month, sentence_category),
                                    (sentence_year, sentencing_body, sentence_category),
                                    (sentence_year, region, sentence_category),
                                    (execution_year))""";

    public static final List<String> HEADER = List.of("dataset", "synthetic", "grouping", "measure", "scope", "region",
            "sentencing_body", "period_start", "period_end", "date_precision", "value", "unit");

    /** Sentence category → measure id (datasets/vocab measures where one exists). */
    static final Map<String, String> MEASURES = Map.of("death", "death_sentences", "camps", "sentenced_to_camps",
            "exile", "exiled", "other", "other_measures", "administrative", "administrative_measures",
            "not_sentenced", "not_sentenced",
            NormalisationRules.UNKNOWN, "sentence_unknown", NormalisationRules.UNRECOGNISED, "sentence_unrecognised");

    /**
     * Every category but these counts towards "sentenced": a person with an unknown sentence was sentenced; a case
     * closed was not, and neither was an administrative measure (dekulakisation, special settlement, deportation of
     * peoples), which the convictions table the records are reconciled with does not count either.
     */
    static final Set<String> NOT_SENTENCED = Set.of("not_sentenced", "administrative");

    private static final List<String> GROUPINGS = List.of("year", "month", "sentencing_body", "region", "execution_year");

    /** One grouped count, engine-neutral: what Spark and DuckDB both return. */
    public record Count(int gMonth, int gBody, int gRegion, int gExecution, Integer year, Integer month, String body,
                        String region, String category, Integer executionYear, long n) {
    }

    private RecordAggregate() {
    }

    /** Runs the aggregation on Spark and writes the long table; returns its rows (header excluded). */
    public static List<List<String>> run(SparkSession spark, Path parquet, Path target, String dataset) {
        Dataset<Row> records = spark.read().schema(RecordSchema.PARQUET).parquet(parquet.toString());
        records.createOrReplaceTempView("records");
        boolean synthetic = isSynthetic(spark, parquet);
        List<Count> counts = new ArrayList<>();
        for (Row r : spark.sql(String.format(java.util.Locale.ROOT, SQL, "records")).collectAsList()) {
            counts.add(new Count(num(r.get(0)), num(r.get(1)), num(r.get(2)), num(r.get(3)),
                    (Integer) r.get(4), (Integer) r.get(5), r.getString(6), r.getString(7), r.getString(8),
                    (Integer) r.get(9), r.getLong(10)));
        }
        List<List<String>> rows = table(counts, dataset, synthetic);
        PublishedCsv.write(target, HEADER, rows);
        return rows;
    }

    /** True when the records came from the SYNTHETIC generator: outputs must then say so. */
    public static boolean isSynthetic(SparkSession spark, Path parquet) {
        return !spark.read().schema(RecordSchema.PARQUET).parquet(parquet.toString()).filter("synthetic").limit(1).isEmpty();
    }

    static int num(Object o) {
        return ((Number) o).intValue();
    }

    /** Turns grouped counts into the sorted long table; "sentenced" is summed here from the categories. */
    public static List<List<String>> table(List<Count> counts, String dataset, boolean synthetic) {
        Map<List<String>, Long> cells = new TreeMap<>(Comparator.comparing((List<String> k) -> GROUPINGS.indexOf(k.get(0)))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)).thenComparing(k -> k.get(3))
                .thenComparing(k -> k.get(4)).thenComparing(k -> k.get(5)));
        for (Count c : counts) {
            if (c.gExecution() == 0) {
                if (c.executionYear() != null) {
                    add(cells, "execution_year", "executed", "", "", year(c.executionYear()), "year", c.n());
                }
                continue;
            }
            String grouping = c.gMonth() == 0 ? "month" : c.gBody() == 0 ? "sentencing_body"
                    : c.gRegion() == 0 ? "region" : "year";
            String period = c.year() == null ? "" : year(c.year());
            String precision = c.year() == null ? "unknown" : "year";
            if (grouping.equals("month") && c.month() != null) {
                period = period + String.format(java.util.Locale.ROOT, "-%02d", c.month());
                precision = "month";
            }
            String body = grouping.equals("sentencing_body") ? c.body() : "";
            String region = grouping.equals("region") ? (c.region() == null ? "" : c.region()) : "";
            add(cells, grouping, MEASURES.get(c.category()), region, body, period, precision, c.n());
            if (!NOT_SENTENCED.contains(c.category())) {
                add(cells, grouping, "sentenced", region, body, period, precision, c.n());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        String mark = synthetic ? RecordSchema.SYNTHETIC : "";
        // key: grouping, measure, period, body, region, precision
        cells.forEach((k, n) -> rows.add(List.of(dataset, mark, k.get(0), k.get(1), "person_records", k.get(4), k.get(3),
                k.get(2), k.get(2), k.get(5), String.valueOf(n), "persons")));
        return rows;
    }

    private static String year(int year) {
        return String.format(java.util.Locale.ROOT, "%04d", year);
    }

    private static void add(Map<List<String>, Long> cells, String grouping, String measure, String region, String body,
                            String period, String precision, long n) {
        cells.merge(List.of(grouping, measure, period, body, region, precision), n, Long::sum);
    }
}
