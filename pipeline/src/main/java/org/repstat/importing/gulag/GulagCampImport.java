package org.repstat.importing.gulag;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.regex.Matcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.repstat.Workspace;
import org.repstat.importing.ImportFailedException;
import org.repstat.importing.InputProblems;
import org.repstat.importing.VocabularyReader;
import org.repstat.io.InputException;
import org.repstat.io.InputFiles;
import org.repstat.io.NumberLimits;
import org.repstat.io.TextLines;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.PartialDate;
import org.repstat.provenance.QualifiedValue;
import org.repstat.provenance.QualifierRule;
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
    private final Path dataFile;
    private final CellRules rules;
    private final ColumnPlan plan;
    private final Map<String, String> typeMap;
    private final Vocabulary vocabulary;
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
                RowReader row = new RowReader(line, values, counts, byRule, rejects);
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

    /** Reads one camp row, cell by cell, into its typed parts. */
    private final class RowReader {
        final long line;
        final List<String> values;
        final long[] counts;
        final Map<String, Long> byRule;
        final List<CampRows.Reject> rejects;
        final List<CampRows.Population> population = new ArrayList<>();
        final List<CampRows.Activity> activities = new ArrayList<>();
        final List<CampRows.Text> texts = new ArrayList<>();
        final String[] place = new String[5];
        final BigDecimal[] lat = new BigDecimal[5];
        final BigDecimal[] lon = new BigDecimal[5];
        final Integer[] yearMoved = new Integer[5];
        final StringBuilder[] coords = new StringBuilder[5];
        final StringBuilder[] notes = new StringBuilder[5];
        Camp camp;

        RowReader(long line, List<String> values, long[] counts, Map<String, Long> byRule, List<CampRows.Reject> rejects) {
            this.line = line;
            this.values = values;
            this.counts = counts;
            this.byRule = byRule;
            this.rejects = rejects;
            for (int i = 0; i < 5; i++) {
                coords[i] = new StringBuilder();
                notes[i] = new StringBuilder();
            }
        }

        Camp read() {
            String idCell = CellRules.trimmed(values.get(0));
            if (!idCell.matches("\\d{1,9}")) {
                throw error(plan.columns().get(0), "expected a camp id (digits), found '" + idCell + "'");
            }
            camp = new Camp(Integer.parseInt(idCell), line);
            InputProblems rowProblems = new InputProblems();
            for (ColumnPlan.Column c : plan.columns()) {
                counts[1]++;
                String raw = values.get(c.position() - 1);
                String cell = CellRules.trimmed(raw);
                if (cell.isEmpty()) {
                    counts[2]++;
                    continue;
                }
                rowProblems.attempt(() -> take(c, raw, cell));
            }
            rowProblems.throwIfAny();
            return camp;
        }

        private void take(ColumnPlan.Column c, String raw, String cell) {
            Optional<CellRules.Match> found = rules.match(c.kind(), c.spilled(), cell);
            if (found.isEmpty()) {
                throw error(c, "no rule in cell-rules.csv takes this " + c.kind() + " cell: '" + abbreviate(cell) + "'");
            }
            CellRule rule = found.get().rule();
            Matcher m = found.get().matcher();
            byRule.merge(rule.id(), 1L, Long::sum);
            switch (rule.category()) {
                case PARSED -> counts[3]++;
                case TEXT -> counts[4]++;
                case REJECTED -> counts[5]++;
            }
            String spilledFrom = c.spilled() ? c.ownerName() : "";
            switch (rule.action()) {
                case "reject" -> rejects.add(new CampRows.Reject(dataFile.getFileName().toString(), line, c.position(),
                        c.name().isEmpty() ? "(unnamed, after " + c.ownerName() + ")" : c.name(), raw, rule.id(), rule.note()));
                case "text" -> text(c, rule, raw);
                case "integer" -> { } // the id, read above
                case "string" -> string(c, cell);
                case "link" -> {
                    if (!m.group(1).matches("https?://\\S+")) {
                        throw error(c, "expected an http:// or https:// address, found '" + abbreviate(m.group(1)) + "'");
                    }
                    camp.referenceUrl = m.group(1);
                }
                case "activity" -> activities.add(new CampRows.Activity(camp.id, c.name(), cell, c.position(), line));
                case "year" -> year(c, yearOf(c, m.group(1)), raw);
                case "date", "year_range", "not_given" -> maxDate(c, rule, m, cell);
                case "decimal", "lat_lon_pair", "decimal_first" -> coordinate(c, rule, m, cell);
                case "number", "numbers", "closed" -> figure(c, rule, m, raw);
                default -> throw new IllegalStateException("action " + rule.action());
            }
        }

        private void text(ColumnPlan.Column c, CellRule rule, String raw) {
            if (c.kind().equals("text") && c.arg().equals("year_closed_note")) {
                camp.yearClosedNote = CellRules.trimmed(raw);
                return;
            }
            if (c.kind().equals("max_people") && c.spilled() && camp.maxPeopleNote.isEmpty()) {
                camp.maxPeopleNote = CellRules.trimmed(raw);
                return;
            }
            texts.add(new CampRows.Text(camp.id, c.position(), c.name(), c.spilled() ? c.ownerName() : "", rule.id(),
                    CellRules.trimmed(raw), line));
        }

        private void string(ColumnPlan.Column c, String cell) {
            switch (c.kind()) {
                case "name" -> camp.name = cell;
                case "name_en" -> camp.nameEn = cell;
                case "alt_name" -> camp.alternativeNames.add(cell);
                case "place" -> place[Integer.parseInt(c.arg())] = cell;
                case "type" -> {
                    String type = typeMap.get(cell);
                    if (type == null) {
                        throw error(c, "expected a camp type listed in type-map.csv, found '" + cell + "'");
                    }
                    camp.type = type;
                    camp.typeAsPrinted = cell;
                }
                default -> throw new IllegalStateException("string rule on kind " + c.kind());
            }
        }

        private void year(ColumnPlan.Column c, int year, String raw) {
            if (c.kind().equals("max_people_date")) {
                maxDateText(String.valueOf(year), String.valueOf(year), raw);
                return;
            }
            if (c.arg().startsWith("moved:")) {
                yearMoved[Integer.parseInt(c.arg().substring(6))] = year;
                return;
            }
            Integer already = switch (c.arg()) {
                case "year_created" -> camp.yearCreated;
                case "year_closed" -> camp.yearClosed;
                case "year_resumed" -> camp.yearResumed;
                case "year_closed_2" -> camp.yearClosed2;
                case "year_resumed_2" -> camp.yearResumed2;
                case "year_closed_3" -> camp.yearClosed3;
                default -> throw new IllegalStateException("year field " + c.arg());
            };
            if (already != null) {
                throw error(c, "a spilled year for " + c.ownerName() + ", which already holds " + already);
            }
            switch (c.arg()) {
                case "year_created" -> camp.yearCreated = year;
                case "year_closed" -> camp.yearClosed = year;
                case "year_resumed" -> camp.yearResumed = year;
                case "year_closed_2" -> camp.yearClosed2 = year;
                case "year_resumed_2" -> camp.yearResumed2 = year;
                default -> camp.yearClosed3 = year;
            }
            if (c.spilled()) {
                camp.spilled.add(c.arg() + " ← column " + c.position());
            }
        }

        private void maxDate(ColumnPlan.Column c, CellRule rule, Matcher m, String cell) {
            switch (rule.action()) {
                case "date" -> {
                    String iso = calendarDate(c, m.group(3) + "-" + m.group(2) + "-" + m.group(1), cell).toString();
                    maxDateText(iso, iso, cell);
                }
                case "year_range" -> {
                    PartialDate start = calendarDate(c, m.group(1), cell);
                    PartialDate end = calendarDate(c, m.group(2), cell);
                    if (end.latest().isBefore(start.earliest())) {
                        throw error(c, "expected a range that ends on or after it starts, found '" + cell + "' (ends "
                                + end + ", before " + start + ")");
                    }
                    maxDateText(start.toString(), end.toString(), cell);
                }
                default -> maxDateText("", "", cell);
            }
        }

        /** A date the calendar has: 30.02.1937 and 01.13.1937 match a rule's digits, but no day is called that. */
        private PartialDate calendarDate(ColumnPlan.Column c, String iso, String cell) {
            try {
                return PartialDate.parse(iso);
            } catch (IllegalArgumentException e) {
                throw error(c, "expected a date the calendar has, found '" + cell + "' (" + e.getMessage() + ")");
            }
        }

        /** A figure with its qualifier's bounds; a rule that crosses them is named at the cell, with the rule. */
        private QualifiedValue qualified(ColumnPlan.Column c, BigDecimal value, QualifierRule q) {
            try {
                return QualifiedValue.of(value, q);
            } catch (IllegalArgumentException e) {
                throw error(c, "the qualifier rule '" + q.describe() + "' (datasets/vocab/qualifiers.csv) gives "
                        + value.toPlainString() + " bounds that cross: " + e.getMessage());
            }
        }

        private void maxDateText(String start, String end, String asPrinted) {
            camp.maxPeopleDateStart = start;
            camp.maxPeopleDateEnd = end;
            camp.maxPeopleDateAsPrinted = CellRules.trimmed(asPrinted);
        }

        private void coordinate(ColumnPlan.Column c, CellRule rule, Matcher m, String cell) {
            int i = Integer.parseInt(c.arg());
            coords[i].append(coords[i].length() == 0 ? "" : " | ").append(c.kind()).append(": ").append(cell);
            boolean latitude = c.kind().equals("latitude");
            BigDecimal first = degrees(c, m.group(1), latitude ? 90 : 180);
            if (latitude) {
                lat[i] = first;
                if (rule.action().equals("lat_lon_pair")) {
                    if (lon[i] != null || !CellRules.trimmed(values.get(c.position())).isEmpty()) {
                        throw error(c, "a \"latitude, longitude\" pair, but the longitude cell beside it is not empty");
                    }
                    lon[i] = degrees(c, m.group(2), 180);
                }
            } else {
                lon[i] = first;
                if (rule.action().equals("decimal_first")) {
                    notes[i].append("the longitude cell also holds ").append(m.group(2))
                            .append(", whose meaning the source does not state (rule ").append(rule.id()).append(")");
                }
            }
        }

        private void figure(ColumnPlan.Column c, CellRule rule, Matcher m, String raw) {
            boolean isMax = c.kind().equals("max_people");
            if (isMax && c.spilled() && camp.maxPeople != null) {
                // The named column already gives the maximum: the spilled cell is kept beside it as a note.
                camp.maxPeopleNote = CellRules.trimmed(raw);
                counts[3]--;
                counts[4]++;
                return;
            }
            if (isMax && !rule.action().equals("number")) {
                throw error(c, "expected one figure for the camp's maximum, found '" + CellRules.trimmed(raw) + "'");
            }
            QualifierRule q = rule.qualifier().isEmpty() ? null : vocabulary.qualifier(rule.qualifier());
            if (!rule.qualifier().isEmpty() && q == null) {
                throw error(c, "rule " + rule.id() + " names qualifier '" + rule.qualifier() + "', which qualifiers.csv does not list");
            }
            if (isMax) {
                camp.maxPeople = qualified(c, number(c, m.group(1)), q);
                camp.maxPeopleMeasure = rule.measure();
                camp.maxPeopleAsPrinted = CellRules.trimmed(raw);
                if (c.spilled()) {
                    camp.spilled.add("max_people ← column " + c.position());
                }
                return;
            }
            int year = Integer.parseInt(c.arg());
            String spilledFrom = c.spilled() ? c.ownerName() : "";
            if (rule.action().equals("closed")) {
                QualifierRule notGiven = vocabulary.qualifier(QualifiedValue.NOT_GIVEN);
                population.add(new CampRows.Population(camp.id, year, "prisoners", 1,
                        new QualifiedValue(null, notGiven.id(), null, null, notGiven.describe()), rule.id(),
                        raw, c.position(), c.name(), spilledFrom, line, rule.note(), false));
                return;
            }
            String[] parts = rule.action().equals("numbers") ? m.group(1).split(" - ") : new String[] {m.group(1)};
            for (int p = 0; p < parts.length; p++) {
                population.add(new CampRows.Population(camp.id, year, rule.measure(), p + 1,
                        qualified(c, number(c, parts[p]), q), rule.id(), raw, c.position(), c.name(), spilledFrom,
                        line, rule.note(), false));
            }
        }

        List<CampRows.Location> locations() {
            List<CampRows.Location> out = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                if (place[i] == null && lat[i] == null && lon[i] == null && yearMoved[i] == null) {
                    continue;
                }
                out.add(new CampRows.Location(camp.id, i, place[i] == null ? "" : place[i], lat[i], lon[i],
                        yearMoved[i], coords[i].toString(), notes[i].toString(), line));
            }
            return out;
        }

        private InputException error(ColumnPlan.Column c, String problem) {
            return new InputException(dataFile, lineOf(c), c.label(), problem);
        }

        /** The physical line a cell starts on: the record's line plus the line breaks in the cells before it. */
        private long lineOf(ColumnPlan.Column c) {
            long breaks = 0;
            for (int i = 0; i < c.position() - 1; i++) {
                breaks += values.get(i).chars().filter(ch -> ch == '\n').count();
            }
            return line + breaks;
        }

        /** A figure of the cell, refused where it is too long for any reader to hold exactly. */
        private BigDecimal number(ColumnPlan.Column c, String digits) {
            BigDecimal n;
            try {
                n = new BigDecimal(digits.replace(" ", ""));
            } catch (NumberFormatException e) {
                throw error(c, "expected a figure written with digits, found '" + digits + "'");
            }
            String tooLong = NumberLimits.problem(n, digits);
            if (tooLong != null) {
                throw error(c, tooLong);
            }
            return n;
        }

        /** A coordinate in degrees: a number, within ±{@code limit}. */
        private BigDecimal degrees(ColumnPlan.Column c, String text, int limit) {
            BigDecimal d;
            try {
                d = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw error(c, "expected a coordinate in decimal degrees, found '" + text + "'");
            }
            if (d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                throw error(c, "expected a " + c.kind() + " between -" + limit + " and " + limit + " degrees, found " + text);
            }
            return d;
        }

        /** A year of a year cell: four digits (a rule's pattern is data, and may capture more). */
        private int yearOf(ColumnPlan.Column c, String digits) {
            if (!digits.matches("\\d{4}")) {
                throw error(c, "expected a four-digit year, found '" + digits + "'");
            }
            return Integer.parseInt(digits);
        }
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

    private static String abbreviate(String s) {
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
