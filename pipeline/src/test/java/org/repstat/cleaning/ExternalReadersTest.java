package org.repstat.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.repstat.ExternalProcess;
import org.repstat.TestWorkspace;
import org.repstat.Workspace;
import org.repstat.io.RawTable;

/**
 * The published files as other tools read them: the Frictionless reference implementation (npm "datapackage")
 * casts every row against its schema and checks keys; pandas loads every CSV unchanged.
 */
@Tag("slow")
class ExternalReadersTest {

    final Workspace ws = TestWorkspace.repository();

    @Test
    void frictionlessReadsAndCastsEveryRowWithKeysChecked() {
        ExternalProcess.Result r = ExternalProcess.run(ws.home(), 300,
                List.of("node", "tools/frictionless/validate.js", "datasets/clean/datapackage.json"));
        assertEquals(0, r.exitCode(), r.output());
        int observations = RawTable.read(ws.clean().resolve("observations.csv")).rows().size();
        assertTrue(r.output().contains("ok observations: " + observations + " rows"), r.output());
        assertTrue(r.output().contains("ok sources: "), r.output());
        assertTrue(!r.output().contains("FAILED"), r.output());
    }

    @Test
    void pandasLoadsEveryCleanCsvUnchanged() {
        // "Unchanged": pandas sees exactly the cells that Python's own csv module (RFC 4180) reads, header and
        // every value, including cells kept verbatim with their spaces (a camp's "47 400 ").
        String script = String.join("\n",
                "import csv, glob, sys, pandas as pd",
                "for path in sorted(glob.glob('datasets/clean/*.csv')):",
                "    with open(path, encoding='utf-8', newline='') as f:",
                "        rows = list(csv.reader(f))",
                "    frame = pd.read_csv(path, dtype=str, keep_default_na=False)",
                "    if [list(frame.columns)] + frame.values.tolist() != rows:",
                "        sys.exit(path + ' reads differently in pandas')",
                "    print(path, len(frame))",
                "obs = pd.read_csv('datasets/clean/observations.csv')",
                "row = obs[obs.observation_id == 'lewin-2005-appendix-fb2:1937-total-sentenced'].iloc[0]",
                "print('typed', row.value, obs.value.dtype)");
        ExternalProcess.Result r = ExternalProcess.run(ws.home(), 120, List.of("/usr/bin/python3", "-c", script));
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("typed 790665.0 float64"), r.output());
        assertTrue(r.output().contains("datasets/clean/observations.csv " + RawTable.read(ws.clean().resolve("observations.csv")).rows().size()), r.output());
    }

}
