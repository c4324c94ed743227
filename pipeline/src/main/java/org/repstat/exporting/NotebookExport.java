package org.repstat.exporting;

import static org.repstat.exporting.NotebookText.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.repstat.Workspace;
import org.repstat.io.AtomicFiles;
import org.repstat.io.RawRow;

/**
 * The notebook export stage: one Jupyter notebook per report topic plus an index, written to notebooks-export/
 * from datasets/clean. Notebooks load the published CSVs by a relative path, so the folder works in a clone of
 * the repository; the stored outputs let the notebooks read on GitHub without running.
 */
public final class NotebookExport {

    /** What an export wrote: file names (sorted) and where. */
    public record Result(Path directory, List<String> files) {
    }

    private NotebookExport() {
    }

    /** Renders every notebook first, then writes each file atomically and removes notebooks no longer produced. */
    public static Result export(Workspace ws) {
        Map<String, String> files = render(ws);
        Path dir = ws.notebooks();
        try {
            Files.createDirectories(dir);
            files.forEach((name, text) -> AtomicFiles.write(dir.resolve(name), text));
            try (var existing = Files.list(dir)) {
                for (Path p : existing.filter(p -> p.toString().endsWith(".ipynb")).toList()) {
                    if (!files.containsKey(p.getFileName().toString())) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(dir, List.copyOf(files.keySet()));
    }

    /** File name → notebook text, without writing anything. */
    public static Map<String, String> render(Workspace ws) {
        CleanData data = new CleanData(ws.clean());
        List<Notebook> topics = new TopicNotebooks(data).all();
        Map<String, String> out = new TreeMap<>();
        for (Notebook nb : topics) {
            out.put(nb.name() + ".ipynb", nb.render());
        }
        out.put("index.ipynb", index(data, topics).render());
        return out;
    }

    static Notebook index(CleanData data, List<Notebook> topics) {
        List<List<String>> fileRows = new ArrayList<>();
        for (Path p : data.csvFiles()) {
            fileRows.add(List.of(p.getFileName().toString(), Integer.toString(data.table(p.getFileName().toString()).rows().size())));
        }
        Frame files = new Frame(List.of("file", "rows"), Set.of("rows"), fileRows);

        java.util.Comparator<List<String>> byKeys = (a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0));
        Map<List<String>, Set<String>> sources = new TreeMap<>(byKeys);
        Map<List<String>, Integer> counts = new TreeMap<>(byKeys);
        for (String table : List.of("observations", "events")) {
            for (RawRow r : data.table(table + ".csv").rows()) {
                List<String> key = List.of(r.text("dataset"), table);
                counts.merge(key, 1, Integer::sum);
                sources.computeIfAbsent(key, k -> new TreeSet<>()).add(r.text("source_id"));
            }
        }
        List<List<String>> datasetRows = new ArrayList<>();
        counts.forEach((key, n) -> datasetRows.add(List.of(key.get(0), key.get(1), Integer.toString(n), String.join(", ", sources.get(key)))));
        Frame datasets = new Frame(List.of("dataset", "table", "rows", "sources"), Set.of("rows"), datasetRows);

        Notebook nb = new Notebook("index");
        StringBuilder intro = new StringBuilder("# repstat notebooks: the published datasets\n\n"
                + "Sourced statistics of Soviet state repression in 1937–38. Each notebook below tells one part of the story "
                + "from the published tables in `datasets/clean/` (read by a relative path, so run the notebooks from "
                + "this folder of a clone of the repository). The outputs stored in the notebooks are the pipeline's; "
                + "running a notebook recomputes every table and redraws every chart.\n\n");
        for (Notebook t : topics) {
            intro.append("- [").append(t.name()).append("](").append(t.name()).append(".ipynb)\n");
        }
        nb.markdown(intro.toString());
        nb.code(TopicNotebooks.SETUP);
        nb.markdown("## Published tables and their row counts");
        nb.code("""
                import os

                names = sorted(name for name in os.listdir(CLEAN) if name.endswith(".csv"))
                files = pd.DataFrame({"file": names, "rows": [len(read_csv(name)) for name in names]})
                files""", files);
        nb.markdown("## Datasets and the sources behind them\n\nA dataset is one transcription (usually one source); "
                + "`rows` counts its rows in `observations.csv` or `events.csv`.");
        nb.code("""
                rows = pd.concat([read_csv("observations.csv")[["dataset", "source_id"]].assign(table="observations"),
                                  read_csv("events.csv")[["dataset", "source_id"]].assign(table="events")])
                datasets = rows.groupby(["dataset", "table"]).agg(
                    rows=("source_id", "size"), sources=("source_id", lambda ids: ", ".join(sorted(set(ids))))).reset_index()
                datasets""", datasets);
        StringBuilder register = new StringBuilder("## The source register\n\nEvery source in `datasets/clean/sources.csv`, "
                + "with its reliability grade and address where it has one.\n\n");
        new TreeSet<>(data.sources().keySet()).forEach(id -> register.append("- ").append(NotebookText.describe(id, data)).append('\n'));
        nb.markdown(register.toString());
        nb.markdown("## Caveats\n\n- Row counts are of published rows; rows a source gives without a usable figure are "
                + "accounted in " + code("row_accounts.csv") + ".");
        return nb;
    }
}
