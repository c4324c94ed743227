package org.repstat.checking.rules;

import java.util.List;
import org.repstat.checking.CheckDefinition;
import org.repstat.checking.CheckResult;
import org.repstat.checking.KindSpec;

/** A kind of check: reads the published data a definition selects and says what it found, row by row. */
public interface Rule {
    List<CheckResult> apply(CheckDefinition definition, CheckRun run);

    /** What a catalogue row of this kind may say (tables its selectors read, params it takes): checked at load time. */
    KindSpec spec();
}
