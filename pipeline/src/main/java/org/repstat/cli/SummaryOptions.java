package org.repstat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import picocli.CommandLine.Option;

/**
 * How a batch command reports: progress lines on standard error and a summary for people on standard output, or
 * less of either. {@code --quiet} leaves only what went wrong (and the exit code); {@code --json} replaces the
 * summary by one JSON object a script can read (key order fixed, numbers as numbers).
 */
public class SummaryOptions {

    /** Exact numbers, never a double's rounding; key order as built. */
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = {"-q", "--quiet"}, description = "No progress lines and no summary: only errors (the exit code says how it went).")
    boolean quiet;

    @Option(names = "--json", description = "Print the summary as one JSON object on standard output instead of text.")
    boolean json;

    /** Where progress lines go: standard error, or nowhere under --quiet. */
    PrintStream progress() {
        return quiet ? new PrintStream(OutputStream.nullOutputStream()) : System.err;
    }

    /** True when the text summary is wanted. */
    boolean text() {
        return !quiet && !json;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** One line of JSON on standard output. */
    static void print(ObjectNode summary) {
        try {
            System.out.println(JSON.writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
