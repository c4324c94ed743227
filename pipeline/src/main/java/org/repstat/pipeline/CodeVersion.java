package org.repstat.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What an incremental run must treat as "the code": repstat's own classes and resources (the jar's bytes, or every
 * file of the classes folder a test runs from), the names of the libraries on the class path (their versions), the
 * Java runtime, and every {@code repstat.*} system property. Any change to one of these redoes every stage.
 */
final class CodeVersion {

    private static String current;

    private CodeVersion() {
    }

    static synchronized String current() {
        if (current == null) {
            current = compute();
        }
        return current;
    }

    private static String compute() {
        MessageDigest d = DeclaredFiles.digest();
        Path own = ownLocation();
        try {
            if (Files.isDirectory(own)) {
                TreeMap<String, Path> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(own)) {
                    walk.filter(Files::isRegularFile).forEach(f -> files.put(own.relativize(f).toString(), f));
                }
                for (var e : files.entrySet()) {
                    update(d, e.getKey());
                    d.update(Files.readAllBytes(e.getValue()));
                }
            } else {
                d.update(Files.readAllBytes(own));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read repstat's own code at " + own, e);
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (!p.equals(own)) {
                update(d, "lib " + (p.getFileName() == null ? entry : p.getFileName()));
            }
        }
        update(d, "java " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version") + " " + System.getProperty("os.arch"));
        new TreeMap<>(System.getProperties()).forEach((k, v) -> {
            if (k.toString().startsWith("repstat.")) {
                update(d, "property " + k + "=" + v);
            }
        });
        return HexFormat.of().formatHex(d.digest());
    }

    private static void update(MessageDigest d, String text) {
        d.update(text.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static Path ownLocation() {
        try {
            return Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("repstat's code source is not a file", e);
        }
    }
}
