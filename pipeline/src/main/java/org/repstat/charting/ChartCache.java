package org.repstat.charting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.repstat.io.AtomicFiles;

/**
 * The drawings of the last chart stage, kept under {@code target/repstat/charts/} by render key, so that a run in
 * which one value changed redraws only the figures that read it. An entry is trusted only when the code version,
 * the figure and everything its build read are the same (the key says so) and its bytes are the ones that were
 * stored (their hashes say so); otherwise the figure is drawn anew. Entries this run did not use are removed.
 */
public final class ChartCache {

    private final Path dir;
    private final String codeVersion;
    private final boolean trusted;
    private int reused;
    private int drawn;

    /** @param trusted false to draw every figure anew (a forced run) and only refill the cache */
    public ChartCache(Path dir, String codeVersion, boolean trusted) {
        this.dir = dir;
        this.codeVersion = codeVersion;
        this.trusted = trusted;
    }

    /** The encoded files of every figure, by name, in figure order: reused where the cache vouches for them. */
    public Map<String, byte[]> render(List<FigureBuilder.Traced> figures) {
        Map<Figure, byte[][]> found = new LinkedHashMap<>();
        List<Figure> missing = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (FigureBuilder.Traced t : figures) {
            String entry = entry(t);
            byte[][] files = entry == null || !trusted ? null : load(entry);
            if (entry != null) {
                used.add(entry);
            }
            if (files != null) {
                found.put(t.figure(), files);
            } else {
                missing.add(t.figure());
            }
        }
        Map<String, byte[]> fresh = ChartWriter.render(missing);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (FigureBuilder.Traced t : figures) {
            Figure f = t.figure();
            byte[][] files = found.get(f);
            if (files == null) {
                files = new byte[][] {fresh.get(f.png()), fresh.get(f.svg())};
                String entry = entry(t);
                if (entry != null) {
                    store(entry, files);
                }
            }
            out.put(f.png(), files[0]);
            out.put(f.svg(), files[1]);
        }
        reused = found.size();
        drawn = missing.size();
        prune(used);
        return out;
    }

    /** How many figures the last {@link #render} took from the cache. */
    public int reused() {
        return reused;
    }

    /** How many figures the last {@link #render} drew. */
    public int drawn() {
        return drawn;
    }

    private String entry(FigureBuilder.Traced t) {
        if (t.renderKey() == null) {
            return null;
        }
        return sha256((codeVersion + "\n" + t.renderKey() + "\n" + t.figure().id()).getBytes(StandardCharsets.UTF_8));
    }

    private byte[][] load(String entry) {
        Path png = dir.resolve(entry + ".png");
        Path svg = dir.resolve(entry + ".svg");
        Path sums = dir.resolve(entry + ".sha256");
        try {
            if (!Files.isRegularFile(png) || !Files.isRegularFile(svg) || !Files.isRegularFile(sums)) {
                return null;
            }
            byte[][] files = {Files.readAllBytes(png), Files.readAllBytes(svg)};
            String expected = Files.readString(sums, StandardCharsets.UTF_8);
            return expected.equals(sums(files)) ? files : null;
        } catch (IOException e) {
            return null; // an unreadable entry is a miss: the figure is drawn anew
        }
    }

    private void store(String entry, byte[][] files) {
        AtomicFiles.write(dir.resolve(entry + ".png"), files[0]);
        AtomicFiles.write(dir.resolve(entry + ".svg"), files[1]);
        AtomicFiles.write(dir.resolve(entry + ".sha256"), sums(files).getBytes(StandardCharsets.UTF_8));
    }

    private void prune(Set<String> used) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot < 0 || !used.contains(name.substring(0, dot))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy the chart cache " + dir, e);
        }
    }

    private static String sums(byte[][] files) {
        return sha256(files[0]) + "  png\n" + sha256(files[1]) + "  svg\n";
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
