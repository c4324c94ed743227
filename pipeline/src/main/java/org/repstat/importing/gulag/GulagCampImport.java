package org.repstat.importing.gulag;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.repstat.Workspace;
import org.repstat.importing.ImportFailedException;
import org.repstat.importing.InputProblems;
import org.repstat.importing.VocabularyReader;
import org.repstat.io.InputException;
import org.repstat.io.InputFiles;
import org.repstat.io.TextLines;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Vocabulary;

/**
 * Imports Urbica's Gulag camps file (493 camps × 120 columns) as published: verifies its SHA-256, reads it with
 * Commons CSV (quoted line breaks, {@code \r}, blank header cells), and sends every non-empty cell through the
 * column plan and the cell rules. A cell that no rule takes fails the import (exit 2) with file, line and column;
 * a cell a rule rejects is listed with its reason. Nothing is published from here: the caller publishes.
 */
public final class GulagCampImport {

    public static final String SOURCE_ID = "urbica-gulag-admin-2017";
    public static final String DIR = SOURCE_ID;
    public static final String DATA_FILE = "data.csv";

    /**
     * How many times each camps file has been read in this JVM, by its absolute path: the camps file is imported once
     * per run and every later stage reads its published tables, and a test holds the pipeline to that.
     */
    private static final Map<Path, Integer> READS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Read as published: no trimming (cells keep their spaces for as_printed), "" stays "". */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(false).get();

    private final Path dir;
    final Path dataFile;
    final CellRules rules;
    final ColumnPlan plan;
    final Map<String, String> typeMap;
    final Vocabulary vocabulary;
    private final InputProblems problems = new InputProblems();

    private GulagCampImport(Path dataFile, Path datasets, Vocabulary vocabulary) {
        this.dir = dataFile.getParent();
        this.dataFile = dataFile;
        this.plan = ColumnPlan.read(dir.resolve("columns.csv"));
        this.rules = CellRules.read(dir.resolve("cell-rules.csv"), vocabulary, plan);
        this.typeMap = readTypeMap(dir.resolve("type-map.csv"), datasets.resolve("vocab/camp_types.csv"));
        this.vocabulary = vocabulary;
    }

    /** Reads, checks and types the file; throws {@link ImportFailedException} listing every located problem. */
    public static CampData run(Path dataFile, Path datasets, Vocabulary vocabulary) {
        return new GulagCampImport(dataFile, datasets, vocabulary).importFile();
    }

    /** How many times the file at {@code dataFile} has been imported in this JVM. */
    public static int reads(Path dataFile) {
        return READS.getOrDefault(dataFile.toAbsolutePath().normalize(), 0);
    }

    /** The rules as read from the workspace: tests use them to read each rule's own example cell. */
    public static CellRules rules(Workspace ws) {
        return CellRules.read(ws.raw().resolve(DIR).resolve("cell-rules.csv"));
    }

