package org.repstat.exporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.repstat.charting.Figure;
import org.repstat.io.AtomicFiles;
import org.repstat.published.PublishedReader;
import org.repstat.published.TableSpec;
import org.repstat.topics.TopicSpec;

/**
 * The export stage: one Jupyter notebook per topic, built from the same topic specs, answer tables and figures as the
 * report, and an index of the published tables. Files are rendered first, then written; notebooks no longer produced
 * are removed.
 */
public final class NotebookExport {

    /** The code cell every notebook starts with: settings, the reader and the chart helpers. */
    static final String SETUP = resource("setup.py");

    private NotebookExport() {
    }

    /** File name → notebook text. {@code pngs}: the pipeline's chart files by name (the pre-filled figures). */
    public static Map<String, String> render(List<TopicSpec> topics, PublishedReader reader, List<Figure> figures,
                                             Map<String, byte[]> pngs) {
        Map<String, String> out = new TreeMap<>();
        List<TopicSpec> shown = new ArrayList<>();
        for (TopicSpec t : topics) {
            if (t.isIndex() || t.isMethod()) {
                continue;
            }
            shown.add(t);
            out.put(t.notebook(), new TopicNotebook(t, reader, figures, pngs).build(SETUP).render());
        }
        out.put("index.ipynb", index(shown, reader).render());
        return out;
    }

    /** Writes the notebooks and removes those the run no longer produces. */
    public static void write(Path dir, Map<String, String> files) {
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
    }

    static Notebook index(List<TopicSpec> topics, PublishedReader reader) {
        Notebook nb = new Notebook("index");
        StringBuilder intro = new StringBuilder("# repstat notebooks: the published datasets\n\n"
                + "Sourced statistics of Soviet state repression in 1937–38. Each notebook below answers one question from "
                + "the published tables in `datasets/clean/` (read by a relative path, so run the notebooks from this folder "
                + "of a clone of the repository). The outputs stored in the notebooks are the pipeline's; running a notebook "
                + "recomputes every table and redraws every chart.\n\n");
        for (TopicSpec t : topics) {
            intro.append("- [").append(NotebookText.md(t.heading())).append("](").append(t.notebook()).append("): ")
                    .append(NotebookText.md(t.question())).append('\n');
        }
        nb.markdown(intro.toString());
        nb.code(SETUP);
        nb.markdown("## Published tables and their row counts");
        List<List<String>> rows = new ArrayList<>();
        for (TableSpec s : reader.specs().stream().sorted(java.util.Comparator.comparing(TableSpec::path)).toList()) {
            if (reader.exists(s.name())) {
                rows.add(List.of(s.path(), Integer.toString(reader.read(s.name()).size())));
            }
        }
        nb.code("""
                import os

                names = sorted(name for name in os.listdir(CLEAN) if name.endswith(".csv"))
                pd.DataFrame({"file": names, "rows": [len(read_csv(name)) for name in names]})""",
                new Frame(List.of("file", "rows"), Set.of("rows"), rows));
        return nb;
    }

    static String resource(String name) {
        try (InputStream in = NotebookExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
