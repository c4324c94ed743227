package org.repstat.cleaning;

import org.repstat.published.Field;
import org.repstat.published.Release;
import org.repstat.published.TableSpec;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes {@code datapackage.json}, the Frictionless description of every published table: types, required
 * fields, allowed values, primary and foreign keys. Written from the same {@link TableSpec}s as the CSVs.
 * (The Java Frictionless libraries are not on Maven Central, so the JSON is built here and validated by the
 * independent npm implementation in CI.)
 */
public final class DataPackage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DataPackage() {
    }

    /** The licence of the project's own tables (datasets/LICENSE); the sources' texts keep their owners' terms. */
    static final String LICENCE_NAME = "CC-BY-4.0";
    static final String LICENCE_PATH = "https://creativecommons.org/licenses/by/4.0/";
    static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";

    public static String render(List<TableSpec> specs, Release release) {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "repstat");
        root.put("title", "repstat: sourced statistics of Soviet state repression, 1937–38");
        // No homepage: the repository's public address is not known to us, and a relative one is not a homepage.
        root.put("description", "Figures on the NKVD mass operations and the purge of the Red Army, 1937–38, each value "
                + "with its source, locator, verbatim quote, qualifier and bounds, and the checks that hold them to each other. "
                + "The codebook is datasets/README.md in the repository (one directory above this file). The tables are licensed CC BY 4.0 "
                + "(datasets/LICENSE); the sources' own texts and figures (quotes, printed forms, transcribed tables) keep "
                + "their owners' terms, given per source in sources.csv (column licence).");
        root.put("version", release.version());
        if (!release.created().isEmpty()) {
            root.put("created", release.created());
        }
        ObjectNode licence = root.putArray("licenses").addObject();
        licence.put("name", LICENCE_NAME);
        licence.put("path", LICENCE_PATH);
        licence.put("title", LICENCE_TITLE);
        ArrayNode resources = root.putArray("resources");
        for (TableSpec spec : specs) {
            ObjectNode r = resources.addObject();
            r.put("name", spec.name().replace('_', '-'));
            r.put("path", spec.path());
            r.put("profile", "tabular-data-resource");
            r.put("title", spec.title());
            r.put("description", "One row is " + spec.rowIs() + ".");
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            ObjectNode dialect = r.putObject("dialect");
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\n");
            dialect.put("quoteChar", "\"");
            dialect.put("doubleQuote", true);
            dialect.put("header", true);
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (Field f : spec.fields()) {
                ObjectNode field = fields.addObject();
                field.put("name", f.name());
                field.put("type", f.type());
                field.put("description", f.description());
                ObjectNode constraints = JSON.createObjectNode();
                if (f.required()) {
                    constraints.put("required", true);
                }
                if (!f.allowed().isEmpty()) {
                    ArrayNode e = constraints.putArray("enum");
                    f.allowed().forEach(e::add);
                }
                if (f.pattern() != null) {
                    constraints.put("pattern", f.pattern());
                }
                if (!constraints.isEmpty()) {
                    field.set("constraints", constraints);
                }
            }
            schema.putArray("missingValues").add("");
            ArrayNode pk = schema.putArray("primaryKey");
            spec.primaryKey().forEach(pk::add);
            if (!spec.foreignKeys().isEmpty()) {
                ArrayNode fks = schema.putArray("foreignKeys");
                for (TableSpec.ForeignKey fk : spec.foreignKeys()) {
                    ObjectNode k = fks.addObject();
                    k.put("fields", fk.field());
                    ObjectNode ref = k.putObject("reference");
                    ref.put("resource", fk.resource().replace('_', '-'));
                    ref.put("fields", fk.referencedField());
                }
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
