package org.repstat.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.BadInput;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;

/**
 * Every kind of input file the pipeline reads, corrupted in each way a file gets corrupted — cut short, a line
 * duplicated, two columns swapped (in the header and in a row), a byte that is not UTF-8, a number too long for
 * any reader, a date the calendar lacks, emptied, reduced to its header — generated from the real files, not
 * written by hand. Each corrupted copy must end with exit 2 (never 3), a message naming the file and the line the
 * corruption is on, no stack trace, and every published file unchanged.
 * <p>
 * One copy of the repository is corrupted and restored case by case; the camps file's SHA-256 is resealed after
 * each of its corruptions, so that what is refused is the corruption itself.
 */
@Tag("slow")
class MutationSuiteTest {

    @TempDir
    static Path dir;
    static Workspace ws;
    static final Map<String, Integer> BY_OPERATOR = new TreeMap<>();
    static final Map<String, Integer> BY_KIND = new TreeMap<>();
    static int passed;

    static final String HUGE = "99999999999999999999";

    @BeforeAll
    static void copy() {
        ws = TestWorkspace.copyOfDatasets(dir);
    }

    @AfterAll
    static void summary() {
        System.out.println("mutation suite: " + BY_KIND.values().stream().mapToInt(Integer::intValue).sum() + " cases, "
                + passed + " passed; " + BY_KIND.size() + " input kinds " + BY_KIND + "; operators " + BY_OPERATOR);
    }

    /** One input file: its kind, its path, the command that reads it, and which of its columns hold what. */
    record Input(String kind, String path, String command, Map<String, String> columns, boolean rowsOptional) {
        Input with(String key, String column) {
            Map<String, String> c = new LinkedHashMap<>(columns);
            c.put(key, column);
            return new Input(kind, path, command, c, rowsOptional);
        }
    }

    /** A corrupted file and the line its corruption is on. */
    record Mutation(byte[] bytes, long line) {
    }

    record Case(Input input, String operator, Function<String, Mutation> apply) {
        String name() {
            return input.kind() + " " + input.path() + ": " + operator;
        }
    }

    // --- the input kinds ------------------------------------------------------------------------------------------

    static Input csv(String kind, String path, String command) {
        return new Input(kind, path, command, Map.of(), false);
    }

