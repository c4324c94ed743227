package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.repstat.pipeline.PipelineRun;
import org.repstat.pipeline.RunContext;
import org.repstat.querying.Dossier;
import org.repstat.querying.DossierText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code repstat show ID}: one thing of the published tables with everything that stands behind it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show one observation, event, source, check or camp with everything that stands behind it.",
                "For an observation: its value, qualifier and bounds with the rule that made them, its source with citation label and "
                        + "address, locator and quote, the checks that concern it and their outcomes, the disagreements it is part of, "
                        + "the answer tables and figures that use it. Reads datasets/clean/ only.",
                "Examples:",
                "  repstat show whitewood-2015:mass-ops-executed",
                "  repstat show lewin-2005-appendix-fb2",
                "  repstat show convictions-rows-sum",
                "  repstat show camp:1"},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, "2:no such id (ids that contain it are named), or bad input", ExitCodes.INTERNAL_LINE})
public class ShowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "ID", description = "An observation, event, source or check id, or a camp number; KIND:ID (camp:1, source:whitewood-2015) says which.")
    String id;

    @Option(names = "--json", description = "Print the dossier as one JSON object (the same content).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RunContext ctx = new PipelineRun(options.workspace()).context();
        ObjectNode dossier;
        try {
            dossier = new Dossier(ctx.reader(), ctx.topics()).of(id);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (json) {
            SummaryOptions.print(dossier);
        } else {
            System.out.print(DossierText.render(dossier));
        }
        return ExitCodes.OK;
    }
}
