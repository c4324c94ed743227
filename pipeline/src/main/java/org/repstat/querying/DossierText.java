package org.repstat.querying;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A dossier as people read it: one "column: value" a line, what belongs to a value indented under it, lists as
 * "- " items, numbers grouped as English prints them ({@link TableFormats#TEXT_LOCALE}). The JSON tree is the
 * content; this is only its layout.
 */
public final class DossierText {

    private DossierText() {
    }

    public static String render(ObjectNode dossier) {
        StringBuilder out = new StringBuilder();
        out.append(dossier.path("kind").asText()).append(' ').append(dossier.path("id").asText()).append('\n');
        fields(dossier, 1, out, true);
        return out.toString();
    }

    private static void fields(JsonNode object, int depth, StringBuilder out, boolean top) {
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (top && (e.getKey().equals("kind") || e.getKey().equals("id"))) {
                continue;
            }
            field(e.getKey(), e.getValue(), depth, out);
        }
    }

    private static void field(String key, JsonNode value, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        String name = key; // column names as the tables and --columns spell them
        if (value.isObject() && value.isEmpty()) {
            out.append(indent).append(name).append(": none\n");
        } else if (value.isObject()) {
            // an object with an id reads "key: id", its other fields below
            out.append(indent).append(name).append(':');
            JsonNode id = value.get("id") != null ? value.get("id") : value.get("source_id");
            out.append(id != null ? " " + id.asText() : "").append('\n');
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (id == null || e.getValue() != id) {
                    field(e.getKey(), e.getValue(), depth + 1, out);
                }
            }
        } else if (value.isArray()) {
            out.append(indent).append(name).append(value.isEmpty() ? ": none" : " (" + value.size() + "):").append('\n');
            for (JsonNode item : value) {
                if (item.isObject()) {
                    StringBuilder block = new StringBuilder();
                    fields(item, depth + 2, block, false);
                    String text = block.toString();
                    // the item's first line carries the dash
                    out.append(indent).append("  - ").append(text.substring(indent.length() + 4));
                } else {
                    out.append(indent).append("  - ").append(scalar(key, item)).append('\n');
                }
            }
        } else {
            out.append(indent).append(name).append(": ").append(scalar(key, value)).append('\n');
        }
    }

    private static String scalar(String key, JsonNode v) {
        if (v.isNumber() && !TableFormats.isYear(key)) {
            return TableFormats.readable(v.decimalValue().toPlainString());
        }
        return v.asText().replaceAll("\\s*\\R\\s*", " ");
    }
}
