package org.repstat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The switch of a publish transaction from its journal: rolled forward (each staged file renamed in, the old one to
 * backup/ first), or, on an I/O error, rolled back from backup/. Every step checks what is already done, so a switch
 * killed at any point, or replayed twice, ends the same way.
 */
final class PublishSwitch {

    private final Path home;
    private final Path dir;
    private final Path root;

    PublishSwitch(Path home, Path dir, Path root) {
        this.home = home;
        this.dir = dir;
        this.root = root;
    }

    private Path root() {
        return root;
    }

    /** Every step checks what is already done, so a switch killed at any point (or twice) completes the same way. */
    void rollForward(List<String> ops) throws IOException {
        try {
            for (String op : ops) {
                String kind = op.substring(0, op.indexOf(' '));
                String path = op.substring(op.indexOf(' ') + 1);
                Path staged = root().resolve(path);
                Path published = home.resolve(path);
                Path backup = dir.resolve(PublishTransaction.BACKUP).resolve(path);
                switch (kind) {
                    case "add", "replace" -> {
                        if (Files.exists(staged)) {
                            if (Files.exists(published) && !Files.exists(backup)) {
                                PublishTransaction.step.before("back up " + path);
                                PublishFiles.move(published, backup);
                            }
                            PublishTransaction.step.before("publish " + path);
                            PublishFiles.move(staged, published);
                        }
                    }
                    case "delete" -> {
                        if (Files.exists(published)) {
                            PublishTransaction.step.before("withdraw " + path);
                            PublishFiles.move(published, backup);
                        }
                    }
                    default -> throw new IllegalStateException("journal line " + op);
                }
            }
            PublishTransaction.step.before("end");
            Files.delete(dir.resolve(PublishTransaction.JOURNAL));
        } catch (IOException e) {
            rollBack(ops);
            throw e;
        }
        PublishFiles.deleteTree(root());
        PublishFiles.deleteTree(dir.resolve(PublishTransaction.BACKUP));
    }

    /** Puts every old file back from backup/ and takes every added file out: the set is the old generation again. */
    void rollBack(List<String> ops) throws IOException {
        List<String> reversed = new ArrayList<>(ops);
        java.util.Collections.reverse(reversed);
        for (String op : reversed) {
            String kind = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 1);
            Path staged = root().resolve(path);
            Path published = home.resolve(path);
            Path backup = dir.resolve(PublishTransaction.BACKUP).resolve(path);
            if (Files.exists(backup)) {
                if (Files.exists(published) && !Files.exists(staged)) {
                    PublishFiles.move(published, staged);
                }
                PublishFiles.move(backup, published);
            } else if (kind.equals("add") && Files.exists(published) && !Files.exists(staged)) {
                PublishFiles.move(published, staged);
            }
        }
        Files.deleteIfExists(dir.resolve(PublishTransaction.JOURNAL));
        PublishFiles.deleteTree(root());
        PublishFiles.deleteTree(dir.resolve(PublishTransaction.BACKUP));
    }
}
