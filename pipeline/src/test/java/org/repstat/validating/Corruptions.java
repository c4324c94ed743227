package org.repstat.validating;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.repstat.TestWorkspace;

/** Hand edits that break the published package, each with the problem the Java validator must report for it. */
final class Corruptions {

    /** One edit of one CSV, and the start of the problem it must cause. */
    record Corruption(String name, String file, String from, String to, String expected) {
        void apply(Path clean) {
            TestWorkspace.replaceInFile(clean.resolve(file), from, to);
        }
    }

    static final List<Corruption> ALL = List.of(
            new Corruption("a number typed with its grouping", "observations.csv", ",683000,round_figure,682500,683499,",
                    ",\"683,000\",round_figure,682500,683499,", "[observations] row 678, field value: expected a number, found '683,000'"),
            new Corruption("a value outside its enum", "observations.csv", "whitewood-2015:mass-ops-sentenced,whitewood-2015,value,",
                    "whitewood-2015:mass-ops-sentenced,whitewood-2015,estimate,",
                    "[observations] row 679, field role: expected one of [value, stated_total], found 'estimate'"),
            new Corruption("a foreign key that resolves to nothing", "events.csv",
                    "early 1918,Formation of the Red Army,whitewood-2015,", "early 1918,Formation of the Red Army,whitewood-2051,",
                    "[events] row 2, field source_id: expected a value of sources.source_id (foreign key), found 'whitewood-2051'"),
            new Corruption("a date that breaks its pattern", "events.csv", "whitewood-2015:military-procuracy-report-1927,whitewood-2015,report,1927,",
                    "whitewood-2015:military-procuracy-report-1927,whitewood-2015,report,1927-1,",
                    "[events] row 3, field date_start: expected a value matching"),
            new Corruption("a repeated primary key", "preference.csv", "\n2,precision,", "\n1,precision,",
                    "[preference] row 3, field rank: primary key [1] repeats row 2"));

    private Corruptions() {
    }

    /** A copy of the real datasets/clean/ to corrupt. */
    static Path copy(Path dir) throws Exception {
        Path clean = Files.createDirectories(dir.resolve("clean"));
        TestWorkspace.copyTree(TestWorkspace.repository().clean(), clean);
        return clean;
    }
}
