package org.repstat.io;

import java.nio.file.Path;

/**
 * Bad input, located: which file, line and column (or byte offset, where a file has no lines to speak of), what was
 * expected and what was found. The CLI turns it into exit code 2 and leaves every published file as it was.
 * <p>
 * The file is kept as text as well as a {@link Path}: a Spark task that finds bad input throws this exception on an
 * executor, and Spark can only hand a serializable exception back to the driver (a {@code UnixPath} is not one).
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String fileName;
    private final long line;
    private final String column;
    private final long byteOffset;

    public InputException(Path file, long line, String column, String problem) {
        this(file, line, column, -1, problem);
    }

    private InputException(Path file, long line, String column, long byteOffset, String problem) {
        super(format(file, line, column, byteOffset, problem));
        this.file = file;
        this.fileName = file == null ? null : file.toString();
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
    }

    /** A problem at a byte of a file, with its line and column where they are known ({@code line} 0: unknown). */
    public static InputException atByte(Path file, long byteOffset, long line, String column, String problem) {
        return new InputException(file, line, column, byteOffset, problem);
    }

    public Path file() {
        return file != null ? file : fileName == null ? null : Path.of(fileName);
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    /** The byte offset (0-based) of the problem in the file, or -1 when the line and column say it all. */
    public long byteOffset() {
        return byteOffset;
    }

    private static String format(Path file, long line, String column, long byteOffset, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(':').append(line);
        }
        if (column != null) {
            s.append(": column ").append(column);
        }
        if (byteOffset >= 0) {
            s.append(line > 0 || column != null ? " (byte offset " + byteOffset + ")" : ": byte offset " + byteOffset);
        }
        return s.append(": ").append(problem).toString();
    }
}
