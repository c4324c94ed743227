package org.repstat.importing;

import org.repstat.published.CoreTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.repstat.io.Background;
import org.repstat.io.NumberSyntax;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Event;
import org.repstat.provenance.Observation;
import org.repstat.provenance.SecondReading;
import org.repstat.provenance.Source;
import org.repstat.provenance.Vocabulary;

/**
 * The import stage: reads the vocabulary, the source register and every raw file listed in
 * {@code datasets/raw/manifest.csv}, validates all of it, and either returns the whole curated data or fails with
 * every located problem. It writes nothing, so bad input can never reach a published file.
 */
public final class Importer {

    static final List<String> MANIFEST_HEADER = List.of("path", "kind", "dataset", "source_id", "cited_source_id",
            "cited_locator", "table_label", "number_format");

    private final Path datasets;
    private final Map<String, SourceKind> kinds = new java.util.TreeMap<>();

    /** An importer of the built-in kinds only (observations, events, wide tables). */
    public Importer(Path datasetsDir) {
        this(datasetsDir, List.of());
    }

    /** An importer that also reads the manifest entries of the given third-party kinds. */
    public Importer(Path datasetsDir, List<SourceKind> kinds) {
        this.datasets = datasetsDir;
        kinds.forEach(k -> this.kinds.put(k.kind(), k));
    }

    public CuratedData importAll() {
        // the third-party files (the camps file, Memorial's lists) are read side by side on the other cores
        ExecutorService beside = Background.pool("repstat-import-kinds", Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            kinds.values().forEach(k -> beside.submit(k::prepare));
            return importAll(beside);
        } finally {
            // shutdown, not shutdownNow: an interrupt that reaches a kind's prepare while it initialises a class
            // (Tablesaw's Table scans the class path in its static initialiser) leaves that class unusable for the
            // rest of the JVM ("Scan interrupted", then NoClassDefFoundError in every later import); the daemon
            // threads finish what they started
            beside.shutdown();
        }
    }

    private CuratedData importAll(ExecutorService beside) {
        Vocabulary vocabulary = VocabularyReader.read(datasets.resolve("vocab"));
        org.repstat.published.Release.read(datasets); // a bad release file is bad input, found before anything is published
        InputProblems problems = new InputProblems();
        Map<String, Source> sources = SourceRegisterReader.read(datasets.resolve("raw/sources.csv"), vocabulary, problems);
        problems.throwIfAny();
        checkLabelSources(vocabulary, sources);

        List<Observation> observations = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<RowAccount> accounts = new ArrayList<>();
        IdRegistry ids = new IdRegistry();
        List<SourceKind.Imported> imported = new ArrayList<>();
        // Each third-party file of its own kind (the camps file, Memorial's lists) is read on another core while this
        // thread reads the curated rows; results are taken in manifest order, so the output is the same as a serial read.
        List<Future<KindRead>> kindReads = new ArrayList<>();
        List<Integer> kindSlots = new ArrayList<>();
        for (ManifestEntry entry : readManifest(vocabulary, sources)) {
            SourceKind kind = kinds.get(entry.kind());
            if (kind != null) {
                kindSlots.add(accounts.size());
                accounts.add(null);
                kindReads.add(beside.submit(() -> KindRead.of(kind, entry, datasets, vocabulary)));
                continue;
            }
            ObservationContext ctx = new ObservationContext(entry.dataset(), vocabulary, sources, entry.numbers(), ids);
            switch (entry.kind()) {
                case "observations" -> observations.addAll(ObservationReader.read(entry.path(), ctx, problems, accounts));
                case "events" -> events.addAll(EventReader.read(entry.path(), ctx, problems, accounts));
                case "wide_table" -> observations.addAll(WideTableReader.read(entry, ctx, problems, accounts));
                default -> throw new IllegalStateException("unreachable: kind checked when the manifest was read");
            }
        }
        for (int k = 0; k < kindReads.size(); k++) {
            KindRead read = Background.await(kindReads.get(k));
            read.problems().all().forEach(problems::add);
            if (read.imported() != null) {
                imported.add(read.imported());
                accounts.set(kindSlots.get(k), read.imported().account());
            }
        }
        accounts.removeIf(java.util.Objects::isNull);
        problems.throwIfAny();

        observations.sort(Comparator.comparing(Observation::id));
        events.sort(Comparator.comparing(Event::dateStart).thenComparing(Event::id));
        Map<String, SecondReading> readings = SecondReadingReader.read(datasets.resolve("raw/second-reading.csv"),
                observations, problems);
        problems.throwIfAny();
        List<List<String>> preference = PreferenceReader.read(datasets.resolve("vocab/preference.csv"), vocabulary);
        return new CuratedData(vocabulary, sources, List.copyOf(observations), List.copyOf(events), List.copyOf(accounts),
                readings, preference, List.copyOf(imported));
    }

