package org.repstat.published;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** One published table as read back from {@code datasets/clean/}: its spec, file, header and rows in file order. */
public record PublishedRows(TableSpec spec, Path file, List<String> header, List<PublishedRow> rows)
        implements Iterable<PublishedRow> {

    public PublishedRows {
        Objects.requireNonNull(spec);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    @Override
    public Iterator<PublishedRow> iterator() {
        return rows.iterator();
    }

    public Stream<PublishedRow> stream() {
        return rows.stream();
    }

    public int size() {
        return rows.size();
    }

    /** The rows a selector picks; its columns are checked against this table when the selector is bound. */
    public List<PublishedRow> select(Selector selector) {
        return rows.stream().filter(r -> selector.test(r.cells())).toList();
    }

    public List<PublishedRow> filter(Predicate<PublishedRow> p) {
        return rows.stream().filter(p).toList();
    }
}
