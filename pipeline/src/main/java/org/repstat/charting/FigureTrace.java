package org.repstat.charting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.repstat.published.PublishedRow;

/**
 * Everything one figure declaration's build read, as it read it: the rows it selected, the rows and labels it
 * looked up by id (and the ids it looked up in vain), the whole tables it scanned, the files and colours it used.
 * Its digest is the figure's render key: two builds with the same key drew from the same data, so the chart stage
 * may reuse the earlier drawing; any cell the build saw that changed gives another key.
 */
final class FigureTrace {

    private final MessageDigest digest;
    private boolean untraceable;

    FigureTrace(String declaration) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        note("declaration", declaration);
    }

    void row(String why, PublishedRow row) {
        if (row == null) {
            note(why, "(none)");
            return;
        }
        StringBuilder s = new StringBuilder(row.spec().name());
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            s.append('\u001f').append(cell.getKey()).append('=').append(cell.getValue());
        }
        note(why, s.toString());
    }

    void note(String what, String value) {
        digest.update(what.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    void bytes(String what, byte[] content) {
        note(what, HexFormat.of().formatHex(sha256(content)));
    }

    /** The build read the published tables unwatched: no key can vouch for what it drew from. */
    void untraceable() {
        untraceable = true;
    }

    /** The render key, or null when the build read something this trace did not see. */
    String key() {
        return untraceable ? null : HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
