package org.repstat.provenance;

/** A dated event (an arrest, an order, a plenum) at the precision the source gives, with its provenance. */
public record Event(String id, String dataset, String eventType, PartialDate dateStart, PartialDate dateEnd,
                    DatePrecision precision, String dateAsPrinted, String description, String sourceId,
                    Locator locator, Quote quote, String citedSourceId, String citedLocator, String note) {
}
