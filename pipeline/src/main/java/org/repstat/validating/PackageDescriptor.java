package org.repstat.validating;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.repstat.io.InputException;
import org.repstat.io.InputFiles;

/**
 * {@code datapackage.json} as the validator reads it: each tabular resource's file, dialect and Table Schema
 * (fields with type and constraints, missing values, primary and foreign keys). Read from the JSON itself, not from
 * the code that wrote it, so that the validator holds the files to what the package promises its readers.
 */
record PackageDescriptor(Path file, List<Resource> resources, List<Problem> problems) {

    static final String DESCRIPTOR = org.repstat.published.CoreTables.DATA_PACKAGE;

    record Field(String name, String type, boolean required, List<String> allowed, Pattern pattern) {
    }

    record ForeignKey(List<String> fields, String resource, List<String> referenced) {
    }

    record Resource(String name, Path path, char delimiter, char quote, List<Field> fields, List<String> missingValues,
                    List<String> primaryKey, List<ForeignKey> foreignKeys) {
        List<String> fieldNames() {
            return fields.stream().map(Field::name).toList();
        }
    }

    /** Not JSON at all is bad input (file, line, column); a JSON that is no valid package gives problems. */
    static PackageDescriptor read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(new String(InputFiles.read(file), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(file, at == null ? 0 : at.getLineNr(), at == null ? null : String.valueOf(at.getColumnNr()),
                    "expected a JSON data package descriptor, found " + e.getOriginalMessage());
        }
        List<Problem> problems = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        if (!root.path("resources").isArray() || root.path("resources").isEmpty()) {
            problems.add(new Problem(DESCRIPTOR, 0, null, "expected a list of resources, found " + (root.has("resources") ? root.get("resources") : "none")));
            return new PackageDescriptor(file, resources, problems);
        }
        int index = 0;
        for (JsonNode r : root.get("resources")) {
            String name = r.path("name").asText("resource " + index);
            index++;
            if (!r.path("path").isTextual()) {
                problems.add(new Problem(name, 0, null, "expected a path (one file), found " + r.path("path")));
                continue;
            }
            JsonNode schema = r.path("schema");
            List<Field> fields = new ArrayList<>();
            for (JsonNode f : schema.path("fields")) {
                String type = f.path("type").asText("string");
                if (!Casting.TYPES.contains(type)) {
                    problems.add(new Problem(name, 0, f.path("name").asText(), "type '" + type + "' is not one this validator reads "
                            + Casting.TYPES));
                }
                JsonNode c = f.path("constraints");
                List<String> allowed = new ArrayList<>();
                c.path("enum").forEach(v -> allowed.add(v.asText()));
                Pattern pattern = null;
                if (c.path("pattern").isTextual()) {
                    try {
                        pattern = Pattern.compile(c.get("pattern").asText());
                    } catch (PatternSyntaxException e) {
                        problems.add(new Problem(name, 0, f.path("name").asText(), "pattern is not a regular expression: " + e.getDescription()));
                    }
                }
                fields.add(new Field(f.path("name").asText(), type, c.path("required").asBoolean(false), List.copyOf(allowed), pattern));
            }
            List<String> missing = new ArrayList<>();
            if (schema.has("missingValues")) {
                schema.get("missingValues").forEach(v -> missing.add(v.asText()));
            } else {
                missing.add(""); // the specification's default
            }
            List<ForeignKey> keys = new ArrayList<>();
            for (JsonNode k : schema.path("foreignKeys")) {
                keys.add(new ForeignKey(names(k.path("fields")), k.path("reference").path("resource").asText(""),
                        names(k.path("reference").path("fields"))));
            }
            JsonNode dialect = r.path("dialect");
            resources.add(new Resource(name, file.getParent().resolve(r.get("path").asText()), dialect.path("delimiter").asText(",").charAt(0),
                    dialect.path("quoteChar").asText("\"").charAt(0), List.copyOf(fields), List.copyOf(missing),
                    names(schema.path("primaryKey")), List.copyOf(keys)));
        }
        return new PackageDescriptor(file, List.copyOf(resources), problems);
    }

    /** A field list as the specification allows it: one name, or an array of names. */
    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isTextual()) {
            out.add(n.asText());
        } else {
            n.forEach(v -> out.add(v.asText()));
        }
        return List.copyOf(out);
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
