package org.repstat.querying;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repstat.io.PublishedCsv;

/**
 * A {@link ResultTable} written out: an aligned table for people, or CSV (the published format), JSON (an array
 * of objects, one a line), JSON Lines, Parquet. Every format is a function of the table alone: no clock, no
 * platform default, so the same published tables give the same bytes. Machine formats carry numbers exactly as
 * published (JSON numbers, never a double's rounding); the text table groups digits by an explicitly named locale.
 */
public final class TableFormats {

    public static final List<String> IDS = List.of("text", "csv", "json", "jsonl", "parquet");

    /** The text table's numbers read as English prints them: 683,000 and 9.2. */
    public static final Locale TEXT_LOCALE = Locale.ENGLISH;

    static final ObjectMapper JSON = JsonMapper.builder().nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private TableFormats() {
    }

    public static byte[] render(ResultTable t, String format) {
        return switch (format) {
            case "text" -> text(t).getBytes(StandardCharsets.UTF_8);
            case "csv" -> PublishedCsv.render(t.columns(), t.rows()).getBytes(StandardCharsets.UTF_8);
            case "json" -> json(t, true).getBytes(StandardCharsets.UTF_8);
            case "jsonl" -> json(t, false).getBytes(StandardCharsets.UTF_8);
            case "parquet" -> ParquetFormat.render(t);
            default -> throw new IllegalArgumentException("expected one of " + IDS + ", found '" + format + "'");
        };
    }

    /** Columns aligned, numbers right-aligned and grouped; a cell's line breaks shown as spaces. */
    public static String text(ResultTable t) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(t.columns());
        for (List<String> r : t.rows()) {
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                shown.add(t.numeric(i) && !isYear(t.columns().get(i)) ? readable(r.get(i)) : r.get(i).replaceAll("\\s*\\R\\s*", " "));
            }
            cells.add(shown);
        }
        int[] width = new int[t.columns().size()];
        for (List<String> r : cells) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], length(r.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> r : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String pad = " ".repeat(width[i] - length(r.get(i)));
                line.append(i == 0 ? "" : "  ").append(t.numeric(i) ? pad + r.get(i) : r.get(i) + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** 683000 → "683,000"; 9.2 → "9.2"; empty stays empty. Exact: no digit of the published figure is rounded away. */
    public static String readable(String published) {
        if (published.isEmpty()) {
            return published;
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(TEXT_LOCALE));
        f.setMaximumFractionDigits(340);
        return f.format(new BigDecimal(published));
    }

    /** A column of years (year, year_created, …): 1937, never "1,937". */
    public static boolean isYear(String column) {
        return column.equals("year") || column.startsWith("year_") || column.endsWith("_year");
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** One object per row, keys in column order, numbers as numbers, empty as null. */
    static String json(ResultTable t, boolean array) {
        StringBuilder out = new StringBuilder(array ? "[\n" : "");
        for (int r = 0; r < t.rows().size(); r++) {
            ObjectNode o = JSON.createObjectNode();
            List<String> row = t.rows().get(r);
            for (int i = 0; i < row.size(); i++) {
                put(o, t.columns().get(i), t.types().get(i), row.get(i));
            }
            try {
                out.append(JSON.writeValueAsString(o));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.append(array && r < t.rows().size() - 1 ? ",\n" : "\n");
        }
        return out.append(array ? "]\n" : "").toString();
    }

    static void put(ObjectNode o, String name, String type, String value) {
        if (value.isEmpty()) {
            o.putNull(name);
            return;
        }
        switch (type) {
            case "number", "integer" -> o.put(name, new BigDecimal(value));
            case "boolean" -> o.put(name, Boolean.parseBoolean(value));
            default -> o.put(name, value);
        }
    }
}
