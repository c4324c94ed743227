package org.repstat.importing;

import java.util.ArrayList;
import java.util.List;
import org.repstat.io.InputException;

/**
 * Collects every located problem of an import before failing, so that one run shows the curator all the cells to
 * fix instead of one per run. Nothing is published while any problem stands.
 */
public final class InputProblems {

    private final List<InputException> problems = new ArrayList<>();

    /** Runs one row's parsing; a located problem is recorded and the import goes on to the next row. */
    public void attempt(Runnable rowParsing) {
        try {
            rowParsing.run();
        } catch (InputException e) {
            problems.add(e);
        } catch (ImportFailedException e) {
            problems.addAll(e.problems());
        }
    }

    public void add(InputException e) {
        problems.add(e);
    }

    public List<InputException> all() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
    }
}
