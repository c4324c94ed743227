package org.repstat.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.repstat.importing.RowAccount;
import org.repstat.io.PublishedCsv;

/**
 * The import job: person-level lists → {@code records.parquet} with the explicit {@link RecordSchema#PARQUET}
 * schema. The format cuts the files into {@link Slice}s (whole files, or for a large CSV byte ranges that start at a
 * record and know their first line, so one file uses every core); each Spark task reads its slices with the
 * format's reader, writes the rows straight to its own Parquet part file ({@link RecordParquet}) and counts them as
 * it writes ({@link ImportTally}), so that nothing is read back to be counted. Every row keeps its file and line.
 * Rejected rows stay in the Parquet with their reason and are also written to the rejects CSV; the row accounts
 * prove rows in = ok + rejected for every file, held to the count the format made before the import when it can
 * make one, and the field accounts say, field by field, how much of the parsed records a rule read.
 *
 * <p>The part files are written into a temporary folder beside {@code records.parquet}, which replaces the
 * previous one only when every task has succeeded and every check has passed: a failed import leaves the previous
 * Parquet as it was. Where byte ranges of a file did not meet at record boundaries (a quote the plain scan
 * misread), or a fast reader handed a file back, that file's parts are thrown away and the file is read again,
 * whole, by the strict reader, before anything is published.
 */
public final class RecordImport {

    /** What an import produced. */
    public record Result(RecordOutputs outputs, RecordFormat format, List<RowAccount> accounts, long rejected,
                         List<FieldAccounts.Account> fields, long copies, List<String> notes, Plan plan) {
        public long in() {
            return accounts.stream().mapToLong(RowAccount::in).sum();
        }

        public long out() {
            return accounts.stream().mapToLong(RowAccount::out).sum();
        }
    }

