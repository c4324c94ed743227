package org.repstat.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Only http(s) addresses become Markdown links in a notebook; anything else is shown as text. */
class NotebookLinksTest {

    @Test
    void aJavascriptAddressIsTextNotALink() {
        String md = NotebookText.safeLink("javascript:alert(document.cookie)", "x");
        assertFalse(md.contains("]("), md);
        assertFalse(NotebookText.safeLink(" JavaScript:alert(1)", "x").contains("]("));
        assertFalse(NotebookText.safeLink("data:text/html;base64,PHNjcmlwdD4=", "x").contains("]("));
    }

    @Test
    void anHttpsAddressIsALink() {
        assertEquals("[https://example.org/a\\_b](https://example.org/a_b)", NotebookText.safeLink("https://example.org/a_b", "https://example.org/a_b"));
    }
}