    /** One third-party file read beside the curated rows: what it gave, or the located problems it found. */
    private record KindRead(SourceKind.Imported imported, InputProblems problems) {

        static KindRead of(SourceKind kind, ManifestEntry entry, Path datasets, Vocabulary vocabulary) {
            InputProblems problems = new InputProblems();
            SourceKind.Imported[] out = new SourceKind.Imported[1];
            problems.attempt(() -> out[0] = kind.read(entry.path(), entry.sourceId(), datasets, vocabulary));
            return new KindRead(out[0], problems);
        }
    }

    /** A geography's English name must come from a register source or a page address: never from nowhere. */
    private void checkLabelSources(Vocabulary vocabulary, Map<String, Source> sources) {
        Path file = datasets.resolve("vocab").resolve(CoreTables.VOCABULARY_FILES.get("geography"));
        for (RawRow row : RawTable.read(file, VocabularyReader.GEOGRAPHY_HEADER).rows()) {
            String source = row.text("label_en_source");
            if (!source.isEmpty() && !sources.containsKey(source) && !source.matches("https?://\\S+")) {
                throw row.error("label_en_source", "expected a source id from datasets/raw/sources.csv or an http(s) page address, found '" + source + "'");
            }
        }
    }

    /**
     * A manifest path, resolved: it must name a regular file inside datasets/raw/, also once symbolic links are
     * followed, so that a manifest can never import (or reveal) a file from elsewhere on the machine.
     */
    private static Path inside(RawRow row, Path raw) {
        String written = row.required("path");
        Path path;
        try {
            path = raw.resolve(written).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw row.error("path", "expected a path relative to datasets/raw/, found '" + written + "': " + e.getReason());
        }
        if (Path.of(written).isAbsolute() || !path.startsWith(raw) || path.equals(raw)) {
            throw row.error("path", "expected a path inside datasets/raw/, found '" + written + "', which leads outside it");
        }
        if (!Files.isRegularFile(path)) {
            throw row.error("path", "expected a file under datasets/raw/, found " + (Files.isDirectory(path) ? "a directory" : "nothing") + " at " + path);
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(raw.toRealPath())) {
                throw row.error("path", "expected a file inside datasets/raw/, found '" + written
                        + "', a symbolic link to " + real + " outside it");
            }
        } catch (java.io.IOException e) {
            throw row.error("path", "cannot resolve '" + written + "': " + e.getMessage());
        }
        return path;
    }

    private List<ManifestEntry> readManifest(Vocabulary vocabulary, Map<String, Source> sources) {
        Path manifest = datasets.resolve("raw/manifest.csv");
        List<ManifestEntry> entries = new ArrayList<>();
        Path raw = datasets.resolve("raw").toAbsolutePath().normalize();
        Map<Path, Long> seen = new java.util.HashMap<>();
        for (RawRow row : RawTable.read(manifest, MANIFEST_HEADER).requireRows().rows()) {
            Path path = inside(row, raw);
            Long first = seen.putIfAbsent(path, row.line());
            if (first != null) {
                throw row.error("path", "duplicate path '" + row.text("path") + "' (first listed at line " + first
                        + "): a file imported twice would claim every id twice");
            }
            String kind = row.required("kind");
            List<String> known = new ArrayList<>(List.of("observations", "events", "wide_table"));
            known.addAll(kinds.keySet());
            if (!known.contains(kind)) {
                throw row.error("kind", "expected one of " + known + ", found '" + kind + "'");
            }
            if (kinds.containsKey(kind) && row.text("source_id").isEmpty()) {
                throw row.error("source_id", "a " + kind + " needs the source_id of the file it is");
            }
            for (String column : List.of("source_id", "cited_source_id")) {
                String id = row.text(column);
                if (!id.isEmpty() && !sources.containsKey(id)) {
                    throw row.error(column, "expected a source id from datasets/raw/sources.csv, found '" + id + "'");
                }
            }
            if (kind.equals("wide_table") && (row.text("source_id").isEmpty() || row.text("table_label").isEmpty())) {
                throw row.error("source_id", "a wide table needs source_id and table_label: its cells do not carry them");
            }
            NumberSyntax numbers;
            try {
                numbers = NumberSyntax.fromId(row.required("number_format"));
            } catch (IllegalArgumentException e) {
                throw row.error("number_format", e.getMessage());
            }
            entries.add(new ManifestEntry(path, kind, row.required("dataset"), row.text("source_id"),
                    row.text("cited_source_id"), row.text("cited_locator"), row.text("table_label"), numbers, row.line()));
        }
        return entries;
    }
}
