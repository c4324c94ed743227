package org.repstat.io;

import java.nio.file.Path;

/**
 * Bad input, located: which file, line and column, what was expected and what was found. The CLI turns it into
 * exit code 2 and leaves every published file as it was.
 */
public class InputException extends RuntimeException {

    private final Path file;
    private final long line;
    private final String column;

    public InputException(Path file, long line, String column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    private static String format(Path file, long line, String column, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(':').append(line);
        }
        if (column != null) {
            s.append(": column ").append(column);
        }
        return s.append(": ").append(problem).toString();
    }
}