    /** How the import was cut: tasks, slices, and the files read again whole by the strict reader. */
    public record Plan(int tasks, int slices, long bytes, List<String> reread) {
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
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RecordOutputs out = new RecordOutputs(outDir, census.synthetic());
        Path target = out.parquet();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        ImportTally tally;
        Plan plan;
        try {
            deleteTree(tmp);
            Files.createDirectories(tmp);
            List<Slice> slices = format.slices(jsc, files, encoding);
            List<List<Slice>> tasks = tasks(slices, format, jsc.defaultParallelism());
            List<ImportTally> done = write(jsc, tasks, 0, tmp, encoding, format);
            List<String> reread = reread(done, slices);
            if (!reread.isEmpty()) {
                done = reread(jsc, done, reread, tasks.size(), tmp, encoding, format);
            }
            tally = new ImportTally(format.fields());
            done.forEach(tally::merge);
            long bytes = files.stream().mapToLong(RecordImport::size).sum();
            plan = new Plan(tasks.size(), slices.size(), bytes, reread);
            List<RowAccount> accounts = tally.accounts(JOB, files, format, census);
            List<FieldAccounts.Account> fields = tally.fieldAccounts();
            for (FieldAccounts.Account a : fields) {
                if (!a.balances()) {
                    throw new IllegalStateException("field " + a.field().name() + " does not add up: " + a);
                }
            }
            long expectedCopies = census.copies().values().stream().mapToLong(Long::longValue).sum();
            if (!census.copies().isEmpty() && tally.copies() != expectedCopies) {
                throw new IllegalStateException("the import marked " + tally.copies() + " exact copies where a plain count of the files finds "
                        + expectedCopies);
            }
            deleteTree(target);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            List<List<String>> rejectRows = new ArrayList<>(tally.rejects());
            rejectRows.sort(java.util.Comparator.<List<String>, String>comparing(r -> r.get(0))
                    .thenComparingLong(r -> Long.parseLong(r.get(1))).thenComparing(r -> r.get(4)));
            PublishedCsv.write(out.rejects(), List.of("file", "line", "reason", "record", "position"), rejectRows);
            PublishedCsv.write(out.accounts(), List.of("job", "file", "unit", "rows_in", "rows_out", "rows_rejected"),
                    accounts.stream().map(a -> List.of(a.job(), a.file(), a.unit(), String.valueOf(a.in()),
                            String.valueOf(a.out()), String.valueOf(a.rejected()))).toList());
            FieldAccounts.write(out.fieldAccounts(), fields);
            List<List<String>> unrecognised = new ArrayList<>(tally.unrecognisedRows());
            unrecognised.sort(java.util.Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparing(r -> r.get(1)));
            PublishedCsv.write(out.unrecognised(), List.of("field", "text", "records"), unrecognised);
            return new Result(out, format, accounts, rejectRows.size(), fields, tally.copies(), census.notes(), plan);
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

    private static long size(String file) {
        try {
            return Files.size(Path.of(file));
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The slices, grouped into tasks: one slice a task, except where every slice is a whole file and the format
     * groups small files ({@link RecordFormat#tasks}), in contiguous runs as {@code parallelize} would cut them.
     */
    static List<List<Slice>> tasks(List<Slice> slices, RecordFormat format, int parallelism) {
        boolean whole = slices.stream().allMatch(Slice::isWhole);
        int n = slices.size();
        int tasks = whole ? Math.max(1, Math.min(n, format.tasks(slices.stream().map(Slice::file).toList(), parallelism))) : n;
        List<List<Slice>> out = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int from = (int) ((long) t * n / tasks);
            int to = (int) ((long) (t + 1) * n / tasks);
            out.add(List.copyOf(slices.subList(from, to)));
        }
        return out;
    }

    private static List<ImportTally> write(JavaSparkContext jsc, List<List<Slice>> tasks, int firstId, Path tmp,
                                           String encoding, RecordFormat format) {
        List<Task> numbered = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            numbered.add(new Task(firstId + i, tasks.get(i)));
        }
        if (numbered.isEmpty()) {
            return List.of();
        }
        return jsc.parallelize(numbered, numbered.size())
                .map(new WriteTask(tmp.toAbsolutePath().toString(), encoding, format)).collect();
    }

    /** The files to read again whole: handed back by a fast reader, or cut into ranges that did not meet. */
    private static List<String> reread(List<ImportTally> done, List<Slice> slices) {
        java.util.Set<String> files = new java.util.TreeSet<>();
        Map<String, Map<Integer, Long>> stopped = new TreeMap<>();
        for (ImportTally t : done) {
            files.addAll(t.redo());
            for (ImportTally.SliceEnd e : t.ends()) {
                stopped.computeIfAbsent(e.file(), k -> new TreeMap<>()).put(e.index(), e.stoppedAt());
            }
        }
        for (Slice s : slices) {
            if (!s.isLast()) {
                Long at = stopped.getOrDefault(s.file(), Map.of()).get(s.index());
                if (at == null || at != s.end()) {
                    files.add(s.file());
                }
            }
        }
        return new ArrayList<>(files);
    }

    /** Throws away every part holding a slice of these files and reads them again, whole, with the strict reader. */
    private static List<ImportTally> reread(JavaSparkContext jsc, List<ImportTally> done, List<String> files, int nextId,
                                            Path tmp, String encoding, RecordFormat format) throws IOException {
        java.util.Set<String> again = new java.util.TreeSet<>(files);
        List<ImportTally> kept = new ArrayList<>();
        boolean changed = true;
        List<ImportTally> dropped = new ArrayList<>();
        while (changed) { // a dropped part may hold slices of other files: they must be read again too
            changed = false;
            for (ImportTally t : done) {
                if (!dropped.contains(t) && t.ends().stream().anyMatch(e -> again.contains(e.file()))) {
                    dropped.add(t);
                    changed |= t.ends().stream().map(ImportTally.SliceEnd::file).anyMatch(again::add);
                }
            }
        }
        for (ImportTally t : done) {
            if (dropped.contains(t)) {
                for (int p : t.partitions()) {
                    Files.deleteIfExists(tmp.resolve(partName(p)));
                }
            } else {
                kept.add(t);
            }
        }
        List<List<Slice>> tasks = new ArrayList<>();
        for (String f : again) {
            tasks.add(List.of(Slice.whole(f)));
        }
        kept.addAll(write(jsc, tasks, nextId, tmp, encoding, format));
        return kept;
    }

    static String partName(int task) {
        return String.format(java.util.Locale.ROOT, "part-%05d.snappy.parquet", task);
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

    /** One task's slices and the number its part file is named by. */
    record Task(int id, List<Slice> slices) implements java.io.Serializable {
    }

    /**
     * One task: its slices, each streamed through the format's reader, written to the task's own part file and
     * counted as written. The file is written under an attempt name and renamed when complete, so a failed or
     * repeated attempt never leaves half a part file under the final name.
     */
    private static final class WriteTask implements Function<Task, ImportTally> {
        private static final long serialVersionUID = 1L;
        private final String dir;
        private final String encoding;
        private final RecordFormat format;

        WriteTask(String dir, String encoding, RecordFormat format) {
            this.dir = dir;
            this.encoding = encoding;
            this.format = format;
        }

        @Override
        public ImportTally call(Task task) throws IOException {
            ImportTally tally = new ImportTally(format.fields());
            tally.partition(task.id());
            TaskContext ctx = TaskContext.get();
            Path part = Path.of(dir, partName(task.id()));
            Path attempt = Path.of(dir, "." + part.getFileName() + ".attempt-" + (ctx == null ? 0 : ctx.taskAttemptId()));
            try (RecordParquet writer = RecordParquet.open(attempt)) {
                for (Slice slice : task.slices()) {
                    try (RecordFormat.Rows rows = format.read(slice, encoding)) {
                        while (rows.hasNext()) {
                            Row row = rows.next();
                            writer.write(row);
                            tally.add(row);
                        }
                        if (rows.handBack()) {
                            tally.redo(slice.file());
                        }
                        tally.ended(new ImportTally.SliceEnd(slice.file(), slice.index(), slice.start(), rows.stoppedAt()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(attempt);
                throw e;
            }
            Files.move(attempt, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return tally;
        }
    }
}