    static List<Input> inputs() {
        List<Input> in = new ArrayList<>();
        List<String[]> manifest = rows(read("datasets/raw/manifest.csv"));
        List<String> observations = manifest.stream().filter(r -> r[1].equals("observations")).map(r -> "datasets/raw/" + r[0]).toList();
        for (int i = 0; i < observations.size(); i += 11) { // five of the 52 transcriptions, spread over the manifest
            in.add(csv("observations", observations.get(i), "import").with("swap", "value,qualifier").with("number", "value")
                    .with("date", "period_start"));
        }
        manifest.stream().filter(r -> r[1].equals("events")).forEach(r -> in.add(csv("events", "datasets/raw/" + r[0], "import")
                .with("swap", "date_start,event_type").with("date", "date_start")));
        manifest.stream().filter(r -> r[1].equals("wide_table")).forEach(r -> {
            in.add(csv("wide_table", "datasets/raw/" + r[0], "import").with("swap", "year,@1").with("number", "@1"));
            in.add(csv("wide_table_columns", Path.of("datasets/raw/" + r[0]).resolveSibling("columns.csv").toString(), "import")
                    .with("swap", "column,measure"));
        });
        in.add(csv("manifest", "datasets/raw/manifest.csv", "import").with("swap", "path,kind"));
        in.add(csv("source_register", "datasets/raw/sources.csv", "import").with("swap", "source_id,type"));
        in.add(new Input("second_reading", "datasets/raw/second-reading.csv", "import", Map.of("swap", "outcome,page_copy",
                "date", "read_on"), true));
        for (String v : List.of("camp_types", "event_types", "geographies", "measures", "reliability", "scopes", "source_types",
                "units", "work_branches")) {
            in.add(csv("vocabulary", "datasets/vocab/" + v + ".csv", "import").with("swap", "id,definition"));
        }
        in.add(csv("qualifier_rules", "datasets/vocab/qualifiers.csv", "import").with("swap", "lower_factor,explicit")
                .with("number", "lower_factor"));
        in.add(csv("preference_rule", "datasets/vocab/preference.csv", "import").with("swap", "rank,criterion"));
        String camps = "datasets/raw/urbica-gulag-admin-2017/";
        in.add(csv("camps_file", camps + "data.csv", "import").with("swap", "id,name").with("number", "people_1938")
                .with("date", "date_if_max_people"));
        in.add(csv("camps_column_plan", camps + "columns.csv", "import").with("swap", "column,role"));
        in.add(csv("camps_cell_rules", camps + "cell-rules.csv", "import").with("swap", "kinds,action"));
        in.add(csv("camps_type_map", camps + "type-map.csv", "import").with("swap", "as_printed,type"));
        in.add(csv("place_countries", camps + "place-countries.csv", "check").with("swap", "pattern,country"));
        for (String list : List.of("memorial-moscow-executions-nextgis", "memorial-lists-sample-memoru")) {
            in.add(csv("external_files", "datasets/raw/" + list + "/files.csv", "import").with("swap", "path,sha256").with("number", "bytes"));
        }
        in.add(csv("list_nationalities", "datasets/raw/memorial-moscow-executions-nextgis/nationalities.csv", "import")
                .with("swap", "nationality,targeted_by"));
        in.add(csv("map_outline", "datasets/raw/natural-earth-world-atlas/outline.csv", "check").with("swap", "country_name,lon")
                .with("number", "lat"));
        in.add(csv("check_catalogue", "datasets/checks/catalogue.csv", "check").with("swap", "kind,severity"));
        in.add(new Input("disagreements_register", "datasets/checks/disagreements.csv", "check",
                Map.of("swap", "reason,status", "number", "difference"), true));
        in.add(new Input("stage_plan", "pipeline/stages.yaml", "import", Map.of("yaml", ""), false));
        try (Stream<Path> topics = Files.list(dir.resolve("datasets/topics"))) {
            topics.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p ->
                    in.add(new Input("topic_spec", dir.relativize(p).toString(), "import", Map.of("yaml", ""), false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return in;
    }

    // --- the corruptions ------------------------------------------------------------------------------------------

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Input in : inputs()) {
            if (in.columns().containsKey("yaml")) {
                out.add(new Case(in, "bad byte", MutationSuiteTest::badByteYaml));
                out.add(new Case(in, "control character", MutationSuiteTest::controlCharYaml));
                out.add(new Case(in, "empty file", t -> new Mutation(new byte[0], 1)));
                continue;
            }
            out.add(new Case(in, "truncated", MutationSuiteTest::truncate));
            out.add(new Case(in, "line duplicated", MutationSuiteTest::duplicate));
            out.add(new Case(in, "header columns swapped", MutationSuiteTest::swapHeader));
            out.add(new Case(in, "bad byte", MutationSuiteTest::badByte));
            out.add(new Case(in, "empty file", t -> new Mutation(new byte[0], 1)));
            if (in.columns().containsKey("swap")) {
                String[] pair = in.columns().get("swap").split(",");
                out.add(new Case(in, "cells swapped (" + pair[0] + " ↔ " + pair[1] + ")", t -> swapCells(t, pair[0], pair[1])));
            }
            if (in.columns().containsKey("number")) {
                String column = in.columns().get("number");
                out.add(new Case(in, "huge number (" + column + ")", t -> replace(t, column, HUGE, "\\d[\\d ,.]*")));
            }
            if (in.columns().containsKey("date")) {
                String column = in.columns().get("date");
                boolean camps = in.kind().equals("camps_file");
                out.add(new Case(in, "impossible date (" + column + ")", t -> replace(t, column, camps ? "30.02.1938" : "1937-02-30",
                        camps ? "\\d\\d\\.\\d\\d\\.\\d{4}|\\d{4}" : "\\d{4}(-\\d\\d){0,2}")));
            }
            if (!in.rowsOptional()) {
                out.add(new Case(in, "header only", t -> new Mutation((t.substring(0, t.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8), 2)));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyInputKindCorruptedEveryWay() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 150, "at least 150 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private static void run(Case c) throws IOException {
        BY_KIND.merge(c.input().kind(), 1, Integer::sum);
        BY_OPERATOR.merge(c.operator().replaceAll(" \\(.*", ""), 1, Integer::sum);
        Path file = dir.resolve(c.input().path());
        byte[] original = Files.readAllBytes(file);
        boolean camps = c.input().kind().equals("camps_file");
        Path seal = file.resolveSibling("data.csv.sha256");
        byte[] sealed = camps ? Files.readAllBytes(seal) : null;
        try {
            Mutation m = c.apply().apply(new String(original, StandardCharsets.UTF_8));
            Files.write(file, m.bytes());
            if (camps) {
                BadInput.resealCampsFile(ws);
            }
            String err;
            try {
                err = BadInput.refused(ws, c.input().command());
            } catch (AssertionError e) {
                throw new AssertionError(c.name() + ": " + e.getMessage(), e);
            }
            Pattern place = Pattern.compile(Pattern.quote("/" + c.input().path() + ":" + m.line()) + "[: ]");
            assertTrue(place.matcher(err).find(), c.name() + ": expected the place " + c.input().path() + ":" + m.line() + " in:\n" + err);
            passed++;
        } finally {
            Files.write(file, original);
            if (camps) {
                Files.write(seal, sealed);
            }
        }
    }

    // --- records of a CSV text, with the character span of each field ----------------------------------------------

    /** One record: the line it starts and ends on, and each field's [start, end) in the text (quotes included). */
    record Rec(long line, long lastLine, List<int[]> fields) {
        boolean single() {
            return line == lastLine;
        }
    }

    static List<Rec> records(String text) {
        List<Rec> out = new ArrayList<>();
        long line = 1;
        int i = 0;
        while (i < text.length()) {
            long start = line;
            List<int[]> fields = new ArrayList<>();
            int fieldStart = i;
            boolean quoted = false;
            boolean atStart = true;
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else if (ch == '\n') {
                        line++;
                    }
                } else if (ch == '"' && atStart) {
                    quoted = true;
                } else if (ch == ',') {
                    fields.add(new int[] {fieldStart, i});
                    fieldStart = i + 1;
                    atStart = true;
                    i++;
                    continue;
                } else if (ch == '\n' || ch == '\r') {
                    break;
                }
                atStart = false;
                i++;
            }
            fields.add(new int[] {fieldStart, i});
            out.add(new Rec(start, line, fields));
            if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
            line++;
        }
        return out;
    }

    static List<String[]> rows(String text) {
        List<Rec> recs = records(text);
        List<String[]> out = new ArrayList<>();
        for (Rec r : recs.subList(1, recs.size())) {
            out.add(r.fields().stream().map(f -> unquote(text.substring(f[0], f[1]))).toArray(String[]::new));
        }
        return out;
    }

    static String unquote(String raw) {
        return raw.startsWith("\"") && raw.endsWith("\"") && raw.length() >= 2 ? raw.substring(1, raw.length() - 1).replace("\"\"", "\"") : raw;
    }

    static List<String> header(String text) {
        Rec h = records(text).get(0);
        return h.fields().stream().map(f -> unquote(text.substring(f[0], f[1]))).toList();
    }

    /** The middle one-line data record (so that a line holds exactly one record), or the first that fits. */
    static Rec target(String text, java.util.function.Predicate<Rec> fits) {
        List<Rec> single = records(text).stream().skip(1).filter(Rec::single).filter(r -> r.fields().size() > 1).filter(fits).toList();
        if (single.isEmpty()) {
            throw new IllegalStateException("no one-line record fits");
        }
        return single.get(single.size() / 2);
    }

    static Rec target(String text) {
        return target(text, r -> true);
    }

    static int lineStart(String text, long line) {
        int at = 0;
        for (long l = 1; l < line; l++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    static Mutation text(String t, long line) {
        return new Mutation(t.getBytes(StandardCharsets.UTF_8), line);
    }

    // --- the operators ---------------------------------------------------------------------------------------------

    /** Cut short after the first field of a record: the line keeps two of its fields, the file ends there. */
    static Mutation truncate(String t) {
        Rec r = target(t);
        return text(t.substring(0, r.fields().get(1)[0]), r.line());
    }

    static Mutation duplicate(String t) {
        Rec r = target(t);
        int start = lineStart(t, r.line());
        int end = t.indexOf('\n', start) + 1;
        return text(t.substring(0, end) + t.substring(start, end) + t.substring(end), r.line() + 1);
    }

    static Mutation swapHeader(String t) {
        Rec h = records(t).get(0);
        return text(swap(t, h, 0, 1), 1);
    }

    static Mutation swapCells(String t, String a, String b) {
        List<String> header = header(t);
        int ia = column(header, a);
        int ib = column(header, b);
        Rec r = target(t, rec -> !field(t, rec, ia).equals(field(t, rec, ib)) && !field(t, rec, ia).isEmpty() && !field(t, rec, ib).isEmpty());
        return text(swap(t, r, ia, ib), r.line());
    }

    static Mutation replace(String t, String columnName, String value, String wherePattern) {
        List<String> header = header(t);
        int c = column(header, columnName);
        Pattern where = Pattern.compile(wherePattern);
        Rec r = target(t, rec -> where.matcher(field(t, rec, c)).matches());
        int[] f = r.fields().get(c);
        return text(t.substring(0, f[0]) + value + t.substring(f[1]), r.line());
    }

    /** 0xFF (never in UTF-8) inside the first field of a record. */
    static Mutation badByte(String t) {
        Rec r = target(t);
        return insertByte(t, r.fields().get(0)[0] + 1, r.line());
    }

    static Mutation badByteYaml(String t) {
        long lines = t.chars().filter(ch -> ch == '\n').count();
        long line = Math.max(2, lines / 2);
        return insertByte(t, lineStart(t, line) + 1, line);
    }

    /** A BEL character (valid UTF-8, but no character YAML allows) in the middle of a spec. */
    static Mutation controlCharYaml(String t) {
        long lines = t.chars().filter(ch -> ch == '\n').count();
        long line = Math.max(2, lines / 2);
        int at = lineStart(t, line) + 1;
        return text(t.substring(0, at) + "\u0007" + t.substring(at), line);
    }

    static Mutation insertByte(String t, int charAt, long line) {
        byte[] before = t.substring(0, charAt).getBytes(StandardCharsets.UTF_8);
        byte[] after = t.substring(charAt).getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(before, before.length + 1 + after.length);
        out[before.length] = (byte) 0xFF;
        System.arraycopy(after, 0, out, before.length + 1, after.length);
        return new Mutation(out, line);
    }

    static String swap(String t, Rec r, int a, int b) {
        int[] fa = r.fields().get(Math.min(a, b));
        int[] fb = r.fields().get(Math.max(a, b));
        return t.substring(0, fa[0]) + t.substring(fb[0], fb[1]) + t.substring(fa[1], fb[0]) + t.substring(fa[0], fa[1]) + t.substring(fb[1]);
    }

    static String field(String t, Rec r, int i) {
        int[] f = r.fields().get(i);
        return unquote(t.substring(f[0], f[1])).strip();
    }

    /** A column by name, or "@n" for the n-th (0-based). */
    static int column(List<String> header, String name) {
        if (name.startsWith("@")) {
            return Integer.parseInt(name.substring(1));
        }
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " in " + header);
        }
        return i;
    }

    static String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
