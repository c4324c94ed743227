package org.repstat.importing.memorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.repstat.importing.ExternalFiles;
import org.repstat.importing.SourceKind;
import org.repstat.io.InputFiles;

/**
 * The counts of a list, kept for the life of the JVM, keyed by every input they depend on: the list's files.csv
 * (which pins the bytes of every file counted), every rules file of {@code datasets/records/}, and the kind's own
 * files beside files.csv. Reading a list takes seconds; a JVM that imports the same inputs again (the test suite, a
 * long-lived process) gets the same tables without reading them again — but only after every listed file has been
 * found and hashed again, so that a file changed on disk is never counted from memory.
 */
final class ListCache {

    private static final Map<String, SourceKind.Imported> CACHE = new ConcurrentHashMap<>();

    private ListCache() {
    }

    static SourceKind.Imported get(Path list, Path datasets, String sourceId, Supplier<SourceKind.Imported> read) {
        String key = key(list, datasets, sourceId);
        SourceKind.Imported known = CACHE.get(key);
        if (known != null && unchanged(list, datasets, sourceId)) {
            var a = known.account(); // the same counts, accounted to this workspace's files.csv
            return new SourceKind.Imported(known.sourceId(), known.tables(),
                    new org.repstat.importing.RowAccount(a.job(), list.toString(), a.unit(), a.in(), a.out(), a.rejected()), known.summary());
        }
        SourceKind.Imported fresh = read.get();
        CACHE.put(key, fresh);
        return fresh;
    }

    /** Every listed file is there and is the listed bytes (else the list is read again, which says where it differs). */
    private static boolean unchanged(Path list, Path datasets, String sourceId) {
        for (ExternalFiles.File f : ExternalFiles.read(list, datasets.getParent(), sourceId).files()) {
            if (ExternalFiles.mismatch(f, InputFiles.read(f.location())) != null) {
                return false;
            }
        }
        return true;
    }

    private static String key(Path list, Path datasets, String sourceId) {
        List<Path> inputs = new ArrayList<>();
        inputs.addAll(files(list.getParent()));
        inputs.addAll(files(datasets.resolve("records")));
        inputs.addAll(files(datasets.resolve("records/memorial")));
        inputs.add(datasets.resolve("vocab/scopes.csv"));
        StringBuilder key = new StringBuilder(sourceId);
        for (Path p : inputs) {
            key.append('\n').append(p.getFileName()).append(' ').append(ExternalFiles.sha256(InputFiles.read(p)));
        }
        return ExternalFiles.sha256(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
