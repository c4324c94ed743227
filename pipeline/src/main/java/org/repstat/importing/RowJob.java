package org.repstat.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * One import job over the rows of a raw file: every row is parsed or its located problem recorded, and the job's
 * account (rows in = out + rejected) is added, the same way for every kind of row.
 */
final class RowJob {

    private RowJob() {
    }

    static <T> List<T> run(String job, Path file, List<String> header, Function<RawRow, T> parse,
                           InputProblems problems, List<RowAccount> accounts) {
        RawTable table = RawTable.read(file, header).requireRows();
        List<T> out = new ArrayList<>();
        for (RawRow row : table.rows()) {
            problems.attempt(() -> out.add(parse.apply(row)));
        }
        accounts.add(new RowAccount(job, file.toString(), "rows", table.rows().size(), out.size(),
                table.rows().size() - out.size()));
        return out;
    }
}
