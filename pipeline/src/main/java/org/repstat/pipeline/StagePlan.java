package org.repstat.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repstat.io.Yaml;

/**
 * The declared pipeline, {@code pipeline/stages.yaml}: the stages in the order they run, what each does, which
 * stages it needs first, and the files and tables it reads and writes. The CLI only chooses which stages to run; an
 * incremental run keys on these declarations, so they must be honest (a test holds them to the code).
 */
public record StagePlan(Path file, List<Stage> stages) {

    /** One declared stage. {@code command} is the CLI command that runs it (with the other stages of that command). */
    public record Stage(String id, String does, List<String> after, List<String> reads, List<String> writes,
                        String command, Yaml.Node node) {
    }

    static final Set<String> KEYS = Set.of("id", "does", "after", "reads", "writes", "command");
    public static final String FILE = "pipeline/stages.yaml";

    public static StagePlan read(Path home, Set<String> implemented) {
        Path file = home.resolve(FILE);
        Yaml.Node root = Yaml.read(file);
        Map<String, Yaml.Node> top = root.fields(Set.of("stages"));
        List<Stage> stages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Yaml.Node n : Yaml.required(root, top, "stages").list()) {
            Map<String, Yaml.Node> f = n.fields(KEYS);
            Yaml.Node idNode = Yaml.required(n, f, "id");
            String id = idNode.text();
            if (!implemented.contains(id)) {
                throw idNode.error("expected a stage the pipeline implements, one of " + new java.util.TreeSet<>(implemented) + ", found '" + id + "'");
            }
            if (!seen.add(id)) {
                throw idNode.error("duplicate stage '" + id + "'");
            }
            List<String> after = f.containsKey("after") ? f.get("after").texts() : List.of();
            for (String a : after) {
                if (!seen.contains(a) || a.equals(id)) {
                    throw f.get("after").error("expected stages declared above this one, found '" + a + "'");
                }
            }
            stages.add(new Stage(id, Yaml.required(n, f, "does").text(), after,
                    f.containsKey("reads") ? f.get("reads").texts() : List.of(),
                    f.containsKey("writes") ? f.get("writes").texts() : List.of(),
                    Yaml.required(n, f, "command").text(), n));
        }
        if (!seen.equals(implemented)) {
            Set<String> missing = new java.util.TreeSet<>(implemented);
            missing.removeAll(seen);
            throw root.error("expected every stage the pipeline implements to be declared; missing " + missing);
        }
        return new StagePlan(file, List.copyOf(stages));
    }

    /** The declared stage {@code id}. */
    public Stage stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + id));
    }

    /** The stages a CLI command runs, in declared order. */
    public List<Stage> forCommand(String command) {
        return stages.stream().filter(s -> s.command().equals(command)).toList();
    }

    public List<String> commands() {
        return stages.stream().map(Stage::command).distinct().toList();
    }
}
