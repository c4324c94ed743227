package org.repstat.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.repstat.io.RawRow;
import org.repstat.io.RawTable;
import org.repstat.provenance.Source;
import org.repstat.provenance.Vocabulary;

/** Reads the source register, {@code datasets/raw/sources.csv}: every figure's source id must resolve here. */
public final class SourceRegisterReader {

    public static final List<String> HEADER = List.of("source_id", "type", "label", "authors", "title",
            "container", "year", "pages", "url", "doi", "licence", "copy_of", "reliability", "note");

    private SourceRegisterReader() {
    }

    public static Map<String, Source> read(Path file, Vocabulary vocabulary, InputProblems problems) {
        Map<String, Source> sources = new TreeMap<>();
        List<RawRow> rows = RawTable.read(file, HEADER).requireRows().rows();
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (RawRow row : rows) {
            problems.attempt(() -> {
                String id = row.required("source_id");
                if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    throw row.error("source_id", "expected a lowercase kebab-case id, found '" + id + "'");
                }
                String type = row.required("type");
                if (!vocabulary.contains("source_type", type)) {
                    throw row.error("type", "expected a source type from vocab/source_types.csv " + vocabulary.ids("source_type") + ", found '" + type + "'");
                }
                String reliability = row.required("reliability");
                if (!vocabulary.contains("reliability", reliability)) {
                    throw row.error("reliability", "expected one of " + vocabulary.ids("reliability") + ", found '" + reliability + "'");
                }
                String url = row.text("url");
                if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                    throw row.error("url", "expected an http:// or https:// address, found '" + url + "'");
                }
                if (row.text("licence").isEmpty()) {
                    throw row.error("licence", "expected the licence as the work states it, 'not stated', or 'not checked (…)' with the reason");
                }
                String label = row.required("label");
                if (!labels.add(label)) {
                    throw row.error("label", "expected a citation label no other source has, found '" + label + "' again");
                }
                Source source = new Source(id, type, label, row.text("authors"), row.required("title"),
                        row.text("container"), row.text("year"), row.text("pages"), url, row.text("doi"),
                        row.text("licence"), row.text("copy_of"), reliability, row.text("note"));
                if (sources.putIfAbsent(id, source) != null) {
                    throw row.error("source_id", "duplicate source id '" + id + "'");
                }
            });
        }
        for (RawRow row : rows) {
            String copyOf = row.text("copy_of");
            problems.attempt(() -> {
                if (!copyOf.isEmpty() && (!sources.containsKey(copyOf) || copyOf.equals(row.text("source_id")))) {
                    throw row.error("copy_of", "expected the source id of another register entry (the publication this is a copy of), found '" + copyOf + "'");
                }
                if (!copyOf.isEmpty() && !sources.get(copyOf).copyOf().isEmpty()) {
                    throw row.error("copy_of", "'" + copyOf + "' is itself a copy (of '" + sources.get(copyOf).copyOf()
                            + "'): copy_of names the publication, so that every copy leads to it in one step");
                }
            });
        }
        return sources;
    }
}
