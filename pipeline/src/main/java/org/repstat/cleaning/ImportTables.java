package org.repstat.cleaning;

import java.util.List;
import org.repstat.importing.RowAccount;

/** The import stage's own account of its rows, published so that "in = out + rejected" can be checked by anyone. */
public final class ImportTables {

    public static final TableSpec ROW_ACCOUNTS = new TableSpec("row_accounts", "row_accounts.csv", "Row accounting",
            "one import job: how many rows (or cells) it read, published and rejected",
            List.of(Field.required("job", "The import job."),
                    Field.required("file", "The raw file, relative to datasets/raw/."),
                    Field.required("unit", "What was counted: rows, or cells for a wide table.").oneOf(List.of("rows", "cells")),
                    Field.integer("rows_in", "Read.", true),
                    Field.integer("rows_out", "Published.", true),
                    Field.integer("rows_rejected", "Rejected, each with its reason.", true)),
            List.of("job"), List.of());

    private ImportTables() {
    }

    public static PublishedTable rowAccounts(List<RowAccount> accounts, java.nio.file.Path rawDir) {
        return new PublishedTable(ROW_ACCOUNTS, accounts.stream().sorted(java.util.Comparator.comparing(RowAccount::job))
                .map(a -> List.of(a.job(), rawDir.toAbsolutePath().relativize(java.nio.file.Path.of(a.file()).toAbsolutePath()).toString(),
                        a.unit(), String.valueOf(a.in()), String.valueOf(a.out()), String.valueOf(a.rejected()))).toList());
    }
}
