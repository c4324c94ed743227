package org.repstat.cleaning;

import org.repstat.published.CoreTables;
import org.repstat.published.PublishedTable;
import java.util.List;
import org.repstat.importing.RowAccount;

/** The import stage's own account of its rows, published so that "in = out + rejected" can be checked by anyone. */
public final class ImportTables {

    private ImportTables() {
    }

    public static PublishedTable rowAccounts(List<RowAccount> accounts, java.nio.file.Path rawDir) {
        return new PublishedTable(CoreTables.ROW_ACCOUNTS, accounts.stream().sorted(java.util.Comparator.comparing(RowAccount::job))
                .map(a -> List.of(a.job(), rawDir.toAbsolutePath().relativize(java.nio.file.Path.of(a.file()).toAbsolutePath()).toString(),
                        a.unit(), String.valueOf(a.in()), String.valueOf(a.out()), String.valueOf(a.rejected()))).toList());
    }
}
