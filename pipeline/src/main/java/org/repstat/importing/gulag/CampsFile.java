package org.repstat.importing.gulag;

import java.nio.file.Path;
import java.util.List;
import org.repstat.importing.RowAccount;
import org.repstat.importing.SourceKind;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Vocabulary;
import org.repstat.published.PublishedTable;
import org.repstat.published.TableSpec;

/**
 * The manifest kind {@code camps_file}: Urbica's Gulag camps file, with its column plan, cell rules and type map
 * beside it. Imported once per run; from then on every stage reads its published tables, never the file.
 */
public final class CampsFile implements SourceKind {

    public static final String KIND = "camps_file";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<TableSpec> tables() {
        return CampTables.specs();
    }

    /** Tablesaw's Table class scans the whole class path once, when first used: start that beside the other reads. */
    @Override
    public void prepare() {
        CampTables.prepare();
    }

    @Override
    public Imported read(Path file, String sourceId, Path datasets, Vocabulary vocabulary) {
        CampData data = GulagCampImport.run(file, datasets, vocabulary);
        Path vocab = datasets.resolve("vocab");
        List<PublishedTable> tables = CampTables.tables(data, terms(vocab.resolve("camp_types.csv")),
                terms(vocab.resolve("work_branches.csv")));
        var a = data.account();
        RowAccount account = new RowAccount("gulag-camps", file.toString(), "cells", a.nonEmpty(), a.parsed() + a.text(),
                a.rejected());
        return new Imported(sourceId, tables, account, a.summary());
    }

    private static List<List<String>> terms(Path file) {
        org.repstat.importing.VocabularyReader.readTerms(file, file.getFileName().toString()); // validated as every vocabulary
        return RawTable.read(file, List.of("id", "label", "definition")).rows().stream()
                .map(RawRow::values).sorted(java.util.Comparator.comparing(r -> r.get(0))).toList();
    }
}
