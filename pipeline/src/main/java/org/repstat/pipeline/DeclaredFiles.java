package org.repstat.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.repstat.Workspace;
import org.repstat.importing.ExternalFiles;

/**
 * The files a stage declares it reads or writes, found on disk and hashed. A declared path is a glob relative to the
 * repository ({@code datasets/raw/**}), a table group ({@code tables:curated}) or lists of external files
 * ({@code external:datasets/raw/*}{@code /files.csv}); a published path is looked for
 * where the run writes (a transaction's staging copy), every other one in the repository. Hashes are of content
 * only, never of timestamps, and each file is hashed once per instance.
 */
final class DeclaredFiles {

    /** Lists of files read where they were published, outside the repository: {@code external:<glob of the lists>}. */
    static final String EXTERNAL = "external:";

    private final Workspace ws;
    private final Catalog catalog;
    private final Map<Path, String> hashes = new HashMap<>();

    DeclaredFiles(Workspace ws, Catalog catalog) {
        this.ws = ws;
        this.catalog = catalog;
    }

    /** The files that match the declarations now: repository-relative path → SHA-256 of the content. */
    SortedMap<String, String> hashed(List<String> declared) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String d : declared) {
            for (String pattern : patterns(d)) {
                expand(pattern).forEach((rel, file) -> out.put(rel, hash(file)));
            }
        }
        return out;
    }

    /** True when {@code file} (absolute) is one of the declared files; how a stage's reads are held to its plan. */
    boolean declares(List<String> declared, Path file) {
        String rel = relative(file);
        if (rel == null) {
            return readsExternal(declared, file);
        }
        Path p = Path.of(rel);
        for (String d : declared) {
            for (String pattern : patterns(d)) {
                if (FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A file outside the repository is declared when the stage declares lists of external files and it lies in the
     * sources folder those lists point into; the lists (hashed as the stage's inputs) pin each such file's bytes,
     * and the importer refuses any file that is not the listed bytes.
     */
    private boolean readsExternal(List<String> declared, Path file) {
        boolean external = declared.stream().anyMatch(d -> d.startsWith(EXTERNAL));
        return external && file.toAbsolutePath().normalize().startsWith(ExternalFiles.root(ws.home()));
    }

    /** Forgets the hashes of files a stage may just have written. */
    void forget() {
        hashes.clear();
    }

    private List<String> patterns(String declared) {
        if (declared.startsWith(EXTERNAL)) {
            return List.of(declared.substring(EXTERNAL.length()));
        }
        if (declared.startsWith("tables:")) {
            return catalog.group(declared.substring("tables:".length())).stream().map(t -> "datasets/clean/" + t.path()).toList();
        }
        return List.of(declared);
    }

    private String relative(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path out = ws.output().toAbsolutePath().normalize();
        Path home = ws.home().toAbsolutePath().normalize();
        if (!out.equals(home) && f.startsWith(out)) {
            return out.relativize(f).toString().replace('\\', '/');
        }
        return f.startsWith(home) ? home.relativize(f).toString().replace('\\', '/') : null;
    }

    /** The files a glob matches, found under the folder before its first wildcard. */
    private SortedMap<String, Path> expand(String pattern) {
        SortedMap<String, Path> out = new TreeMap<>();
        int wild = indexOfWildcard(pattern);
        String base = wild < 0 ? pattern : pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', wild)));
        Path root = ws.resolve(pattern).startsWith(ws.output()) ? ws.output() : ws.home();
        Path start = root.resolve(base);
        if (wild < 0) {
            if (Files.isRegularFile(start)) {
                out.put(pattern, start);
            }
            return out;
        }
        if (!Files.isDirectory(start)) {
            return out;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> files = Files.walk(start)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (m.matches(Path.of(rel))) {
                    out.put(rel, f);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start, e);
        }
        return out;
    }

    private static int indexOfWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private String hash(Path file) {
        return hashes.computeIfAbsent(file, f -> {
            try {
                return sha256(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot hash " + f, e);
            }
        });
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
