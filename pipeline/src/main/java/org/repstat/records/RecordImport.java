package org.repstat.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
 * The import job: person-level lists → {@code records.parquet} with the explicit {@link RecordSchema#PARQUET}
 * schema, each file read whole by one Spark task (one task per file unless the format groups small files), by the
 * file's {@link RecordFormat} (the CSV's {@link RecordFileReader}, or
 * one of Memorial's list readers), which is what lets every row keep its file and line. Rejected rows stay in the
 * Parquet with their reason and are also written to the rejects CSV; the row accounts prove rows in = ok + rejected
 * for every file, held to the count the format made before the import when it can make one, and the field accounts
 * say, field by field, how much of the parsed records a rule read.
 */
public final class RecordImport {

    /** What an import produced. */
    public record Result(RecordOutputs outputs, RecordFormat format, List<RowAccount> accounts, long rejected,
                         List<FieldAccounts.Account> fields, long copies, List<String> notes) {
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

    /** Runs the CSV import; bad headers, unknown encodings and mixed synthetic/real input fail before Spark starts work. */
    public static Result run(SparkSession spark, List<Path> inputs, Path outDir, String encoding, NormalisationRules rules) {
        return run(() -> spark, inputs, outDir, encoding, new CsvRecordFormat(rules));
    }

    /**
     * Runs the import of any format. Whatever the format checks on the driver (headers, every byte's encoding) fails
     * before Spark starts, and so before anything is written.
     */
    public static Result run(Supplier<SparkSession> sessions, List<Path> inputs, Path outDir, String encoding,
                             RecordFormat format) {
        List<String> files = format.files(inputs);
        RecordFormat.Census census = format.check(files, encoding);
        SparkSession spark = sessions.get();
        RecordOutputs out = new RecordOutputs(outDir, census.synthetic());
        writeParquet(parse(spark, files, encoding, format), out.parquet());

        Dataset<Row> records = spark.read().schema(RecordSchema.PARQUET).parquet(out.parquet().toString()).cache();
        List<RowAccount> accounts = accounts(records, files, format, census);
        List<Row> rejects = records.filter(functions.col("status").equalTo(RecordSchema.REJECTED))
                .select("source_file", "line", "reject_reason", "raw_record", "position").collectAsList();
        List<List<String>> rejectRows = new ArrayList<>();
        for (Row r : rejects) {
            rejectRows.add(List.of(r.getString(0), String.valueOf(r.getLong(1)), r.getString(2),
                    r.isNullAt(3) ? "" : r.getString(3), r.isNullAt(4) ? "" : r.getString(4)));
        }
        rejectRows.sort(java.util.Comparator.<List<String>, String>comparing(r -> r.get(0))
                .thenComparingLong(r -> Long.parseLong(r.get(1))).thenComparing(r -> r.get(4)));
        PublishedCsv.write(out.rejects(), List.of("file", "line", "reason", "record", "position"), rejectRows);
        PublishedCsv.write(out.accounts(), List.of("job", "file", "unit", "rows_in", "rows_out", "rows_rejected"),
                accounts.stream().map(a -> List.of(a.job(), a.file(), a.unit(), String.valueOf(a.in()),
                        String.valueOf(a.out()), String.valueOf(a.rejected()))).toList());
        List<FieldAccounts.Account> fields = FieldAccounts.count(records, format.fields());
        for (FieldAccounts.Account a : fields) {
            if (!a.balances()) {
                throw new IllegalStateException("field " + a.field().name() + " does not add up: " + a);
            }
        }
        FieldAccounts.write(out.fieldAccounts(), fields);
        FieldAccounts.writeUnrecognised(records, format.fields(), out.unrecognised());
        long copies = records.filter(functions.col("duplicate_of").isNotNull()).count();
        long expectedCopies = census.copies().values().stream().mapToLong(Long::longValue).sum();
        if (!census.copies().isEmpty() && copies != expectedCopies) {
            throw new IllegalStateException("the import marked " + copies + " exact copies where a plain count of the files finds "
                    + expectedCopies);
        }
        records.unpersist();
        return new Result(out, format, accounts, rejectRows.size(), fields, copies, census.notes());
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

    static Dataset<Row> parse(SparkSession spark, List<String> files, String encoding, RecordFormat format) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = Math.max(1, Math.min(files.size(), format.tasks(files, jsc.defaultParallelism())));
        JavaRDD<Row> rows = jsc.parallelize(files, tasks).flatMap(new ReadFile(encoding, format));
        return spark.createDataFrame(rows, RecordSchema.PARQUET);
    }

    /** One task: one file, streamed through its format's reader, closed when the task ends. */
    private static final class ReadFile implements FlatMapFunction<String, Row> {
        private static final long serialVersionUID = 1L;
        private final String encoding;
        private final RecordFormat format;

        ReadFile(String encoding, RecordFormat format) {
            this.encoding = encoding;
            this.format = format;
        }

        @Override
        public Iterator<Row> call(String file) throws IOException {
            RecordFormat.Rows reader = format.read(file, encoding);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reader.close());
            }
            return reader;
        }
    }

    /**
     * Rows in = ok + rejected per source file (a zip's entry is its own source). Where the format counted the
     * records before the import, the rows read must be exactly that count: the accounting is held to the input,
     * not to itself.
     */
    private static List<RowAccount> accounts(Dataset<Row> records, List<String> files, RecordFormat format,
                                             RecordFormat.Census census) {
        Map<String, long[]> counts = new TreeMap<>();
        if (census.records().isEmpty()) {
            files.forEach(f -> counts.put(f, new long[2]));
        } else {
            census.records().keySet().forEach(f -> counts.put(f, new long[2]));
        }
        for (Row r : records.groupBy("source_file", "status").count().collectAsList()) {
            counts.computeIfAbsent(r.getString(0), k -> new long[2])[r.getString(1).equals(RecordSchema.OK) ? 0 : 1] += r.getLong(2);
        }
        List<RowAccount> accounts = new ArrayList<>();
        counts.forEach((file, c) -> accounts.add(new RowAccount(JOB, file, format.unit(), c[0] + c[1], c[0], c[1])));
        census.records().forEach((file, expected) -> {
            long[] c = counts.get(file);
            if (c[0] + c[1] != expected) {
                throw new IllegalStateException(file + ": the import read " + (c[0] + c[1]) + " " + format.unit()
                        + " where a plain count of the file finds " + expected);
            }
        });
        return accounts;
    }
}
