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

    public static final List<String> HEADER = List.of("source_id", "type", "authors", "title", "container", "year",
            "pages", "url", "doi", "licence", "reliability", "note");

    private SourceRegisterReader() {
    }

    public static Map<String, Source> read(Path file, Vocabulary vocabulary, InputProblems problems) {
        Map<String, Source> sources = new TreeMap<>();
        for (RawRow row : RawTable.read(file, HEADER).rows()) {
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
                Source source = new Source(id, type, row.text("authors"), row.required("title"), row.text("container"),
                        row.text("year"), row.text("pages"), row.text("url"), row.text("doi"), row.text("licence"),
                        reliability, row.text("note"));
                if (sources.putIfAbsent(id, source) != null) {
                    throw row.error("source_id", "duplicate source id '" + id + "'");
                }
            });
        }
        return sources;
    }
}
