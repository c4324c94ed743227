package org.repstat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", Html.esc("<script>alert('x')</script>"));
        assertEquals("a &amp; b &quot;c&quot;", Html.esc("a & b \"c\""));
        assertEquals("", Html.esc(null));
        assertEquals("Приказ № 00447 – 1937", Html.esc("Приказ № 00447 – 1937"));
    }

    @Test
    void onlyHttpAddressesBecomeLinks() {
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=2\">T &lt;1&gt;</a>",
                Html.externalLink("https://example.org/?a=1&b=2", "T <1>"));
        assertEquals("T (javascript:alert(1))", Html.externalLink("javascript:alert(1)", "T"));
        assertEquals("T", Html.externalLink("", "T"));
    }
}
