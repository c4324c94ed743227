package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.importing.CuratedData;
import org.repstat.importing.RowAccount;
import org.repstat.importing.SourceKind;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code repstat import}: read and validate every raw file, then publish the clean tables. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        name = "import", mixinStandardHelpOptions = true,
        description = {"Read and validate datasets/raw/ and the topic specs; publish datasets/clean/ and the codebook.",
                "Writes the clean tables, datasets/clean/datapackage.json and the codebook datasets/README.md; prints what each "
                        + "import job read, published and rejected."})
public class ImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).command("import", System.err);
        printImported(ctx.curated());
        printAccounts(ctx.curated());
        return ExitCodes.OK;
    }

    /** One line per third-party file: its own accounting of what it read. */
    static void printImported(CuratedData data) {
        for (SourceKind.Imported i : data.imported()) {
            System.out.println(i.sourceId() + ": " + i.summary().replaceAll("^\\S*/datasets/raw/", "datasets/raw/"));
        }
    }

    static void printAccounts(CuratedData data) {
        System.out.printf(java.util.Locale.ROOT, "imported %d observations, %d events, %d sources%n",
                data.observations().size(), data.events().size(), data.sources().size());
        for (RowAccount a : data.accounts()) {
            System.out.printf(java.util.Locale.ROOT, "  %-45s %s in %d = out %d + rejected %d%s%n", a.job(), a.unit(), a.in(), a.out(),
                    a.rejected(), a.balances() ? "" : "  (DOES NOT BALANCE)");
        }
    }
}
