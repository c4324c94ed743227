package org.repstat.cli;

import org.repstat.pipeline.Progress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.repstat.Workspace;
import org.repstat.checking.CheckResult;
import org.repstat.checking.CheckStatus;
import org.repstat.importing.RowAccount;
import org.repstat.io.InputException;
import org.repstat.records.CsvRecordFormat;
import org.repstat.records.FieldAccounts;
import org.repstat.records.NormalisationRules;
import org.repstat.records.RecordAggregate;
import org.repstat.records.RecordFileReader;
import org.repstat.records.RecordFormat;
import org.repstat.records.RecordImport;
import org.repstat.records.RecordOutputs;
import org.repstat.records.RecordReconcile;
import org.repstat.records.SyntheticRecords;
import org.repstat.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code repstat records}: person-level records (memorial books, victim databases) on Spark. Outputs go to the
 * scratch directory {@code target/repstat/records/}, never to datasets/, reports/ or notebooks-export/: record-level
 * counts are not published tables, and SYNTHETIC records must never reach one.
 */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "records", mixinStandardHelpOptions = true,
        description = "Person-level records on Spark: synth, import, aggregate, reconcile, bench (in target/repstat/records/).",
        subcommands = {RecordsCommand.Synth.class, RecordsCommand.Import.class, RecordsCommand.Aggregate.class,
                RecordsCommand.Reconcile.class, RecordsBenchCommand.class})
