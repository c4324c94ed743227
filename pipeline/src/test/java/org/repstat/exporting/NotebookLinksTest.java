package org.repstat.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Only http(s) addresses become Markdown links in a notebook; anything else is shown as text. */
class NotebookLinksTest {

    @Test
    void aJavascriptAddressIsTextNotALink() {
        String md = NotebookText.link("javascript:alert(document.cookie)");
        assertFalse(md.contains("]("), md);
        assertFalse(NotebookText.link(" JavaScript:alert(1)").contains("]("));
        assertFalse(NotebookText.link("data:text/html;base64,PHNjcmlwdD4=").contains("]("));
    }

    @Test
    void anHttpsAddressIsALink() {
        assertEquals("[https://example.org/a\\_b](https://example.org/a_b)", NotebookText.link("https://example.org/a_b"));
    }
}
