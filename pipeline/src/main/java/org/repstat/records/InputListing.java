package org.repstat.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.repstat.io.InputException;

/**
 * The files a records import reads, as every format finds them: each directory's files whose name the format takes,
 * sorted, and files named directly. A path that is not there, a directory that cannot be listed and an input with no
 * file of the format are input errors that name the path.
 */
public final class InputListing {

    private InputListing() {
    }

    /**
     * @param takes which file names (the last part of the path, as on disk) the format reads
     * @param none  what to say when no input holds such a file
     */
    public static List<String> files(List<Path> inputs, Predicate<String> takes, String none) {
        List<String> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(p -> takes.test(p.getFileName().toString())).sorted()
                            .forEach(p -> files.add(p.toAbsolutePath().normalize().toString()));
                } catch (IOException e) {
                    throw new InputException(input, 0, null, "expected a directory this user may list, found one that cannot be listed: "
                            + e.getMessage());
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input.toAbsolutePath().normalize().toString());
            } else {
                throw new InputException(input, 0, null, "no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new InputException(inputs.get(0), 0, null, none);
        }
        return files;
    }
}
