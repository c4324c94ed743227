package org.repstat.importing;

import java.util.List;
import java.util.stream.Collectors;
import org.repstat.io.InputException;

/** An import that found bad input; it carries every located problem it found. */
public class ImportFailedException extends RuntimeException {

    private final List<InputException> problems;

    public ImportFailedException(List<InputException> problems) {
        super(problems.size() + " input problem(s):\n" + problems.stream().map(Throwable::getMessage)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<InputException> problems() {
        return problems;
    }
}
