package org.repstat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run reads and writes: the repository root and its fixed layout. Tests point it at a copy, so a corrupted
 * fixture can never touch the real published tables.
 * <p>
 * Inputs are always read from {@code home}. Published outputs ({@link #clean}, {@link #codebook}, {@link #reports},
 * {@link #notebooks}) are under {@code output}: the home itself, or, while a command publishes, the staging copy of
 * a {@link org.repstat.io.PublishTransaction}, so that stages write (and later stages read) a whole new set that
 * is switched in at once, never file by file.
 */
public record Workspace(Path home, Path output) {

    public static final String HOME_VARIABLE = "REPSTAT_HOME";

    public Workspace(Path home) {
        this(home, home);
    }

    /** The same inputs, with every published output under {@code stagingRoot} (laid out as the home is). */
    public Workspace writingTo(Path stagingRoot) {
        return new Workspace(home, stagingRoot);
    }

    /** This workspace as the published files are seen once a transaction is over. */
    public Workspace published() {
        return new Workspace(home);
    }

    /** The explicit home, else $REPSTAT_HOME, else the nearest directory upwards that holds {@code datasets/raw}. */
    public static Workspace locate(Path explicit) {
        if (explicit != null) {
            return new Workspace(explicit.toAbsolutePath().normalize());
        }
        String env = System.getenv(HOME_VARIABLE);
        if (env != null && !env.isBlank()) {
            return new Workspace(Path.of(env).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("datasets/raw"))) {
                return new Workspace(d);
            }
        }
        return new Workspace(dir);
    }

    /** The repository-relative places of the published outputs: these resolve against {@link #output}, the rest against the home. */
    public static final java.util.List<String> OUTPUTS = java.util.List.of("datasets/clean/", "datasets/README.md", "reports/", "notebooks-export/");

    /** A repository-relative path, where this workspace reads or writes it. */
    public Path resolve(String relative) {
        boolean out = OUTPUTS.stream().anyMatch(o -> o.endsWith("/") ? relative.startsWith(o) : relative.equals(o));
        return (out ? output : home).resolve(relative);
    }

    public Path datasets() {
        return home.resolve("datasets");
    }

    public Path clean() {
        return output.resolve("datasets/clean");
    }

    /** The generated codebook, {@code datasets/README.md}. */
    public Path codebook() {
        return output.resolve("datasets/README.md");
    }

    public Path raw() {
        return datasets().resolve("raw");
    }

    public Path reports() {
        return output.resolve("reports");
    }

    public Path notebooks() {
        return output.resolve("notebooks-export");
    }

    /** Scratch space for rejects, synthetic data and benchmarks: never published. */
    public Path work() {
        return home.resolve("target/repstat");
    }
}
