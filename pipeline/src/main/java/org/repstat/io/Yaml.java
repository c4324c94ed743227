package org.repstat.io;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A declaration file in YAML (a topic spec, the stage plan), read as a tree in which every value knows its line and
 * column. Values are text: a spec says what it means, never what YAML guesses ({@code no} is not false here, and
 * {@code 1937} is a string until a field asks for a number). Every accessor that rejects a value names its place.
 */
public final class Yaml {

    private Yaml() {
    }

    /** Reads a file (strict UTF-8) into its root node, which must be a mapping. */
    public static Node read(Path file) {
        String text = TextLines.utf8(file, InputFiles.read(file)).text();
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new Resolver(), options);
            org.yaml.snakeyaml.nodes.Node root = composer.getSingleNode();
            if (root == null) {
                throw new InputException(file, 1, null, "expected a YAML mapping, found an empty file");
            }
            Node node = new Node(file, root, "");
            node.mapping();
            return node;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InputException(file, m == null ? 0 : m.getLine() + 1, m == null ? null : String.valueOf(m.getColumn() + 1),
                    "not well-formed YAML: " + (e.getProblem() == null ? e.getMessage() : e.getProblem()));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // a character YAML does not allow (a control character): SnakeYAML gives its position in the text
            TextLines lines = TextLines.of(text);
            int at = Math.min(Math.max(e.getPosition(), 0), text.length());
            throw new InputException(file, lines.lineOf(at), null, "expected YAML text, found the character U+"
                    + String.format(java.util.Locale.ROOT, "%04X", e.getCodePoint()) + ", which YAML does not allow");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new InputException(file, 0, null, "not well-formed YAML: " + e.getMessage());
        }
    }

    /** One value of a YAML file with its place. */
    public static final class Node {
        private final Path file;
        private final org.yaml.snakeyaml.nodes.Node node;
        private final String key;

        Node(Path file, org.yaml.snakeyaml.nodes.Node node, String key) {
            this.file = file;
            this.node = node;
            this.key = key;
        }

        public Path file() {
            return file;
        }

        public long line() {
            return node.getStartMark().getLine() + 1L;
        }

        /** The key this value stands under ("" for the root or a list item). */
        public String key() {
            return key;
        }

        public InputException error(String problem) {
            String column = (node.getStartMark().getColumn() + 1) + (key.isEmpty() ? "" : " (" + key + ")");
            return new InputException(file, line(), column, problem);
        }

        public boolean isScalar() {
            return node instanceof ScalarNode;
        }

        public boolean isList() {
            return node instanceof SequenceNode;
        }

        public String text() {
            if (!(node instanceof ScalarNode s)) {
                throw error("expected a single value, found a " + (node instanceof SequenceNode ? "list" : "mapping"));
            }
            return s.getValue().strip();
        }

        public Map<String, Node> mapping() {
            if (!(node instanceof MappingNode m)) {
                throw error("expected a mapping (key: value lines), found " + (node instanceof SequenceNode ? "a list" : "'" + ((ScalarNode) node).getValue() + "'"));
            }
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new Node(file, t.getKeyNode(), "").error("expected a plain key");
                }
                out.put(k.getValue(), new Node(file, t.getValueNode(), k.getValue()));
            }
            return out;
        }

        /** A list's items; a single value reads as a list of one, so {@code measures: sentenced} is allowed. */
        public List<Node> list() {
            if (node instanceof ScalarNode) {
                return List.of(this);
            }
            if (!(node instanceof SequenceNode s)) {
                throw error("expected a list, found a mapping");
            }
            List<Node> out = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node n : s.getValue()) {
                out.add(new Node(file, n, key));
            }
            return out;
        }

        public List<String> texts() {
            return list().stream().map(Node::text).toList();
        }

        /** The mapping's keys must be among {@code allowed}: a misspelt key would otherwise be silently ignored. */
        public Map<String, Node> fields(Set<String> allowed) {
            Map<String, Node> m = mapping();
            for (Map.Entry<String, Node> e : m.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw e.getValue().keyError("unknown key '" + e.getKey() + "'; expected one of " + new java.util.TreeSet<>(allowed));
                }
            }
            return m;
        }

        InputException keyError(String problem) {
            return error(problem);
        }
    }

    /** A required key of a mapping. */
    public static Node required(Node parent, Map<String, Node> fields, String key) {
        Node n = fields.get(key);
        if (n == null) {
            throw parent.error("expected the key '" + key + "'");
        }
        return n;
    }

    /** An optional key's text, or {@code fallback}. */
    public static String text(Map<String, Node> fields, String key, String fallback) {
        Node n = fields.get(key);
        return n == null ? fallback : n.text();
    }
}
