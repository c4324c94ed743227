package org.repstat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The real repository for tests, and throw-away copies of its datasets to corrupt. */
public final class TestWorkspace {

    private TestWorkspace() {
    }

    /** The repository root: surefire sets REPSTAT_HOME; an IDE run falls back to the parent of pipeline/. */
    public static Workspace repository() {
        String env = System.getenv(Workspace.HOME_VARIABLE);
        if (env != null) {
            return new Workspace(Path.of(env));
        }
        Path here = Path.of("").toAbsolutePath();
        return new Workspace(here.getFileName().toString().equals("pipeline") ? here.getParent() : here);
    }

    /** A copy of the repository's datasets/ (raw, vocab, topics and clean) and its stage plan under {@code dir}. */
    public static Workspace copyOfDatasets(Path dir) {
        copyTree(repository().datasets(), dir.resolve("datasets"));
        try {
            Files.createDirectories(dir.resolve("pipeline"));
            Files.copy(repository().home().resolve("pipeline/stages.yaml"), dir.resolve("pipeline/stages.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Workspace(dir);
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of every file under a directory: to prove a failed run changed nothing. */
    public static Map<String, String> digests(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(hash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Replaces the first occurrence of {@code from} in a file; fails loudly if it is not there. */
    public static void replaceInFile(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain '" + from + "'");
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
