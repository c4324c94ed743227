package org.repstat.validating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repstat.ExternalProcess;
import org.repstat.TestWorkspace;

/**
 * {@code repstat validate} and the npm reference implementation (tools/frictionless/validate.js, as
 * ExternalReadersTest runs it) give the same verdict: both pass the real package, and both refuse each corrupted
 * copy, naming the same resource.
 */
@Tag("slow")
class ValidatorsAgreeTest {

    @TempDir
    Path tmp;

    static ExternalProcess.Result reference(Path descriptor) {
        return ExternalProcess.run(TestWorkspace.repository().home(), 300,
                List.of("node", "tools/frictionless/validate.js", descriptor.toString()));
    }

    @Test
    void bothPassTheRealPackage() {
        Path real = TestWorkspace.repository().clean().resolve("datapackage.json");
        ExternalProcess.Result node = reference(real);
        assertEquals(0, node.exitCode(), node.output());
        assertTrue(PackageValidator.validate(real, false).valid());
    }

    @Test
    void bothRefuseEachCorruptedCopy() throws Exception {
        int i = 0;
        for (Corruptions.Corruption c : Corruptions.ALL) {
            Path copy = Corruptions.copy(tmp.resolve("copy-" + i++));
            c.apply(copy);
            PackageValidator.Report java = PackageValidator.validate(copy.resolve("datapackage.json"), false);
            assertTrue(!java.valid() && java.problems().get(0).toString().startsWith(c.expected()), c.name() + ": " + java.problems());
            ExternalProcess.Result node = reference(copy.resolve("datapackage.json"));
            String resource = c.expected().substring(1, c.expected().indexOf(']'));
            assertEquals(1, node.exitCode(), c.name() + ": " + node.output());
            assertTrue(node.output().contains("FAILED " + resource + ":"), c.name() + ": " + node.output());
        }
    }
}
