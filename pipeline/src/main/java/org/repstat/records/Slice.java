package org.repstat.records;

import java.io.Serializable;

/**
 * The part of one input file one import task reads: the whole file, or a byte range that starts where a record
 * starts. A range carries the line its first record starts on, counted by a plain scan of the bytes before it, so
 * every record keeps the line it has in the file however the file is cut. {@code end} is where the next range
 * starts (the range's last record may run past it only if the cut was wrong, which the job checks); -1 for the
 * last range, which reads to the end of the file.
 */
public record Slice(String file, int index, int count, long start, long end, long firstLine, String charset)
        implements Serializable {

    /** The whole file, read from its first byte (the header) by the format's own reader. */
    public static Slice whole(String file) {
        return new Slice(file, 0, 1, 0, -1, 1, null);
    }

    public boolean isWhole() {
        return count == 1 && start == 0 && end < 0;
    }

    public boolean isLast() {
        return index == count - 1;
    }
}
