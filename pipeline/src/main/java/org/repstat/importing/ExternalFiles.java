package org.repstat.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.repstat.io.InputException;
import org.repstat.io.InputFiles;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;

/**
 * Third-party files that are read where they were published and never copied into the repository, because their
 * licence does not let us (Memorial's lists: "data - unknown, possibly CC-BY"; records whose terms are not stated).
 * The manifest names a small file inside {@code datasets/raw/<source-id>/}, {@value #LIST}, which lists each file
 * by its path in the <em>sources folder</em> with its encoding, size and SHA-256: the published counts are of
 * exactly those bytes, and any other bytes are refused.
 * <p>
 * The sources folder is {@code ../shared/sources/} beside the repository (where CI and the analysts keep them), or
 * the folder named by the system property {@value #ROOT_PROPERTY} or the environment variable {@value #ROOT_VARIABLE}.
 * A path in the list must stay inside that folder (no {@code ..}, no absolute path, no symbolic link out of it), so
 * that a list can never read, or reveal, a file from elsewhere on the machine.
 */
public final class ExternalFiles {

    public static final String LIST = "files.csv";
    public static final List<String> HEADER = List.of("path", "encoding", "bytes", "sha256");
    public static final String ROOT_PROPERTY = "repstat.sources";
    public static final String ROOT_VARIABLE = "REPSTAT_SOURCES";
    /** Where the sources are kept by default, relative to the repository: beside it, as the README says. */
    public static final String DEFAULT_ROOT = "../shared/sources";

    /** One listed file: where it is, how to decode it, and the bytes it must be. */
    public record File(String path, Path location, String encoding, long bytes, String sha256, RawRow row) {
    }

    /** A list read: its own file and SHA-256 (which pins every file it lists), the folder and the files. */
    public record Listing(Path list, String listSha256, Path root, List<File> files) {
    }

    private ExternalFiles() {
    }

    /** The sources folder for the repository at {@code home}. */
    public static Path root(Path home) {
        String set = System.getProperty(ROOT_PROPERTY);
        if (set == null || set.isBlank()) {
            set = System.getenv(ROOT_VARIABLE);
        }
        Path root = set == null || set.isBlank() ? home.resolve(DEFAULT_ROOT) : Path.of(set);
        return root.toAbsolutePath().normalize();
    }

    /**
     * Reads {@code list} and finds every file it names under the sources folder. Every file that is not there is
     * one located problem; the message says why the file is not in the repository and where to get it.
     */
    public static Listing read(Path list, Path home, String sourceId) {
        byte[] listBytes = InputFiles.read(list);
        Path root = root(home);
        List<File> files = new ArrayList<>();
        InputProblems problems = new InputProblems();
        List<RawRow> rows = RawTable.read(list, HEADER).requireRows().rows();
        int missing = 0;
        java.util.Map<String, Long> seen = new java.util.HashMap<>();
        for (RawRow row : rows) {
            String written = row.required("path");
            Long first = seen.putIfAbsent(written, row.line());
            if (first != null) {
                throw row.error("path", "'" + written + "' is listed twice (first at line " + first + "): its records would be counted twice");
            }
            Path rel;
            try {
                rel = Path.of(written);
            } catch (InvalidPathException e) {
                throw row.error("path", "expected a path inside the sources folder, found '" + written + "': " + e.getReason());
            }
            if (rel.isAbsolute() || !rel.normalize().equals(rel) || rel.startsWith("..") || written.contains("\\")) {
                throw row.error("path", "expected a path relative to the sources folder, without '..', found '" + written + "'");
            }
            String sha = row.required("sha256");
            if (!sha.matches("[0-9a-f]{64}")) {
                throw row.error("sha256", "expected 64 lower-case hexadecimal digits, found '" + sha + "'");
            }
            long bytes;
            try {
                bytes = Long.parseLong(row.required("bytes"));
            } catch (NumberFormatException e) {
                throw row.error("bytes", "expected the file's size in bytes, found '" + row.text("bytes") + "'");
            }
            Path location = root.resolve(rel);
            if (!Files.isRegularFile(location)) {
                missing++;
                if (missing <= 3) {
                    problems.add(absent(row, location, sourceId, list));
                }
            } else {
                inside(row, location, root);
            }
            files.add(new File(written, location, row.required("encoding"), bytes, sha, row));
        }
        if (missing > 3) {
            problems.add(new InputException(list, 0, null, (missing - 3) + " more of its " + rows.size()
                    + " files are missing from " + root));
        }
        problems.throwIfAny();
        return new Listing(list, sha256(listBytes), root, List.copyOf(files));
    }

    private static InputException absent(RawRow row, Path location, String sourceId, Path list) {
        return row.error("path", "expected " + sourceId + "'s file at " + location + " (the sources folder "
                + DEFAULT_ROOT + " beside the repository, or $" + ROOT_VARIABLE + "), found nothing. The file is read where "
                + "it was published and never copied into the repository (its licence does not let us): get it byte for "
                + "byte as " + list.getParent().resolve("SOURCE.md") + " says, or point " + ROOT_VARIABLE
                + " at the folder that holds it");
    }

    /** A listed file reached through a symbolic link must still be inside the sources folder. */
    private static void inside(RawRow row, Path location, Path root) {
        try {
            Path real = location.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw row.error("path", "expected a file inside the sources folder " + root + ", found a symbolic link to " + real);
            }
        } catch (IOException e) {
            throw row.error("path", "cannot resolve " + location + ": " + e.getMessage());
        }
    }

    /**
     * The file's bytes, or the problem that they are not the listed ones (null when they are): its size and SHA-256
     * must be those of the list.
     */
    public static InputException mismatch(File f, byte[] bytes) {
        String actual = sha256(bytes);
        if (actual.equals(f.sha256()) && bytes.length == f.bytes()) {
            return null;
        }
        return new InputException(f.location(), 0, null, bytes.length + " bytes with SHA-256 " + actual + ", expected "
                + f.bytes() + " bytes with SHA-256 " + f.sha256() + " (" + f.row().file().getFileName() + " line "
                + f.row().line() + "): not the published file, byte for byte; nothing is counted from a copy that differs");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
