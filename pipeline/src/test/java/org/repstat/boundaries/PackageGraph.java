package org.repstat.boundaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main code's packages and which use which, read from the sources (imports, and fully qualified names used in
 * place): a scan of text rather than a library, small enough to read.
 */
final class PackageGraph {

    private static final Pattern PACKAGE = Pattern.compile("^package (org\\.repstat[\\w.]*);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\b(org\\.repstat(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    final Map<String, Set<String>> uses = new TreeMap<>();

    static PackageGraph of(Path sourceRoot) {
        PackageGraph g = new PackageGraph();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher p = PACKAGE.matcher(text);
                if (!p.find()) {
                    continue;
                }
                String pkg = p.group(1);
                Set<String> used = g.uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Every cycle, each as the packages on it in order (first repeated at the end); empty when there is none. */
    List<List<String>> cycles() {
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String start : uses.keySet()) {
            walk(start, new LinkedHashSet<>(), out, seen);
        }
        return out;
    }

    private void walk(String at, LinkedHashSet<String> path, List<List<String>> out, Set<String> seen) {
        if (path.contains(at)) {
            List<String> cycle = new ArrayList<>(path).subList(new ArrayList<>(path).indexOf(at), path.size());
            List<String> c = new ArrayList<>(cycle);
            c.add(at);
            String key = new TreeSet<>(cycle).toString();
            if (seen.add(key)) {
                out.add(c);
            }
            return;
        }
        path.add(at);
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (uses.containsKey(next)) {
                walk(next, path, out, seen);
            }
        }
        path.remove(at);
    }
}
