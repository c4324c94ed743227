package org.repstat.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LocatorAndQuoteTest {

    @Test
    void locatorRoundTripsInCanonicalOrder() {
        Locator l = Locator.parse("line=17; footnote=1");
        assertEquals("footnote=1; line=17", l.toString());
        assertEquals("1", l.get("footnote"));
    }

    @Test
    void locatorRejectsUnknownKeysAndBareWords() {
        assertThrows(IllegalArgumentException.class, () -> Locator.parse("chapter=2"));
        assertThrows(IllegalArgumentException.class, () -> Locator.parse("page 3"));
    }

    @Test
    void quoteIsAtMostOneSentence() {
        new Quote("143810 people were arrested on the charge of espionage in favour of Poland, 139835 of them were "
                + "found guilty and 111091 were shot.");
        new Quote("See Paul Hagenloh, Stalin’s Police, p. 3.");
        assertThrows(IllegalArgumentException.class, () -> new Quote("Soon after, arrests spread. Just weeks later, "
                + "the first mass operation began."));
        assertThrows(IllegalArgumentException.class, () -> new Quote("  "));
    }
}
