package org.repstat.provenance;

/**
 * One entry of the source register: a work we read a figure in, or a work an author cites for it.
 * {@code url} is where we read it; empty when we know the work only as cited by another.
 */
public record Source(String id, String type, String authors, String title, String container, String year,
                     String pages, String url, String doi, String licence, String reliability, String note) {
}
