package org.repstat.importing.memorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repstat.importing.ExternalFiles;
import org.repstat.importing.RowAccount;
import org.repstat.importing.SourceKind;
import org.repstat.io.AtomicFiles;
import org.repstat.published.PublishedTable;
import org.repstat.published.TableSpec;

/**
 * The counts of a list kept on disk between runs ({@code target/repstat/lists/<key>.json}), so that a run whose
 * curated rows changed does not count 58,000 people again. An entry is named by the hash of every input the counts
 * depend on and of the code that counted them, and it carries the hash of its own content: an entry that is
 * missing, truncated, edited or of another code version is not trusted, and the list is counted again.
 */
final class ListStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String codeVersion;

    ListStore(Path dir, String codeVersion) {
        this.dir = dir;
        this.codeVersion = codeVersion;
    }

    /** The entry's counts, or null when there is none to trust. */
    SourceKind.Imported load(String key, String sourceId, Path list, List<TableSpec> specs) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode entry = JSON.readTree(Files.readAllBytes(file));
            JsonNode payload = entry.get("payload");
            if (payload == null || !sha256(payload).equals(entry.path("sha256").asText())
                    || !codeVersion.equals(payload.path("code_version").asText())
                    || !sourceId.equals(payload.path("source_id").asText())) {
                return null;
            }
            Map<String, TableSpec> byName = specs.stream().collect(Collectors.toMap(TableSpec::name, Function.identity()));
            List<PublishedTable> tables = new ArrayList<>();
            for (JsonNode t : payload.get("tables")) {
                TableSpec spec = byName.get(t.get("name").asText());
                if (spec == null) {
                    return null;
                }
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode r : t.get("rows")) {
                    List<String> row = new ArrayList<>(r.size());
                    r.forEach(c -> row.add(c.isNull() ? null : c.asText()));
                    rows.add(row);
                }
                tables.add(new PublishedTable(spec, rows));
            }
            JsonNode a = payload.get("account");
            RowAccount account = new RowAccount(a.get("job").asText(), list.toString(), a.get("unit").asText(),
                    a.get("in").asLong(), a.get("out").asLong(), a.get("rejected").asLong());
            return new SourceKind.Imported(sourceId, List.copyOf(tables), account, payload.get("summary").asText());
        } catch (IOException | RuntimeException e) {
            return null; // an entry that cannot be read is no entry: the list is counted again
        }
    }

    void save(String key, SourceKind.Imported imported) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("code_version", codeVersion);
        payload.put("source_id", imported.sourceId());
        payload.put("summary", imported.summary());
        RowAccount a = imported.account();
        payload.putObject("account").put("job", a.job()).put("unit", a.unit()).put("in", a.in()).put("out", a.out())
                .put("rejected", a.rejected());
        ArrayNode tables = payload.putArray("tables");
        for (PublishedTable t : imported.tables()) {
            ObjectNode table = tables.addObject();
            table.put("name", t.spec().name());
            ArrayNode rows = table.putArray("rows");
            for (List<String> r : t.rows()) {
                ArrayNode row = rows.addArray();
                r.forEach(row::add);
            }
        }
        ObjectNode entry = JSON.createObjectNode();
        entry.put("sha256", sha256(payload));
        entry.set("payload", payload);
        try {
            AtomicFiles.write(file(key), JSON.writeValueAsBytes(entry));
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs the next run time, never its result
        }
    }

    Path file(String key) {
        return dir.resolve(key + ".json");
    }

    private static String sha256(JsonNode payload) {
        try {
            return ExternalFiles.sha256(JSON.writeValueAsBytes(payload));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
