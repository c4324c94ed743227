package org.repstat.importing;

import java.util.Map;
import org.repstat.io.NumberSyntax;
import org.repstat.provenance.Source;
import org.repstat.provenance.Vocabulary;

/** What a reader of raw figures needs to validate a row: the vocabulary, the register, the file's number syntax. */
record ObservationContext(String dataset, Vocabulary vocabulary, Map<String, Source> sources, NumberSyntax numbers,
                          IdRegistry ids) {
}
