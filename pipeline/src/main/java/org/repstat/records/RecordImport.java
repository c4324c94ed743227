package org.repstat.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.repstat.importing.RowAccount;
import org.repstat.io.InputException;
import org.repstat.io.PublishedCsv;

/**
 * The import job: person-level CSV files → {@code records.parquet} with the explicit {@link RecordSchema#PARQUET}
 * schema, one Spark task per file (each file is read by one {@link RecordFileReader}, which is what lets every
 * row keep its file and line). Rejected rows stay in the Parquet with their reason and are also written to the
 * rejects CSV; the row accounts prove rows in = ok + rejected for every file.
 */
public final class RecordImport {

    /** What an import produced. */
    public record Result(RecordOutputs outputs, List<RowAccount> accounts, long rejected) {
        public long in() {
            return accounts.stream().mapToLong(RowAccount::in).sum();
        }

        public long out() {
            return accounts.stream().mapToLong(RowAccount::out).sum();
        }
    }

    public static final String JOB = "records import";

    private RecordImport() {
    }

    /** Runs the import; bad headers, unknown encodings and mixed synthetic/real input fail before Spark starts work. */
    public static Result run(SparkSession spark, List<Path> inputs, Path outDir, String encoding, NormalisationRules rules) {
        return run(spark, inputs, outDir, encoding, false, rules);
    }

    /**
     * As {@link #run(SparkSession, List, Path, String, NormalisationRules)}; {@code forceEncoding} reads with an
     * explicit encoding even where it decodes a file otherwise than {@code auto} would. The Parquet is written to a
     * temporary folder beside its place and renamed into it only when the job succeeded: a failed job (a bad byte
     * deep in a file) leaves the previous records.parquet, or none, never an empty or partial one.
     */
    public static Result run(SparkSession spark, List<Path> inputs, Path outDir, String encoding, boolean forceEncoding,
                             NormalisationRules rules) {
        List<String> files = listFiles(inputs);
        RecordParser parser = new RecordParser(rules);
        boolean synthetic = checkHeaders(files, encoding, forceEncoding, parser);
        RecordOutputs out = new RecordOutputs(outDir, synthetic);
        writeParquet(parse(spark, files, encoding, parser), out.parquet());

        Dataset<Row> records = spark.read().schema(RecordSchema.PARQUET).parquet(out.parquet().toString());
        List<RowAccount> accounts = accounts(records, files);
        List<Row> rejects = records.filter(functions.col("status").equalTo(RecordSchema.REJECTED))
                .select("source_file", "line", "reject_reason", "raw_record").collectAsList();
        List<List<String>> rejectRows = new ArrayList<>();
        for (Row r : rejects) {
            rejectRows.add(List.of(r.getString(0), String.valueOf(r.getLong(1)), r.getString(2),
                    r.isNullAt(3) ? "" : r.getString(3)));
        }
        rejectRows.sort(java.util.Comparator.<List<String>, String>comparing(r -> r.get(0))
                .thenComparingLong(r -> Long.parseLong(r.get(1))));
        PublishedCsv.write(out.rejects(), List.of("file", "line", "reason", "record"), rejectRows);
        PublishedCsv.write(out.accounts(), List.of("job", "file", "unit", "rows_in", "rows_out", "rows_rejected"),
                accounts.stream().map(a -> List.of(a.job(), a.file(), a.unit(), String.valueOf(a.in()),
                        String.valueOf(a.out()), String.valueOf(a.rejected()))).toList());
        writeUnrecognised(records, out.unrecognised());
        return new Result(out, accounts, rejectRows.size());
    }

    private static void writeParquet(Dataset<Row> rows, Path target) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            deleteTree(tmp);
            rows.write().mode(SaveMode.Overwrite).parquet(tmp.toString());
            deleteTree(target);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            try {
                deleteTree(tmp);
            } catch (IOException ignored) {
                // a leftover temporary folder is replaced by the next import
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The CSV files to read, sorted: each directory's *.csv, and files named directly. */
    public static List<String> listFiles(List<Path> inputs) {
        List<String> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted()
                            .forEach(p -> files.add(p.toAbsolutePath().normalize().toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input.toAbsolutePath().normalize().toString());
            } else {
                throw new InputException(input, 0, null, "no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new InputException(inputs.get(0), 0, null, "no *.csv files to import");
        }
        return files;
    }

    /** Reads every header on the driver: a bad header is a located error before any task runs. */
    private static boolean checkHeaders(List<String> files, String encoding, boolean force, RecordParser parser) {
        Boolean synthetic = null;
        for (String file : files) {
            try (InputStream in = Files.newInputStream(Path.of(file));
                 RecordFileReader reader = new RecordFileReader(file, in, encoding, force, parser)) {
                if (synthetic != null && synthetic != reader.synthetic()) {
                    throw new InputException(Path.of(file), 1, RecordSchema.SYNTHETIC_COLUMN,
                            "SYNTHETIC and real record files cannot be imported together: a synthetic count must never mix with real ones");
                }
                synthetic = reader.synthetic();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return synthetic;
    }

    static Dataset<Row> parse(SparkSession spark, List<String> files, String encoding, RecordParser parser) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(files, files.size()).flatMap(new ReadFile(encoding, parser));
        return spark.createDataFrame(rows, RecordSchema.PARQUET);
    }

    /** One task: one file, streamed through a {@link RecordFileReader}, closed when the task ends. */
    private static final class ReadFile implements FlatMapFunction<String, Row> {
        private static final long serialVersionUID = 1L;
        private final String encoding;
        private final RecordParser parser;

        ReadFile(String encoding, RecordParser parser) {
            this.encoding = encoding;
            this.parser = parser;
        }

        @Override
        public Iterator<Row> call(String file) throws IOException {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(Path.of(file).toUri());
            InputStream in = path.getFileSystem(new Configuration()).open(path);
            // the driver has checked the encoding against each file (checkHeaders): the task only reads
            RecordFileReader reader = new RecordFileReader(file, in, encoding, true, parser);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reader.close());
            }
            return reader;
        }
    }

    private static List<RowAccount> accounts(Dataset<Row> records, List<String> files) {
        Map<String, long[]> counts = new TreeMap<>();
        files.forEach(f -> counts.put(f, new long[2]));
        for (Row r : records.groupBy("source_file", "status").count().collectAsList()) {
            counts.get(r.getString(0))[r.getString(1).equals(RecordSchema.OK) ? 0 : 1] += r.getLong(2);
        }
        List<RowAccount> accounts = new ArrayList<>();
        counts.forEach((file, c) -> accounts.add(new RowAccount(JOB, file, "rows", c[0] + c[1], c[0], c[1])));
        return accounts;
    }

    /** Free text no rule recognised, with counts: the list from which the rules in datasets/records/ grow. */
    private static void writeUnrecognised(Dataset<Row> records, Path target) {
        Dataset<Row> ok = records.filter(functions.col("status").equalTo(RecordSchema.OK));
        List<List<String>> rows = new ArrayList<>();
        for (String[] pair : new String[][] {{"sentence_raw", "sentence_category"}, {"sentencing_body_raw", "sentencing_body"}}) {
            for (Row r : ok.filter(functions.col(pair[1]).equalTo(NormalisationRules.UNRECOGNISED))
                    .groupBy(pair[0]).count().collectAsList()) {
                rows.add(List.of(pair[0].replace("_raw", ""), r.getString(0), String.valueOf(r.getLong(1))));
            }
        }
        rows.sort(java.util.Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1)));
        PublishedCsv.write(target, List.of("field", "text", "records"), rows);
    }
}
