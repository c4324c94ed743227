package org.repstat.topics;

import java.nio.file.Path;
import java.util.List;
import org.repstat.io.Yaml;

/**
 * A topic of the report, declared in {@code datasets/topics/<id>.yaml}: what it shows and why, the answer tables
 * a journalist reuses, the figures a student reads, and which checks belong to its page. Charts, tables, report
 * pages and notebooks are all built from this one declaration, so they cannot select different rows.
 *
 * @param template    {@code topic} for a page of figures, {@code method} for the method page
 * @param checkTopics the {@code topic} values of catalogue checks shown on this page (its own id by default)
 */
public record TopicSpec(Path file, String id, int order, String heading, String question, String intro,
                        List<String> caveats, List<AnswerSpec> answers, List<FigureSpec> figures,
                        List<String> checkTopics, String template, List<KeyNumber> keyNumbers, Yaml.Node node) {

    /**
     * One of the few numbers a reader should leave with (the index page's box): the preferred figure of one cell of
     * an answer table, shown with its source and the range across sources.
     */
    public record KeyNumber(String label, String from, org.repstat.published.Selector select, String column, Yaml.Node node) {
    }

    public TopicSpec {
        caveats = List.copyOf(caveats);
        answers = List.copyOf(answers);
        figures = List.copyOf(figures);
        checkTopics = List.copyOf(checkTopics);
        keyNumbers = List.copyOf(keyNumbers);
    }

    /** The report page of this topic, relative to {@code reports/}. */
    public String page() {
        return id.replace('_', '-') + ".html";
    }

    /** The notebook of this topic, relative to {@code notebooks-export/}. */
    public String notebook() {
        return id + ".ipynb";
    }

    public boolean isMethod() {
        return template.equals("method");
    }

    public boolean isIndex() {
        return template.equals("index");
    }
}
