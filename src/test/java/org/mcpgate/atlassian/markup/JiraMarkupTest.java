package org.mcpgate.atlassian.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public API: null and blank input, line endings, round trips, a realistic issue description. */
class JiraMarkupTest {

    private static final String BUG_REPORT_WIKI = """
            h2. Summary
            Saving a filter with a *non-ASCII* name fails with a {{NullPointerException}} in \
            _FilterService_. Reported by [~jane.doe], see [PROJ-123] and \
            [the forum thread|https://community.example.com/t/filter_save-fails?id=42].

            h3. Steps to reproduce
            # Log in as a user with the {{browse_projects}} permission
            # Open *Issues* → *Search* and enter {{project = ABC AND created >= 2024-01-15}}
            # Click *Save as* and name the filter {{Überblick}}
            #* the dialog closes
            #* nothing is saved

            h3. Expected vs actual
            ||Environment||Result||
            |Jira 9.12.4|{color:red}fails{color}|
            |Jira 9.4.0|works|

            h3. Stack trace
            {code:java}
            java.lang.NullPointerException: name_key is null
                at com.example.FilterService.save(FilterService.java:42)
            {code}

            {note}
            This is a well-known regression -- see the release notes.
            {note}

            !screenshot-1.png|thumbnail!""";

    private static final String BUG_REPORT_MARKDOWN = """
            ## Summary

            Saving a filter with a **non-ASCII** name fails with a `NullPointerException` in *FilterService*. \
            Reported by @jane.doe, see [PROJ-123] and \
            [the forum thread](https://community.example.com/t/filter_save-fails?id=42).

            ### Steps to reproduce

            1. Log in as a user with the `browse_projects` permission
            2. Open **Issues** → **Search** and enter `project = ABC AND created >= 2024-01-15`
            3. Click **Save as** and name the filter `Überblick`
               - the dialog closes
               - nothing is saved

            ### Expected vs actual

            | Environment | Result |
            | --- | --- |
            | Jira 9.12.4 | fails |
            | Jira 9.4.0 | works |

            ### Stack trace

            ```java
            java.lang.NullPointerException: name_key is null
                at com.example.FilterService.save(FilterService.java:42)
            ```

            > **Note**
            >
            > This is a well-known regression -- see the release notes.

            ![](screenshot-1.png)""";

    /** What a model might write as a comment, and the wiki markup Jira should get. */
    private static final String MODEL_COMMENT_MARKDOWN = """
            I could reproduce this on `9.12.4`. The root cause is in `FilterService.save()`:

            ```java
            if (name_key == null) { throw new IllegalStateException("*"); }
            ```

            **Proposed fix** (see [PR #17](https://git.example.com/pr/17)):

            1. Normalise the name with `Normalizer.normalize(name, NFC)`
            2. Add a test for snake_case and well-known names, e.g. `my_filter-2024`
               - also cover names like *Überblick*

            | Version | Affected |
            |---------|:--------:|
            | 9.12.x  | yes      |
            | 9.4.x   | no       |

            > Note: 5 * 3 = 15, and {braces} or [brackets] in plain text stay text.

            ~~Workaround~~ none, cc [~jsmith]""";

    private static final String MODEL_COMMENT_WIKI = """
            I could reproduce this on {{9.12.4}}. The root cause is in {{FilterService.save()}}:

            {code:java}
            if (name_key == null) { throw new IllegalStateException("*"); }
            {code}

            *Proposed fix* (see [PR #17|https://git.example.com/pr/17]):

            # Normalise the name with {{Normalizer.normalize(name, NFC)}}
            # Add a test for snake_case and well-known names, e.g. {{my_filter-2024}}
            #* also cover names like _Überblick_

            ||Version||Affected||
            |9.12.x|yes|
            |9.4.x|no|

            bq. Note: 5 * 3 = 15, and \\{braces} or \\[brackets] in plain text stay text.

            -Workaround- none, cc [~jsmith]""";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n\n", " \r\n\t"})
    void nullStaysNullAndBlankBecomesEmpty(String input) {
        String expected = input == null ? null : "";
        assertEquals(expected, JiraMarkup.toMarkdown(input));
        assertEquals(expected, JiraMarkup.toWiki(input));
    }

    @Test
    void nullInBothDirections() {
        assertNull(JiraMarkup.toMarkdown(null));
        assertNull(JiraMarkup.toWiki(null));
    }

    @Test
    void realisticBugReportToMarkdown() {
        assertEquals(BUG_REPORT_MARKDOWN, JiraMarkup.toMarkdown(BUG_REPORT_WIKI));
    }

    @Test
    void realisticBugReportWithWindowsLineEnds() {
        assertEquals(BUG_REPORT_MARKDOWN, JiraMarkup.toMarkdown(BUG_REPORT_WIKI.replace("\n", "\r\n")));
    }

    @Test
    void realisticModelCommentToWiki() {
        assertEquals(MODEL_COMMENT_WIKI, JiraMarkup.toWiki(MODEL_COMMENT_MARKDOWN));
    }

