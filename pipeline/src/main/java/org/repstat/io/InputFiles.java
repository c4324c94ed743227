package org.repstat.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the bytes of an input file, turning every way a file can be missing or unreadable into an
 * {@link InputException} that names it: a missing vocabulary is the user's input problem, not a bug.
 */
public final class InputFiles {

    private static volatile java.util.function.Consumer<Path> observer;

    private InputFiles() {
    }

    /**
     * Has {@code o} see every file read from now on (null: none). The pipeline holds each stage to the reads it
     * declares this way; an observer that throws stops the read.
     */
    public static void observe(java.util.function.Consumer<Path> o) {
        observer = o;
    }

    public static byte[] read(Path file) {
        java.util.function.Consumer<Path> o = observer;
        if (o != null) {
            o.accept(file);
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file, 0, null, "expected a file, found a directory");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, null, "expected a file, found nothing at this path");
        } catch (AccessDeniedException e) {
            throw new InputException(file, 0, null, "expected a readable file, found one this user may not read");
        } catch (FileSystemException e) {
            throw new InputException(file, 0, null, "cannot read the file: " + (e.getReason() == null ? e.getMessage() : e.getReason()));
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read the file: " + e.getMessage());
        }
    }
}
