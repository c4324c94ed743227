package org.repstat.pipeline;

import java.util.List;
import org.repstat.checking.runner.CheckRunner;
import org.repstat.importing.CuratedData;
import org.repstat.importing.RowAccount;
import org.repstat.importing.SourceKind;

/**
 * What a command tells its user when it is done: what the import read and how each job balanced, and the check
 * results. A stage that an incremental run skips did not compute these, so the last run's, kept with the state of
 * the stage that computed them (and valid exactly as long as that stage is up to date), stand in for them.
 */
public record RunSummary(Import importing, CheckRunner.Report checks) {

    /**
     * The import's account: counts of the curated rows and every job's rows in = out + rejected.
     *
     * @param imported one line per third-party file: its own account of what it read
     */
    public record Import(List<String> imported, int observations, int events, int sources, List<RowAccount> accounts) {

        static Import of(CuratedData data) {
            return new Import(data.imported().stream().map(Import::line).toList(), data.observations().size(),
                    data.events().size(), data.sources().size(), data.accounts());
        }

        private static String line(SourceKind.Imported i) {
            return i.sourceId() + ": " + i.summary().replaceAll("^\\S*/datasets/raw/", "datasets/raw/");
        }

        public boolean balances() {
            return accounts.stream().allMatch(RowAccount::balances);
        }
    }
}