    /**
     * Every cell of the file as printed, keyed "line:column" (line where the row begins, 1-based column): so a
     * test can read the real cell a rule was written for.
     */
    public static Map<String, String> cellsByLocation(Workspace ws) {
        Path file = ws.raw().resolve(DIR).resolve(DATA_FILE);
        TextLines lines = TextLines.of(new String(readBytes(file), StandardCharsets.UTF_8));
        Map<String, String> cells = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(lines.text())).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                for (int i = 0; i < record.size(); i++) {
                    cells.put(line + ":" + (i + 1), record.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    private CampData importFile() {
        READS.merge(dataFile.toAbsolutePath().normalize(), 1, Integer::sum);
        byte[] bytes = readBytes(dataFile);
        verifyChecksum(bytes);
        TextLines lines;
        try {
            lines = TextLines.utf8Csv(dataFile, bytes);
        } catch (InputException e) {
            problems.add(e);
            problems.throwIfAny();
            throw e;
        }
        String text = lines.text();

        List<Camp> camps = new ArrayList<>();
        List<CampRows.Location> locations = new ArrayList<>();
        List<CampRows.Population> population = new ArrayList<>();
        List<CampRows.Activity> activities = new ArrayList<>();
        List<CampRows.Text> texts = new ArrayList<>();
        List<CampRows.Reject> rejects = new ArrayList<>();
        Map<String, Long> byRule = new TreeMap<>();
        long[] counts = new long[6]; // rows, cells, blank, parsed, text, rejected
        Set<Integer> ids = new HashSet<>();

        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            boolean first = true;
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                List<String> values = record.toList();
                if (first) {
                    first = false;
                    problems.attempt(() -> plan.verifyHeader(dataFile, values));
                    continue;
                }
                if (values.size() != plan.columns().size()) {
                    problems.add(new InputException(dataFile, line, String.valueOf(Math.min(values.size(), plan.columns().size()) + 1),
                            "expected " + plan.columns().size() + " fields as in the header, found " + values.size()
                                    + " (a truncated or broken row)"));
                    continue;
                }
                counts[0]++;
                CampRowReader row = new CampRowReader(this, line, values, counts, byRule, rejects);
                problems.attempt(() -> {
                    Camp camp = row.read();
                    if (!ids.add(camp.id)) {
                        throw new InputException(dataFile, line, "1 (id)", "duplicate camp id " + camp.id);
                    }
                    camps.add(camp);
                    locations.addAll(row.locations());
                    population.addAll(row.population);
                    activities.addAll(row.activities);
                    texts.addAll(row.texts);
                });
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(RawTable.malformed(dataFile, lines, e));
        }
        if (counts[0] == 0 && problems.all().isEmpty()) {
            problems.add(new InputException(dataFile, text.isEmpty() ? 1 : 2, null, text.isEmpty()
                    ? "expected the camps file's header and its 493 rows, found an empty file"
                    : "expected camp rows after the header, found a header only (an emptied or truncated file?)"));
        }
        problems.throwIfAny();

        long nonEmpty = counts[3] + counts[4] + counts[5];
        CellAccount account = new CellAccount(dataFile.toString(), counts[0], counts[1], counts[2],
                counts[1] - counts[2], counts[3], counts[4], counts[5], byRule);
        if (!account.balances() || nonEmpty != counts[1] - counts[2]) {
            throw new IllegalStateException("cell accounting does not balance: " + account.summary());
        }
        camps.sort(Comparator.comparingInt(Camp::id));
        return new CampData(List.copyOf(camps), sortedLocations(locations), markYearlySum(population),
                activities.stream().sorted(Comparator.comparingInt(CampRows.Activity::campId)
                        .thenComparingInt(CampRows.Activity::column)).toList(),
                texts.stream().sorted(Comparator.comparingInt(CampRows.Text::campId)
                        .thenComparingInt(CampRows.Text::column)).toList(),
                rejects.stream().sorted(Comparator.comparingLong(CampRows.Reject::line)
                        .thenComparingInt(CampRows.Reject::column)).toList(), account);
    }

    /**
     * One figure per camp, year and measure goes into sums and charts: the named year column's figure where there
     * is one (or a spilled cell that repeats it with a qualifier), else a spilled single figure. Several figures in one cell with no named figure beside them are
     * left out of sums (which one would be the year's is not said) and kept in the table.
     */
    private static List<CampRows.Population> markYearlySum(List<CampRows.Population> rows) {
        Map<String, List<CampRows.Population>> groups = new TreeMap<>();
        for (CampRows.Population r : rows) {
            groups.computeIfAbsent(r.campId() + "/" + r.year() + "/" + r.measure(), k -> new ArrayList<>()).add(r);
        }
        Set<CampRows.Population> chosen = new HashSet<>();
        for (List<CampRows.Population> g : groups.values()) {
            List<CampRows.Population> withValue = g.stream().filter(r -> r.value().value() != null).toList();
            Optional<CampRows.Population> named = withValue.stream().filter(r -> r.spilledFrom().isEmpty()).findFirst();
            if (named.isPresent()) {
                // A spilled cell that repeats the named figure with a qualifier ("2000" then "2000 (?)") qualifies
                // that figure: the qualified row is the one sums use, so a doubted figure is never counted as exact.
                Optional<CampRows.Population> qualifying = withValue.stream().filter(r -> !r.spilledFrom().isEmpty()
                        && r.value().value().compareTo(named.get().value().value()) == 0
                        && !r.value().qualifier().equals(named.get().value().qualifier())).findFirst();
                chosen.add(qualifying.orElse(named.get()));
            } else if (withValue.size() == 1) {
                chosen.add(withValue.get(0));
            }
        }
        return rows.stream().map(r -> r.withInYearlySum(chosen.contains(r)))
                .sorted(Comparator.comparingInt(CampRows.Population::campId).thenComparingInt(CampRows.Population::year)
                        .thenComparing(CampRows.Population::measure).thenComparingInt(CampRows.Population::column)
                        .thenComparingInt(CampRows.Population::part)).toList();
    }

    private static List<CampRows.Location> sortedLocations(List<CampRows.Location> rows) {
        return rows.stream().sorted(Comparator.comparingInt(CampRows.Location::campId)
                .thenComparingInt(CampRows.Location::order)).toList();
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 80) + "…";
    }

    private void verifyChecksum(byte[] bytes) {
        Path sumFile = dir.resolve(DATA_FILE + ".sha256");
        String expected;
        try {
            expected = TextLines.utf8(sumFile, InputFiles.read(sumFile)).text().strip().split("\\s+")[0];
        } catch (InputException e) {
            throw new InputException(sumFile, 0, null, "expected the published file's SHA-256 here: " + e.getMessage());
        }
        String actual;
        try {
            actual = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (!actual.equals(expected)) {
            problems.add(new InputException(dataFile, 0, null, "SHA-256 is " + actual + ", expected " + expected
                    + " (" + sumFile.getFileName() + "): the file is not the published one, byte for byte"));
        }
    }

    private static Map<String, String> readTypeMap(Path file, Path vocab) {
        Set<String> known = VocabularyReader.readTerms(vocab, "camp_type").keySet();
        Map<String, String> map = new HashMap<>();
        for (RawRow row : RawTable.read(file, List.of("as_printed", "type", "note")).requireRows().rows()) {
            String type = row.required("type");
            if (!known.contains(type)) {
                throw row.error("type", "expected a type listed in vocab/camp_types.csv, found '" + type + "'");
            }
            if (map.put(row.required("as_printed"), type) != null) {
                throw row.error("as_printed", "'" + row.text("as_printed") + "' is mapped twice");
            }
        }
        return map;
    }

    private static byte[] readBytes(Path file) {
        return InputFiles.read(file);
    }
}
