package org.repstat.cleaning;

import org.repstat.published.Field;
import org.repstat.published.TableSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.repstat.io.AtomicFiles;

/**
 * Writes {@code datasets/README.md}, the codebook a journalist reads: hand-written sections from
 * {@code datasets/codebook/} (intro first, the others by name) and, generated from the same {@link TableSpec}s as
 * the CSVs, every table's row meaning, columns, keys and allowed values, so the codebook cannot drift from the data.
 */
public final class Codebook {

    private Codebook() {
    }

    public static String render(Path codebookDir, List<TableSpec> specs) {
        StringBuilder md = new StringBuilder();
        md.append(read(codebookDir.resolve("intro.md")).strip()).append("\n\n## The tables\n\n");
        md.append("All files are UTF-8 CSV with a header row, `\\n` line ends, and quotes only where a field needs them. ")
                .append("`datapackage.json` describes the same tables as a Frictionless Data Package.\n\n");
        for (TableSpec spec : specs) {
            md.append("### `").append(spec.path()).append("` — ").append(spec.title()).append("\n\n");
            md.append("One row is ").append(spec.rowIs()).append(".\n\n");
            md.append("| column | type | required | meaning |\n|---|---|---|---|\n");
            for (Field f : spec.fields()) {
                String meaning = f.description().replace("|", "\\|");
                if (!f.allowed().isEmpty()) {
                    meaning += " Allowed: " + String.join(", ", f.allowed().stream().map(v -> "`" + v + "`").toList()) + ".";
                }
                md.append("| `").append(f.name()).append("` | ").append(f.type()).append(" | ")
                        .append(f.required() ? "yes" : "").append(" | ").append(meaning).append(" |\n");
            }
            md.append("\nKey: ").append(String.join(", ", spec.primaryKey().stream().map(k -> "`" + k + "`").toList()));
            if (!spec.foreignKeys().isEmpty()) {
                md.append(". References: ").append(String.join("; ", spec.foreignKeys().stream()
                        .map(fk -> "`" + fk.field() + "` → `" + fk.resource() + "." + fk.referencedField() + "`").toList()));
            }
            md.append(".\n\n");
        }
        if (!Files.isDirectory(codebookDir)) {
            throw new org.repstat.io.InputException(codebookDir, 0, null, "expected the folder of the codebook's hand-written parts, found nothing");
        }
        try (Stream<Path> files = Files.list(codebookDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("intro.md"))
                    .sorted().toList()) {
                md.append(read(p).strip()).append("\n\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md.toString().strip() + "\n";
    }

    public static void write(Path datasetsDir, List<TableSpec> specs) {
        write(datasetsDir.resolve("codebook"), datasetsDir.resolve("README.md"), specs);
    }

    /** Renders from the hand-written parts in {@code codebookDir} into {@code target} (a publish's staged copy). */
    public static void write(Path codebookDir, Path target, List<TableSpec> specs) {
        AtomicFiles.write(target, render(codebookDir, specs));
    }

    /** A hand-written part: missing, unreadable or not UTF-8, it is the curator's input problem, located. */
    private static String read(Path p) {
        return org.repstat.io.TextLines.utf8(p, org.repstat.io.InputFiles.read(p)).text();
    }
}
