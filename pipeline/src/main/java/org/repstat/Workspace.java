package org.repstat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run reads and writes: the repository root and its fixed layout. Tests point it at a copy, so a corrupted
 * fixture can never touch the real published tables.
 */
public record Workspace(Path home) {

    public static final String HOME_VARIABLE = "REPSTAT_HOME";

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

    public Path datasets() {
        return home.resolve("datasets");
    }

    public Path clean() {
        return datasets().resolve("clean");
    }

    public Path raw() {
        return datasets().resolve("raw");
    }

    public Path reports() {
        return home.resolve("reports");
    }

    public Path notebooks() {
        return home.resolve("notebooks-export");
    }

    /** Scratch space for rejects, synthetic data and benchmarks: never published. */
    public Path work() {
        return home.resolve("target/repstat");
    }
}
