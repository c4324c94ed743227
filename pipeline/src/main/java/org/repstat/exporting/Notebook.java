package org.repstat.exporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Jupyter notebook (nbformat 4.5) built cell by cell and written as nbformat itself writes it: keys sorted,
 * one-space indent, text split into lines. Cell ids come from the notebook's name and the cell's position, and
 * nothing depends on the clock, so the same data gives the same bytes.
 */
public final class Notebook {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final DefaultPrettyPrinter PRETTY;

    static {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
        PRETTY = new DefaultPrettyPrinter(separators);
        PRETTY.indentObjectsWith(indenter);
        PRETTY.indentArraysWith(indenter);
    }

    private final String name;
    private final List<Map<String, Object>> cells = new ArrayList<>();
    private int executionCount;

    /** {@code name} (a topic id such as {@code convictions}) prefixes every cell id. */
    public Notebook(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("notebook name must be a topic id: " + name);
        }
        this.name = name;
    }

    public Notebook markdown(String text) {
        Map<String, Object> cell = cell("markdown", text);
        cells.add(cell);
        return this;
    }

    /** A code cell without output (imports, settings). */
    public Notebook code(String source) {
        cells.add(codeCell(source, List.of()));
        return this;
    }

    /** A code cell whose last expression is a DataFrame: pre-filled with what pandas shows for it. */
    public Notebook code(String source, Frame result) {
        int count = executionCount + 1;
        Map<String, Object> data = new TreeMap<>();
        data.put("text/plain", lines(result.text()));
        data.put("text/html", lines(result.html()));
        Map<String, Object> output = new TreeMap<>();
        output.put("output_type", "execute_result");
        output.put("execution_count", count);
        output.put("data", data);
        output.put("metadata", new TreeMap<>());
        cells.add(codeCell(source, List.of(output)));
        return this;
    }

    /** A code cell that draws a figure: pre-filled with the pipeline's PNG rendering of the same chart. */
    public Notebook code(String source, byte[] png, String figureText) {
        Map<String, Object> data = new TreeMap<>();
        data.put("image/png", Base64.getEncoder().encodeToString(png));
        data.put("text/plain", lines(figureText));
        Map<String, Object> output = new TreeMap<>();
        output.put("output_type", "display_data");
        output.put("data", data);
        output.put("metadata", new TreeMap<>());
        cells.add(codeCell(source, List.of(output)));
        return this;
    }

    public String name() {
        return name;
    }

    /** The notebook file's text, ending in a newline as nbformat writes it. */
    public String render() {
        Map<String, Object> kernelspec = new TreeMap<>(Map.of("display_name", "Python 3", "language", "python", "name", "python3"));
        Map<String, Object> metadata = new TreeMap<>();
        metadata.put("kernelspec", kernelspec);
        metadata.put("language_info", new TreeMap<>(Map.of("name", "python")));
        Map<String, Object> root = new TreeMap<>();
        root.put("cells", cells);
        root.put("metadata", metadata);
        root.put("nbformat", 4);
        root.put("nbformat_minor", 5);
        try {
            return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write notebook " + name, e);
        }
    }

    private Map<String, Object> codeCell(String source, List<Map<String, Object>> outputs) {
        Map<String, Object> cell = cell("code", source);
        executionCount++;
        cell.put("execution_count", executionCount);
        cell.put("outputs", outputs);
        return cell;
    }

    private Map<String, Object> cell(String type, String source) {
        Map<String, Object> cell = new TreeMap<>();
        cell.put("cell_type", type);
        cell.put("id", String.format(java.util.Locale.ROOT, "%s-%02d", name.replace('_', '-'), cells.size() + 1));
        cell.put("metadata", new TreeMap<>());
        cell.put("source", lines(source.strip()));
        return cell;
    }

    /** nbformat stores multi-line text as a list of lines, each keeping its newline except the last. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
