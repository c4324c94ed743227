package org.repstat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.repstat.published.CoreTables;
import org.repstat.validating.PackageValidator;
import org.repstat.validating.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code repstat validate}: the published package held to its own datapackage.json. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate datasets/clean/ against its own datapackage.json: types, constraints, primary and foreign keys.",
                "Each resource's header against its schema's fields, every cell against its field's type (integer, number, boolean, "
                        + "string) and constraints, primary keys unique, foreign keys resolved; problems as [table] row N, field F: what "
                        + "(the header is row 1, as in Frictionless reports). The npm reference validator (tools/frictionless/) checks "
                        + "the same package in the slow test tier."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the package is valid", "1:the package is invalid: its problems are printed",
                "2:no descriptor to hold it to (datapackage.json missing or not JSON: file, line, column named), or bad usage",
                ExitCodes.INTERNAL_LINE})
public class ValidateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--package", paramLabel = "FILE", description = "The descriptor to validate (default: datasets/clean/datapackage.json).")
    Path descriptor;

    @Option(names = "--max-problems", defaultValue = "20", paramLabel = "N",
            description = "Problems printed per resource (all are counted; default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--strict", description = "Also refuse empty primary-key cells, as the Table Schema specification reads a primary key "
            + "(the npm reference validator allows them).")
    boolean strict;

    @Option(names = "--json", description = "Print the outcome as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        org.repstat.Workspace ws = options.workspace();
        Path file = descriptor != null ? descriptor : ws.clean().resolve(CoreTables.DATA_PACKAGE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new org.repstat.io.InputException(file, 0, null, "expected a data package descriptor, found no file");
        }
        PackageValidator.Report report = PackageValidator.validate(file, strict);
        long rows = report.resources().stream().mapToLong(PackageValidator.ResourceResult::rows).sum();
        if (json) {
            ObjectNode out = SummaryOptions.object();
            out.put("package", file.toString());
            out.put("valid", report.valid());
            out.put("resources", report.resources().size());
            out.put("rows", rows);
            out.put("problems", report.problemCount());
            ArrayNode list = out.putArray("problem_list");
            for (Problem p : report.problems()) {
                ObjectNode n = list.addObject();
                n.put("resource", p.resource());
                n.put("row", p.row());
                n.put("field", p.field());
                n.put("message", p.message());
            }
            SummaryOptions.print(out);
        } else {
            java.util.Map<String, Integer> shown = new java.util.HashMap<>();
            for (Problem p : report.problems()) {
                if (shown.merge(p.resource(), 1, Integer::sum) <= max) {
                    System.out.println(p);
                }
            }
            for (PackageValidator.ResourceResult r : report.resources()) {
                if (r.problems() > Math.min(max, shown.getOrDefault(r.name(), 0))) {
                    System.out.printf(Locale.ROOT, "[%s] … %d problems in all (--max-problems to see more)%n", r.name(), r.problems());
                }
            }
            Path abs = file.toAbsolutePath().normalize();
            System.out.printf(Locale.ROOT, "%s: %s (%d resources, %d rows%s)%n", abs.startsWith(ws.home()) ? ws.home().relativize(abs) : file, report.valid() ? "valid" : "INVALID",
                    report.resources().size(), rows, report.valid() ? "" : ", " + Words.count(report.problemCount(), "problem"));
        }
        return report.valid() ? ExitCodes.OK : ExitCodes.CHECK_ERRORS;
    }
}
