package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.Workspace;
import org.repstat.cleaning.CuratedTables;
import org.repstat.cleaning.GulagJob;
import org.repstat.cleaning.PublishedCatalogue;
import org.repstat.cleaning.Publisher;
import org.repstat.importing.CuratedData;
import org.repstat.importing.Importer;
import org.repstat.importing.RowAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat import}: read and validate every raw file, then publish the clean tables. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read and validate datasets/raw/ and publish the clean tables in datasets/clean/.")
public class ImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        Workspace ws = options.workspace();
        Progress progress = new Progress(System.err, 3);
        CuratedData data = importAndPublish(ws, progress);
        printAccounts(data);
        return ExitCodes.OK;
    }

    static CuratedData importAndPublish(Workspace ws, Progress progress) {
        CuratedData data = progress.step("import datasets/raw", () -> new Importer(ws.datasets()).importAll());
        GulagJob.Result gulag = progress.step("import Gulag camps file", () -> GulagJob.run(ws));
        System.out.println("gulag camps cells: " + gulag.data().account().summary().replace(ws.home() + "/", ""));
        progress.step("publish clean tables", () -> {
            Publisher publisher = new Publisher(ws.clean());
            java.util.List<org.repstat.published.PublishedTable> tables = new java.util.ArrayList<>(CuratedTables.tables(data));
            tables.addAll(gulag.tables());
            java.util.List<RowAccount> accounts = new java.util.ArrayList<>(data.accounts());
            accounts.add(gulag.account());
            tables.add(org.repstat.cleaning.ImportTables.rowAccounts(accounts, ws.raw()));
            publisher.publish(tables);
            publisher.publishDataPackage(PublishedCatalogue.allSpecs());
            org.repstat.cleaning.Codebook.write(ws.datasets(), PublishedCatalogue.allSpecs());
        });
        return data;
    }

    static void printAccounts(CuratedData data) {
        System.out.printf("imported %d observations, %d events, %d sources%n",
                data.observations().size(), data.events().size(), data.sources().size());
        for (RowAccount a : data.accounts()) {
            System.out.printf("  %-45s %s in %d = out %d + rejected %d%s%n", a.job(), a.unit(), a.in(), a.out(),
                    a.rejected(), a.balances() ? "" : "  (DOES NOT BALANCE)");
        }
    }
}
