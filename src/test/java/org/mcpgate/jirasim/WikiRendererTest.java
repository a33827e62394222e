package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WikiRendererTest {
    private final WikiRenderer renderer = new WikiRenderer(new Links("http://jira"),
            name -> name.equals("alice") ? "Alice Example" : null);

    @Test
    void headingsParagraphsAndInlineStyles() {
        assertEquals("<h2><a name=\"Steps\"></a>Steps</h2>\n<p><b>bold</b> and <em>it</em> and <tt>code</tt></p>",
                renderer.render("h2. Steps\n*bold* and _it_ and {{code}}"));
    }

    @Test
    void codeBlocksAreEscapedAndNotFormatted() {
        String html = renderer.render("{code:java}\nif (a < b && *c*) {}\n{code}");
        assertTrue(html.contains("<pre class=\"code-java\">if (a &lt; b &amp;&amp; *c*) {}</pre>"), html);
    }

    @Test
    void linksMentionsAndLists() {
        assertEquals("<ul>\n\t<li>see <a href=\"http://x.example/a\" class=\"external-link\" rel=\"nofollow\">docs</a>"
                + "</li>\n\t<li>ask <a href=\"http://jira/secure/ViewProfile.jspa?name=alice\" class=\"user-hover\""
                + " rel=\"alice\">Alice Example</a></li>\n</ul>",
                renderer.render("* see [docs|http://x.example/a]\n* ask [~alice]"));
    }

    @Test
    void htmlInTextIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", renderer.render("<script>alert(1)</script>"));
    }
}