    @Test
    void realisticModelCommentWithWindowsLineEnds() {
        assertEquals(MODEL_COMMENT_WIKI, JiraMarkup.toWiki(MODEL_COMMENT_MARKDOWN.replace("\n", "\r\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "h1. Title",
        "h3. With *bold* and {{code}}",
        "*bold* _italic_ -strike- +ins+ ^sup^ ~sub~ {{mono}} ??cite??",
        "*bold _nested_ text* and x{^}2{^} and a{*}b{*}c",
        "snake_case_name, well-known, 2024-01-15, a - b, -Xmx512m, C++, 5 * 3",
        "[Google|http://google.com/a_b-c] and [http://example.com/x_y] and [PROJ-123] and [^log.txt]",
        "http://x.com/a_b_c-d and https://y.org/path-with-dashes_and_underscores",
        "!image.png! and !http://x.com/a.png!",
        "{code:java}\nint a = b * c; // _x_ [y] {z}\n{code}",
        "{code:title=Foo.java|language=java}\nclass Foo {}\n{code}",
        "{noformat}\n*raw* text\n{noformat}",
        "* one\n* two\n** nested\n*** deeper\n* three",
        "# first\n# second\n#* mixed\n## sub\n# third",
        "||h1||h2||\n|a|b|\n|[x|http://y]|{{c\\|d}}|",
        "|a|b|\n|c|d|",
        "bq. a quote",
        "{quote}\nline one\nline two\n{quote}",
        "above\n\n----\n\nbelow",
        "line one\nline two\n\nnext paragraph",
        "Escaped \\*not bold\\* and \\{not a macro}",
        "Smile :) (/) (x)",
    })
    void wikiRoundTrip(String wiki) {
        assertEquals(wiki, JiraMarkup.toWiki(JiraMarkup.toMarkdown(wiki)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Title",
        "Some **bold**, *italic*, ~~strike~~ and `code_x *y*`.",
        "**foo**bar and foo*bar*baz and x<sup>2</sup> and <ins>new</ins>",
        "snake_case and well-known and 2024-01-15 and -v --verbose and 5 * 3",
        "A literal \\*star\\* and \\_under\\_ stay literal",
        "See [the docs](https://example.com/a_b-c?x=1&y=2) or <https://example.com/auto_link>.",
        "Bare https://example.com/bare_url-here and [PROJ-123] and @jsmith",
        "![](image.png) and ![A screenshot](http://x/y.png)",
        "```java\nint x = a*b; // _not italic_\n```",
        "```python title=\"x.py\"\nprint(1)\n```",
        "```\nplain *text*\n```",
        "- one\n- two\n  - nested\n    - deeper",
        "1. first\n2. second\n   - mixed\n   1. sub",
        "| h1 | h2 |\n| --- | --- |\n| a | b \\| c |\n| `x\\|y` | [l](http://u) |",
        "> quote",
        "> multi\n> line",
        "a\n\n---\n\nb",
        "Smile :) (/) (x)",
    })
    void markdownRoundTrip(String markdown) {
        assertEquals(markdown, JiraMarkup.toMarkdown(JiraMarkup.toWiki(markdown)));
    }

    @Test
    void realisticDescriptionsSurviveTheRoundTrip() {
        assertEquals(BUG_REPORT_MARKDOWN, JiraMarkup.toMarkdown(JiraMarkup.toWiki(BUG_REPORT_MARKDOWN)));
        // A mention reaches the model as @name, and stays @name on the way back: no guessing at user names.
        assertEquals(MODEL_COMMENT_WIKI.replace("[~jsmith]", "@jsmith"),
                JiraMarkup.toWiki(JiraMarkup.toMarkdown(MODEL_COMMENT_WIKI)));
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        assertEquals("{quote}\nx\n{quote}", JiraMarkup.toWiki(">".repeat(5000) + " x"));
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            list.append("  ".repeat(i)).append("- x\n");
        }
        assertTrue(JiraMarkup.toWiki(list.toString()).startsWith("* x\n** x\n*** x\n"));
        assertEquals("_*" + "x" + "*_", JiraMarkup.toWiki("***x***"));
    }

    @Test
    void linesFullOfLoneMarkersConvertInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String unit : List.of("*a ", "_a ", "-a ", "[a ", "{{a ", "{color:", "{code:", "!a ", "??a ")) {
                String line = unit.repeat(50_000 / unit.length());
                assertFalse(JiraMarkup.toMarkdown(line).isEmpty());
                assertFalse(JiraMarkup.toWiki(line).isEmpty());
            }
        });
    }

    @Test
    void threadSafe() {
        List<String> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> i % 2 == 0 ? JiraMarkup.toMarkdown(BUG_REPORT_WIKI) : JiraMarkup.toWiki(MODEL_COMMENT_MARKDOWN))
                .toList();
        for (int i = 0; i < results.size(); i++) {
            assertEquals(i % 2 == 0 ? BUG_REPORT_MARKDOWN : MODEL_COMMENT_WIKI, results.get(i));
        }
    }
}
