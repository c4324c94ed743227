package org.repstat.records;

import java.nio.file.Path;

/**
 * Where the record jobs write, inside one run directory under {@code Workspace.work()/records/}. Anything derived
 * from SYNTHETIC input says so in its file name as well as in its rows, so a synthetic figure cannot pass for a
 * real one when a file is copied out of context.
 */
public record RecordOutputs(Path dir, boolean synthetic) {

    public Path parquet() {
        return dir.resolve("records.parquet");
    }

    public Path rejects() {
        return file("rejects");
    }

    public Path accounts() {
        return file("row-accounts");
    }

    public Path fieldAccounts() {
        return file("field-accounts");
    }

    public Path unrecognised() {
        return file("unrecognised-values");
    }

    public Path aggregates() {
        return file("aggregates");
    }

    public Path coverage() {
        return file("coverage");
    }

    public Path checks() {
        return file("checks-records");
    }

    private Path file(String base) {
        return dir.resolve(base + (synthetic ? "-" + RecordSchema.SYNTHETIC : "") + ".csv");
    }
}
