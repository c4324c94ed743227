package org.repstat.provenance;

/**
 * One entry of the source register: a work we read a figure in, or a work an author cites for it.
 * {@code url} is where we read it; empty when we know the work only as cited by another. {@code label} is the short
 * citation people read on charts and pages ("Whitewood 2015"); ids are for machines. {@code copyOf} names the
 * register entry of the publication this is a copy of, so that two copies of one text are never counted twice.
 */
public record Source(String id, String type, String label, String authors, String title, String container,
                     String year, String pages, String url, String doi, String licence, String copyOf,
                     String reliability, String note) {
}
