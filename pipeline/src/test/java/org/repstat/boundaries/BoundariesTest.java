package org.repstat.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repstat.TestWorkspace;
import org.repstat.pipeline.PipelineRun;
import org.repstat.published.TableSpec;

/**
 * The shape of the code, held by tests: no package cycles, no class grown past ~300 lines, no test helper named
 * like a main class, and no published file named outside the one reader of the published tables.
 */
class BoundariesTest {

    static final Path MAIN = TestWorkspace.repository().home().resolve("pipeline/src/main/java");
    static final Path TEST = TestWorkspace.repository().home().resolve("pipeline/src/test/java");
    /** A class may grow a little past 300 lines; one past this bound has two jobs. */
    static final int MAX_LINES = 330;

    @Test
    void noPackageCycles() {
        PackageGraph g = PackageGraph.of(MAIN);
        assertTrue(g.uses.size() > 10, "packages found: " + g.uses.keySet());
        assertEquals(List.of(), g.cycles(), "package cycles");
    }

    @Test
    void anInjectedCycleIsFound() {
        PackageGraph g = PackageGraph.of(MAIN);
        assertEquals(List.of(), g.cycles());
        // published is the core every stage reads through; if it used the report, the two would form a cycle
        g.uses.get("org.repstat.published").add("org.repstat.reporting");
        List<List<String>> cycles = g.cycles();
        assertFalse(cycles.isEmpty());
        assertTrue(cycles.stream().anyMatch(c -> c.contains("org.repstat.published") && c.contains("org.repstat.reporting")), cycles.toString());
    }

    @Test
    void noMainClassOverAboutThreeHundredLines() throws IOException {
        List<String> big = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines > MAX_LINES) {
                    big.add(MAIN.relativize(f) + " (" + lines + " lines)");
                }
            }
        }
        assertEquals(List.of(), big);
    }

    @Test
    void noTestHelperSharesItsNameWithAMainClass() throws IOException {
        Set<String> main = names(MAIN);
        Set<String> clash = new TreeSet<>(names(TEST));
        clash.retainAll(main);
        assertEquals(Set.of(), clash);
    }

    @Test
    void noPublishedFileIsNamedOutsideThePublishedReader() throws IOException {
        Set<String> files = new TreeSet<>();
        for (TableSpec s : new PipelineRun(TestWorkspace.repository()).context().catalog().all()) {
            files.add(s.path());
        }
        files.add("datapackage.json");
        List<String> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(MAIN)) {
            for (Path f : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.startsWith(MAIN.resolve("org/repstat/published"))) {
                    continue;
                }
                String text = Files.readString(f);
                for (String name : files) {
                    if (text.contains("\"" + name + "\"")) {
                        found.add(MAIN.relativize(f) + ": \"" + name + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static Set<String> names(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> out.add(p.getFileName().toString().replace(".java", "")));
        }
        out.remove("package-info");
        return out;
    }
}
