package org.repstat.validating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.CliRun;
import org.repstat.TestWorkspace;
import org.repstat.cli.ExitCodes;

/** The Java validator on the real package and on copies corrupted in the ways a hand edit corrupts a table. */
class PackageValidatorTest {

    static final Path REAL = TestWorkspace.repository().clean().resolve("datapackage.json");

    @TempDir
    Path tmp;

    @Test
    void theRealPackageIsValid() {
        PackageValidator.Report r = PackageValidator.validate(REAL, false);
        assertEquals(List.of(), r.problems());
        assertTrue(r.resources().stream().anyMatch(x -> x.name().equals("observations") && x.rows() > 700), r.resources().toString());
        CliRun.Result cli = CliRun.run("validate");
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().matches("datasets/clean/datapackage.json: valid \\(\\d+ resources, \\d+ rows\\)\n"), cli.out());
    }

    @Test
    void strictlyAPrimaryKeyHasNoEmptyCellAndOneAnswerTableHasThem() {
        // a finding about the published package: red_army_purge_by_year's key (period_start, period_end) is empty where
        // a source gives no start; the specification reads primary-key fields as required, the npm reference does not
        PackageValidator.Report r = PackageValidator.validate(REAL, true);
        assertTrue(r.problems().stream().allMatch(p -> p.resource().equals("red-army-purge-by-year")), r.problems().toString());
        assertTrue(r.problems().get(0).toString().matches("\\[red-army-purge-by-year] row \\d+, field period_start: expected a value "
                + "\\(the field is part of the primary key\\), found an empty cell"), r.problems().toString());
    }

    /** A copy of the published tables with the corruptions of {@link Corruptions#ALL}. */
    @Test
    void aCorruptedCopyIsInvalidWithEachProblemLocated() throws Exception {
        Path copy = Corruptions.copy(tmp);
        Corruptions.ALL.forEach(c -> c.apply(copy));
        PackageValidator.Report r = PackageValidator.validate(copy.resolve("datapackage.json"), false);
        List<String> problems = r.problems().stream().map(Problem::toString).toList();
        for (Corruptions.Corruption c : Corruptions.ALL) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(c.expected())), c.expected() + " in " + problems);
        }
        assertEquals(Corruptions.ALL.size(), problems.size(), problems.toString());
        CliRun.Result cli = CliRun.run("validate", "--package", copy.resolve("datapackage.json").toString());
        assertEquals(ExitCodes.CHECK_ERRORS, cli.exitCode());
        assertTrue(cli.out().contains("INVALID (") && cli.out().contains(Corruptions.ALL.size() + " problems)"), cli.out());
    }

    @Test
    void aDescriptorThatIsNotJsonIsBadInputWithItsPlace() throws Exception {
        Path copy = Corruptions.copy(tmp);
        Files.writeString(copy.resolve("datapackage.json"), "{\n  \"resources\": [,]\n}\n");
        CliRun.Result cli = CliRun.run("validate", "--package", copy.resolve("datapackage.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode());
        assertTrue(cli.err().contains("datapackage.json:2: column 17: expected a JSON data package descriptor"), cli.err());
    }
}
