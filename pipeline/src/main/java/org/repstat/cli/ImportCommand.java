package org.repstat.cli;

import java.util.concurrent.Callable;
import org.repstat.importing.RowAccount;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import org.repstat.pipeline.RunSummary;
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
        RunSummary.Import data = ctx.summary().importing();
        data.imported().forEach(System.out::println); // one line per third-party file: its own accounting
        System.out.printf(java.util.Locale.ROOT, "imported %d observations, %d events, %d sources%n",
                data.observations(), data.events(), data.sources());
        for (RowAccount a : data.accounts()) {
            System.out.printf(java.util.Locale.ROOT, "  %-45s %s in %d = out %d + rejected %d%s%n", a.job(), a.unit(), a.in(), a.out(),
                    a.rejected(), a.balances() ? "" : "  (DOES NOT BALANCE)");
        }
        return ExitCodes.OK;
    }
}
