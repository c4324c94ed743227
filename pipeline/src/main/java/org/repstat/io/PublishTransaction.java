package org.repstat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Publishes a command's whole output set at once. The published files (the clean tables, the codebook, the report,
 * its charts, the notebooks) live at fixed paths in several folders of a git checkout, so no single rename can swap
 * them; instead a command works like a database transaction:
 * <ol>
 *   <li>{@link #begin}: under a lock, copy the currently published set into a staging folder,
 *       {@code target/repstat/publish/stage/}, laid out as the repository is. Stages write there, and later stages
 *       read there: a failed or killed command never touched a published file.</li>
 *   <li>{@link #commit}: write the new set's manifest, {@value #GENERATION} (one {@code sha256  path} line per
 *       published file, sorted: {@code sha256sum -c} checks it from the repository root), then the journal, which
 *       lists every file to add, replace or delete. Writing the journal is the commit point. Then each changed file
 *       is renamed into place (the old one first renamed into {@code backup/}), the manifest last, and the journal
 *       is deleted.</li>
 *   <li>{@link #recover}, which every command runs first: a journal left by a killed command is rolled forward
 *       (every step is idempotent); if a file cannot be moved, the switch is rolled back from {@code backup/}. A
 *       staging folder without a journal is an abandoned command's and is deleted.</li>
 * </ol>
 * So the published set is always one generation, old or new: between commands every published file's hash is the
 * one its manifest lists. Unchanged files are not touched (their timestamps stay), and the manifest is a pure
 * function of the published bytes, so a run on an unchanged checkout leaves {@code git status} clean.
 */
public final class PublishTransaction implements AutoCloseable {

    /** The manifest of the published generation, relative to the repository root. */
    public static final String GENERATION = "datasets/clean/.generation";
    /** The transaction's working folder, relative to the repository root (under target/: never committed). */
    public static final String DIR = "target/repstat/publish";

    static final String JOURNAL = "journal";
    private static final String STAGE = "stage";
    static final String BACKUP = "backup";

    /** A test's view of each file operation of a switch, to stop it there as a crash or an I/O error would. */
    interface Step {
        void before(String operation) throws IOException;
    }

    static Step step = pause(Long.getLong("repstat.publish.stepPauseMillis", 0));

    /**
     * No pause, or one before every file operation of a switch: the slow test that kills {@code repstat run} sets
     * {@code -Drepstat.publish.stepPauseMillis} so that its kills can land inside the switch, not only around it.
     */
    private static Step pause(long millis) {
        return millis <= 0 ? op -> { } : op -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private final Path home;
    private final List<PathMatcher> owned;
    private final List<String> patterns;
    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committing;
    private boolean done;

    private PublishTransaction(Path home, List<String> patterns, FileChannel lockChannel, FileLock lock) {
        this.home = home;
        this.patterns = List.copyOf(patterns);
        this.owned = PublishFiles.matchers(patterns);
        this.dir = home.resolve(DIR);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts a transaction over the published files that match {@code patterns} (globs relative to the repository
     * root, such as {@code reports/charts/*}): finishes an interrupted one, then stages a copy of the current set.
     */
    public static PublishTransaction begin(Path home, List<String> patterns) {
        Path dir = home.resolve(DIR);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = PublishFiles.tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new InputException(home, 0, null, "another repstat command is publishing into this repository "
                        + "(it holds " + dir.resolve("lock") + "): wait for it to finish, then run this one again");
            }
            PublishTransaction tx = new PublishTransaction(home, patterns, channel, lock);
            tx.recoverLocked();
            tx.stageCurrent();
            return tx;
        } catch (IOException e) {
            PublishFiles.closeQuietly(channel);
            throw new UncheckedIOException("cannot start publishing into " + home, e);
        } catch (RuntimeException e) {
            PublishFiles.closeQuietly(channel);
            throw e;
        }
    }

    /** The staging root: a workspace writing here writes the new set. */
    public Path root() {
        return dir.resolve(STAGE);
    }

    /** Switches the staged set in: after this returns, every published file is the new generation's. */
    public void commit() {
        if (done || committing) {
            throw new IllegalStateException("this transaction has already committed or failed");
        }
        try {
            Map<String, String> next = hashes(root());
            for (String path : next.keySet()) {
                if (!owns(path)) {
                    throw new IllegalStateException("a stage wrote " + path + ", which pipeline/stages.yaml does not declare"
                            + " among the stages' writes: it would never be published");
                }
            }
            next.remove(GENERATION);
            String manifest = PublishFiles.manifest(next);
            PublishFiles.write(root().resolve(GENERATION), manifest.getBytes(StandardCharsets.UTF_8));
            next.put(GENERATION, PublishFiles.sha256(manifest.getBytes(StandardCharsets.UTF_8)));
            Map<String, String> current = hashes(home);
            List<String> journal = new ArrayList<>();
            for (String path : new TreeSet<>(PublishFiles.union(current.keySet(), next.keySet()))) {
                if (path.equals(GENERATION)) {
                    continue;
                }
                op(journal, path, current.get(path), next.get(path));
            }
            op(journal, GENERATION, current.get(GENERATION), next.get(GENERATION));
            if (journal.isEmpty()) {
                done = true;
                PublishFiles.deleteTree(root());
                return;
            }
            step.before("journal");
            PublishFiles.write(dir.resolve(JOURNAL), String.join("\n", journal).concat("\n").getBytes(StandardCharsets.UTF_8));
            committing = true; // the commit point: from here on the switch is finished, by this process or by recover()
            new PublishSwitch(home, dir, root()).rollForward(journal);
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish into " + home + ": " + e.getMessage()
                    + (committing ? " (the switch was undone: the published files are as they were)" : ""), e);
        }
    }

    /** Ends the transaction: a set that was not committed is thrown away; the lock is released. */
    @Override
    public void close() {
        try {
            if (!done && !committing) {
                PublishFiles.deleteTree(root());
            }
            // A switch that stopped midway (an Error, not an I/O failure) leaves its journal for the next recover().
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            PublishFiles.closeQuietly(lockChannel);
        }
    }

    /**
     * Finishes or undoes a switch that a killed command left half done, so that what every command then reads is
     * one whole generation. Does nothing while another live command holds the lock (it is publishing right now).
     */
    public static void recover(Path home) {
        Path dir = home.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = PublishFiles.tryLock(channel);
            if (lock == null) {
                return;
            }
            try {
                new PublishTransaction(home, List.of(), channel, lock).recoverLocked();
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the interrupted publish in " + dir, e);
        }
    }

    /** The published files a manifest lists that are not as it says: empty when the set is one whole generation. */
    public static List<String> verify(Path home) {
        List<String> wrong = new ArrayList<>();
        Path manifest = home.resolve(GENERATION);
        if (!Files.exists(manifest)) {
            return List.of(GENERATION + ": missing");
        }
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String hash = line.substring(0, 64);
                String path = line.substring(66);
                Path f = home.resolve(path);
                if (!Files.isRegularFile(f)) {
                    wrong.add(path + ": missing");
                } else if (!PublishFiles.sha256(Files.readAllBytes(f)).equals(hash)) {
                    wrong.add(path + ": not the listed generation's");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wrong;
    }

    // --- the switch ---------------------------------------------------------------------------------------------

    private static void op(List<String> journal, String path, String before, String after) {
        if (after == null) {
            journal.add("delete " + path);
        } else if (before == null) {
            journal.add("add " + path);
        } else if (!before.equals(after)) {
            journal.add("replace " + path);
        }
    }

    private void recoverLocked() throws IOException {
        Path journal = dir.resolve(JOURNAL);
        if (Files.exists(journal)) {
            List<String> ops = Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            new PublishSwitch(home, dir, root()).rollForward(ops);
        } else {
            PublishFiles.deleteTree(root());
            PublishFiles.deleteTree(dir.resolve(BACKUP));
        }
    }

    // --- staging ------------------------------------------------------------------------------------------------

    private void stageCurrent() throws IOException {
        PublishFiles.deleteTree(root());
        Files.createDirectories(root());
        for (String path : hashes(home, false).keySet()) {
            Path target = root().resolve(path);
            Files.createDirectories(target.getParent());
            Files.copy(home.resolve(path), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.createDirectories(root().resolve("datasets/clean"));
    }

    private boolean owns(String path) {
        if (path.equals(GENERATION)) {
            return true;
        }
        Path p = Path.of(path);
        return owned.stream().anyMatch(m -> m.matches(p));
    }


    private Map<String, String> hashes(Path root) throws IOException {
        return hashes(root, true);
    }

    /** The owned files under {@code root} (relative path → SHA-256, or "" when {@code hash} is false). */
    private Map<String, String> hashes(Path root, boolean hash) throws IOException {
        Map<String, String> out = new TreeMap<>();
        boolean staged = root.equals(root());
        for (String top : topFolders()) {
            Path start = root.resolve(top);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(start)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    if (staged || owns(rel)) {
                        out.put(rel, hash ? PublishFiles.sha256(Files.readAllBytes(f)) : "");
                    }
                }
            }
        }
        return out;
    }

    /** The folders the patterns start in ({@code reports/charts/*} → {@code reports}): what a walk needs to visit. */
    private List<String> topFolders() {
        TreeSet<String> tops = new TreeSet<>();
        tops.add("datasets");
        for (String p : patterns) {
            tops.add(p.contains("/") ? p.substring(0, p.indexOf('/')) : p);
        }
        return List.copyOf(tops);
    }


    /** The patterns this transaction owns (for messages and tests). */
    public List<String> patterns() {
        return patterns;
    }
}
