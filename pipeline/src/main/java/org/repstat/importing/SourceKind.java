package org.repstat.importing;

import java.nio.file.Path;
import java.util.List;
import org.repstat.provenance.Vocabulary;
import org.repstat.published.PublishedTable;
import org.repstat.published.TableSpec;

/**
 * A kind of third-party data file with a shape of its own (a camps file of 120 columns, say), named by the
 * manifest's {@code kind} column. The kind declares the tables it publishes and turns its file into them, with its
 * own accounting; shared stages (publish, check, chart, report) know it only through its published tables, so a
 * new kind needs no edit to any of them.
 */
public interface SourceKind {

    /** The manifest's word for this kind. */
    String kind();

    /** The tables this kind publishes, for datapackage.json, the codebook and the published reader. */
    List<TableSpec> tables();

    /** Reads one file of this kind (its companion files beside it) into its tables, or fails with located problems. */
    Imported read(Path file, String sourceId, Path datasets, Vocabulary vocabulary);

    /**
     * One-time work a kind can do before its file is reached, on the core beside the curated import: loading a
     * library whose start is slow (Tablesaw scans the class path when its Table class is first used). Default: none.
     */
    default void prepare() {
    }

    /** What one file of a kind gives the publish stage. */
    record Imported(String sourceId, List<PublishedTable> tables, RowAccount account, String summary) {
    }
}