public class RecordsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a records command is required (synth, import, aggregate, reconcile, bench)");
    }

    /** Where Spark runs: local[*] unless told otherwise. */
    static class SparkOptions {
        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master, e.g. spark://host:7077 (default: what spark-submit set, else local[*]).")
        String master;

        @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark setting; repeatable.")
        Map<String, String> conf = new LinkedHashMap<>();

        /** Spark's own log goes to target/repstat/logs/spark.log, so that it never splits repstat's lines. */
        SparkSession session(Workspace ws, CommonOptions common, String job) {
            org.repstat.spark.SparkLog.toFile(ws.work().resolve("logs").resolve("spark.log"), common.verbose);
            return SparkSessions.create(master, "repstat records " + job, conf);
        }
    }

    /** An error raised inside a Spark task arrives wrapped; the user should see the located input error itself. */
    static <T> T unwrappingInputErrors(Supplier<T> work) {
        try {
            return work.get();
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof InputException input) {
                    throw input;
                }
            }
            throw e;
        }
    }

    /** Record outputs are never published: refuse any output place inside datasets/, reports/ or notebooks-export/. */
    static Path unpublished(Workspace ws, Path target) {
        Path abs = target.toAbsolutePath().normalize();
        for (Path published : List.of(ws.datasets(), ws.reports(), ws.notebooks())) {
            if (abs.startsWith(published.toAbsolutePath().normalize())) {
                throw new InputException(target, 0, null, "record outputs are never published: write them outside "
                        + published + " (the default is " + ws.work().resolve("records") + ")");
            }
        }
        return target;
    }

    static Path recordsRules(Workspace ws) {
        return ws.datasets().resolve("records");
    }

    static Path observations(Workspace ws) {
        return ws.clean().resolve(org.repstat.published.CoreTables.OBSERVATIONS.path());
    }

    @Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
            name = "synth", mixinStandardHelpOptions = true,
            description = "Write SYNTHETIC person-level records calibrated to the convictions table lewin-2005-appendix-fb2.")
    static class Synth implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Option(names = "--rows", required = true, description = "Number of records.")
        long rows;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--mess-rate", defaultValue = "0.02", description = "Share of rows with injected mess (default: ${DEFAULT-VALUE}).")
        double messRate;

        @Option(names = "--encoding", defaultValue = "UTF-8", description = "UTF-8 or windows-1251 (default: ${DEFAULT-VALUE}).")
        String encoding;

        @Option(names = "--rows-per-file", defaultValue = "1000000", description = "Rows per file (default: ${DEFAULT-VALUE}).")
        long rowsPerFile;

        @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: target/repstat/records/SYNTHETIC-n<rows>-seed<seed>).")
        Path out;

        @Override
        public Integer call() {
            Workspace ws = options.workspace();
            Path dir = unpublished(ws, out != null ? out : SyntheticRecords.runDir(ws.work(), rows, seed));
            SyntheticRecords.Result r = new Progress(System.err, 1).step("write " + rows + " SYNTHETIC records",
                    () -> SyntheticRecords.generate(observations(ws), dir, rows, seed, messRate, Charset.forName(encoding), rowsPerFile));
            System.out.printf(java.util.Locale.ROOT, "wrote %d SYNTHETIC records in %d file(s) under %s%n", r.rows(), r.files().size(), dir.resolve("input"));
            r.mess().forEach((kind, n) -> System.out.printf(java.util.Locale.ROOT, "  mess %-22s %d%s%n", kind.name().toLowerCase(java.util.Locale.ROOT), n,
                    kind.rejects() ? " (unusable: expect rejects)" : ""));
            System.out.printf(java.util.Locale.ROOT, "expected rejects: %d%n", r.expectedRejects());
            return ExitCodes.OK;
        }
    }

    @Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
            name = "import", mixinStandardHelpOptions = true,
            description = {"Read person-level lists into records.parquet: the documented CSV (UTF-8 or Windows-1251), "
                    + "Memorial's Moscow execution pages, or Memorial's text blocks; rejects go to rejects.csv with file, "
                    + "line and reason.",
                    "Prints the accounting: records in = parsed + rejected per file, and per field recognised + kept as "
                    + "text + empty (also in row-accounts.csv and field-accounts.csv)."})
    static class Import implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Mixin
        SparkOptions spark;

        @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
                description = "Files or directories: *.csv; a folder of Moscow pages (*.htm); texts.zip or *.txt of blocks.")
        List<Path> inputs;

        @Option(names = "--format", defaultValue = RecordFormats.AUTO, paramLabel = "FORMAT",
                description = "csv, memorial-moscow-html, memorial-text-blocks, or auto: by file name and content (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: the parent of an input directory named 'input', else "
                + "target/repstat/records/<input name>, for Memorial's lists <folder>-<input name>).")
        Path out;

        @Option(names = "--encoding", defaultValue = RecordFileReader.AUTO, description = "auto, UTF-8 or windows-1251 (default: ${DEFAULT-VALUE}).")
        String encoding;

        @Option(names = "--force-encoding", description = "Read with --encoding even where it decodes a file otherwise than auto would.")
        boolean forceEncoding;

        @Override
        public Integer call() {
            Workspace ws = options.workspace();
            if (!format.equals(RecordFormats.AUTO) && !RecordFormats.IDS.contains(format)) {
                throw new InputException(Path.of("--format"), 0, null, "unknown format '" + format + "': expected one of "
                        + RecordFormats.IDS + " or " + RecordFormats.AUTO);
            }
            RecordFormat chosen = RecordFormats.of(format, inputs, recordsRules(ws), forceEncoding);
            Path dir = unpublished(ws, out != null ? out : defaultRunDir(ws, inputs.get(0), chosen));
            RecordImport.Result r = new Progress(System.err, 1).step("import " + chosen.id() + " → " + dir,
                    () -> unwrappingInputErrors(() -> RecordImport.run(() -> spark.session(ws, options, "import"), inputs, dir, encoding, chosen)));
            printImport(r);
            return ExitCodes.OK;
        }
    }

    static Path defaultRunDir(Workspace ws, Path input, RecordFormat format) {
        Path abs = input.toAbsolutePath().normalize();
        if (Files.isDirectory(abs) && abs.getFileName().toString().equals("input")) {
            return abs.getParent();
        }
        String name = abs.getFileName().toString().replaceFirst("\\.(csv|zip|txt|html?)$", "");
        if (!format.id().equals(CsvRecordFormat.ID) && abs.getParent() != null && abs.getParent().getFileName() != null) {
            name = abs.getParent().getFileName() + "-" + name; // "pages" or "texts" alone would say nothing
        }
        return ws.work().resolve("records").resolve(name);
    }

    static void printImport(RecordImport.Result r) {
        System.out.printf(java.util.Locale.ROOT, "records in %d = parsed %d + rejected %d (%s, %s)%s%n", r.in(), r.out(), r.rejected(),
                r.format().unit(), r.format().id(), r.outputs().synthetic() ? "  (SYNTHETIC)" : "");
        for (RowAccount a : r.accounts()) {
            System.out.printf(java.util.Locale.ROOT, "  %s: in %d = parsed %d + rejected %d%s%n", a.file(), a.in(), a.out(), a.rejected(),
                    a.balances() ? "" : "  (DOES NOT BALANCE)");
        }
        r.notes().forEach(n -> System.out.println("  " + n));
        System.out.printf(java.util.Locale.ROOT, "exact copies of an earlier record in the same file: %d (marked in duplicate_of; parsed and "
                + "counted like every other record)%n", r.copies());
        System.out.printf(java.util.Locale.ROOT, "fields, over the %d parsed records: recognised + kept as text + empty%n", r.out());
        for (FieldAccounts.Account a : r.fields()) {
            System.out.printf(java.util.Locale.ROOT, "  %-20s %8d + %8d + %8d%s%n", a.field().name(), a.recognised(), a.text(), a.empty(),
                    a.field().value() == null ? "   (kept as text by design)" : "");
        }
        System.out.printf(java.util.Locale.ROOT, "parquet: %s%nrejects: %s%naccounts: %s, %s%nunrecognised values: %s%n", r.outputs().parquet(),
                r.outputs().rejects(), r.outputs().accounts(), r.outputs().fieldAccounts(), r.outputs().unrecognised());
    }

    @Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
            name = "aggregate", mixinStandardHelpOptions = true,
            description = "Count records by year, month, sentencing body, sentence category and region into a long table.")
    static class Aggregate implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Mixin
        SparkOptions spark;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Run directory holding records.parquet.")
        Path dir;

        @Option(names = "--out", paramLabel = "FILE", description = "Output CSV (default: DIR/aggregates[-SYNTHETIC].csv).")
        Path out;

        @Override
        public Integer call() {
            Workspace ws = options.workspace();
            unpublished(ws, dir);
            if (out != null) {
                unpublished(ws, out);
            }
            Path parquet = new RecordOutputs(dir, false).parquet();
            if (!Files.isDirectory(parquet)) {
                throw new InputException(parquet, 0, null, "no records.parquet: run 'repstat records import' first");
            }
            List<List<String>> rows = new Progress(System.err, 1).step("aggregate " + parquet, () -> {
                SparkSession session = spark.session(ws, options, "aggregate");
                Path target = out != null ? out : new RecordOutputs(dir, RecordAggregate.isSynthetic(session, parquet)).aggregates();
                System.out.println("aggregates: " + target);
                return RecordAggregate.run(session, parquet, target, dir.toAbsolutePath().normalize().getFileName().toString());
            });
            System.out.printf(java.util.Locale.ROOT, "%d aggregate rows%n", rows.size());
            return ExitCodes.OK;
        }
    }

    @Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
            name = "reconcile", mixinStandardHelpOptions = true,
            description = "Coverage of the official convictions table (lewin-2005-appendix-fb2) by the records, per year and sentence measure, as checks.")
    static class Reconcile implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Run directory holding the aggregates CSV.")
        Path dir;

        @Override
        public Integer call() {
            Workspace ws = options.workspace();
            unpublished(ws, dir);
            RecordOutputs real = new RecordOutputs(dir, false);
            RecordOutputs synthetic = new RecordOutputs(dir, true);
            boolean isSynthetic = Files.exists(synthetic.aggregates());
            if (isSynthetic && Files.exists(real.aggregates())) {
                throw new InputException(dir, 0, null, "both aggregates.csv and aggregates-SYNTHETIC.csv are here: remove the stale one");
            }
            RecordOutputs outputs = isSynthetic ? synthetic : real;
            if (!Files.exists(outputs.aggregates())) {
                throw new InputException(outputs.aggregates(), 0, null, "no aggregates: run 'repstat records aggregate' first");
            }
            List<CheckResult> results = RecordReconcile.run(outputs.aggregates(), observations(ws), outputs);
            long pass = results.stream().filter(r -> r.status() == CheckStatus.PASS).count();
            System.out.printf(java.util.Locale.ROOT, "%d coverage checks: %d pass, %d warn%s%ncoverage: %s%nchecks: %s%n", results.size(), pass,
                    results.size() - pass, isSynthetic ? " (SYNTHETIC records)" : "", outputs.coverage(), outputs.checks());
            return ExitCodes.OK;
        }
    }
}
