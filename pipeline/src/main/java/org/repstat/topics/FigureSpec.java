package org.repstat.topics;

import java.util.List;
import java.util.Map;
import org.repstat.io.Yaml;
import org.repstat.published.Selector;

/**
 * One figure of a topic: the chart kind that draws it, the published or answer table it reads, the rows it selects
 * (a list of selectors is their union), its title (fixed words, or a named finding computed from the rows), its
 * caption, and the options of its kind (series, labels, ordering), kept as declared so each kind reads its own.
 */
public record FigureSpec(String topic, String id, String kind, String from, List<Selector> select, Title title,
                         String caption, Map<String, Yaml.Node> options, Yaml.Node node) {

    public FigureSpec {
        select = List.copyOf(select);
        options = Map.copyOf(options);
    }

    /** Fixed words, or the name of a finding function with its arguments and a fallback for when it finds nothing. */
    public record Title(String text, String finding, Map<String, Yaml.Node> args, String fallback) {
        public boolean computed() {
            return finding != null;
        }
    }

    public boolean selects(Map<String, String> row) {
        return select.isEmpty() || select.stream().anyMatch(s -> s.test(row));
    }

    public Yaml.Node option(String key) {
        return options.get(key);
    }

    public String text(String key, String fallback) {
        Yaml.Node n = options.get(key);
        return n == null ? fallback : n.text();
    }
}
