package org.repstat.cleaning;

import org.repstat.published.PublishedTable;
import java.nio.file.Path;
import java.util.List;
import org.repstat.Workspace;
import org.repstat.importing.RowAccount;
import org.repstat.importing.gulag.CampData;
import org.repstat.importing.gulag.GulagCampImport;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * The Gulag camps job of {@code repstat import}: import the camps file, build its tables, and account for its
 * cells. It publishes nothing itself, so the caller writes these tables together with all the others, after
 * every input has been read without error.
 */
public final class GulagJob {

    /** What the job hands to the publisher, and the accounting it prints. */
    public record Result(CampData data, List<PublishedTable> tables, RowAccount account) {
    }

    private GulagJob() {
    }

    public static Result run(Workspace ws) {
        CampData data = GulagCampImport.run(ws);
        Path vocab = ws.datasets().resolve("vocab");
        List<PublishedTable> tables = GulagTables.tables(data, terms(vocab.resolve("camp_types.csv")),
                terms(vocab.resolve("work_branches.csv")));
        var a = data.account();
        RowAccount account = new RowAccount("gulag-camps", ws.raw().resolve(GulagCampImport.DIR)
                .resolve(GulagCampImport.DATA_FILE).toString(), "cells", a.nonEmpty(), a.parsed() + a.text(), a.rejected());
        return new Result(data, tables, account);
    }

    private static List<List<String>> terms(Path file) {
        return RawTable.read(file, List.of("id", "label", "definition")).rows().stream()
                .map(RawRow::values).sorted(java.util.Comparator.comparing(r -> r.get(0))).toList();
    }
}
