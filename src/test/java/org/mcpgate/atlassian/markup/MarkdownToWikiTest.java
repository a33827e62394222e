package org.mcpgate.atlassian.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Markdown to wiki markup, construct by construct. */
class MarkdownToWikiTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        // headings
        "'# Title' => 'h1. Title'",
        "'## Sub' => 'h2. Sub'",
        "'### Three' => 'h3. Three'",
        "'#### Four' => 'h4. Four'",
        "'##### Five' => 'h5. Five'",
        "'###### Six' => 'h6. Six'",
        "'## With **bold** and `code`' => 'h2. With *bold* and {{code}}'",
        // text effects
        "**bold** => *bold*",
        "__bold__ => *bold*",
        "*italic* => _italic_",
        "_italic_ => _italic_",
        "~~strike~~ => -strike-",
        "`code` => {{code}}",
        "***both*** => _*both*_",
        "**bold *inner* bold** => *bold _inner_ bold*",
        "<ins>ins</ins> and <u>u</u> => +ins+ and +u+",
        "<sup>2</sup> and <sub>x</sub> => ^2^ and ~x~",
        "<cite>Someone</cite> => ??Someone??",
        "<del>d</del> <b>b</b> <em>e</em> => -d- *b* _e_",
        "<kbd>Ctrl</kbd> => {{Ctrl}}",
        "<span>kept</span> => <span>kept</span>",
        // effects touching words use the brace form
        "**foo**bar => {*}foo{*}bar",
        "foo*bar*baz => foo{_}bar{_}baz",
        "x<sup>2</sup> => x{^}2{^}",
        // code content is left alone
        "`a*b_c {x} [y] -z-` => {{a*b_c {x} [y] -z-}}",
        // links
        "[the docs](https://example.com/a_b-c?x=1&y=2) => [the docs|https://example.com/a_b-c?x=1&y=2]",
        "<https://example.com/auto_link> => [https://example.com/auto_link]",
        "[**bold** text](http://x.com \"Title\") => [*bold* text|http://x.com]",
        "[a\\|b](http://x) => [a\\|b|http://x]",
        "[a\\]b](http://x) => [a\\]b|http://x]",
        "[x](http://a.com/b|c) => [x|http://a.com/b%7Cc]",
        "[http://x.com](http://x.com) => [http://x.com]",
        "<jdoe@example.com> => [jdoe@example.com|mailto:jdoe@example.com]",
        "[Fix](PROJ-123) => [Fix|PROJ-123]",
        "[this page](<Some Page>) and [x](<http://a.com/b c>) => [this page|Some Page] and [x|http://a.com/b%20c]",
        "[text]() => text",
        // mentions, issue keys, attachments, anchors written the wiki way stay
        "[~jsmith] and [~j_doe] => [~jsmith] and [~j_doe]",
        "@jsmith => @jsmith",
        "[PROJ-123] and PROJ-456 => [PROJ-123] and PROJ-456",
        "[^file_v2.pdf] and [#my-anchor] => [^file_v2.pdf] and [#my-anchor]",
        // images
        "![](image.png) => !image.png!",
        "![A screenshot](http://x/y.png) => !http://x/y.png|alt=A screenshot!",
        "'![a, b|c](i.png)' => '!i.png|alt=a b c!'",
        // traps: text that must stay text in Jira
        "snake_case_name and my__dunder__name => snake_case_name and my__dunder__name",
        "__init__.py is bold in Markdown => *init*.py is bold in Markdown",
        "well-known 2024-01-15 => well-known 2024-01-15",
        "a - b and -v --verbose -Xmx1g => a - b and -v --verbose -Xmx1g",
        "5 * 3 and C++ and C# => 5 * 3 and C++ and C#",
        "\\*not bold\\* => \\*not bold\\*",
        "\\_not italic\\_ and \\~\\~x\\~\\~ => \\_not italic\\_ and \\~\\~x\\~\\~",
        "-not strike- and +not ins+ => \\-not strike\\- and \\+not ins\\+",
        "a literal \\* star => a literal * star",
        "{braces} and [brackets] and a|pipe => \\{braces} and \\[brackets] and a\\|pipe",
        "Use {{double}} braces => Use \\{\\{double}} braces",
        "!bang! and ??what?? => \\!bang! and \\?\\?what\\?\\?",
        "Really?? Yes! => Really?? Yes!",
        "-- not a list -- => -- not a list --",
        "Price ~5 USD or ~10 EUR => Price ~5 USD or ~10 EUR",
        "https://example.com/bare_url_-x-_y and more => https://example.com/bare_url_-x-_y and more",
        "see (https://x.com/a_b). => see (https://x.com/a_b).",
        "'h1. not a heading' => 'h1\\. not a heading'",
        "'bq. not a quote' => 'bq\\. not a quote'",
        "'h1.5 is a version' => 'h1.5 is a version'",
        "'\\# not a list' => '\\# not a list'",
        "'\\- not a list' => '\\- not a list'",
        "'\\* not a list' => '\\* not a list'",
        "'1\\. not a list' => '1. not a list'",
        "Smile :) (/) (x) => Smile :) (/) (x)",
    })
    void inline(String markdown, String wiki) {
        assertEquals(wiki, JiraMarkup.toWiki(markdown));
    }

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("paragraphs and soft breaks",
                        "one\ntwo\n\n\nthree",
                        "one\ntwo\n\nthree"),
                Arguments.of("hard breaks are newlines, which Jira shows as breaks",
                        "a  \nb\\\nc<br>d <br/> e",
                        "a\nb\nc\nd\ne"),
                Arguments.of("a line that would be strikethrough",
                        "foo\n-bar-",
                        "foo\n\\-bar\\-"),
                Arguments.of("setext heading",
                        "Title\n=====\n\nSub\n---",
                        "h1. Title\n\nh2. Sub"),
                Arguments.of("fenced code with language",
                        "```java\nint x = a*b; // _not_ [x] {y}\n```",
                        "{code:java}\nint x = a*b; // _not_ [x] {y}\n{code}"),
                Arguments.of("fenced code, language alias",
                        "~~~shell\nls *.txt\n~~~",
                        "{code:bash}\nls *.txt\n{code}"),
                Arguments.of("fenced code, language in upper case",
                        "```SQL\nselect 1\n```",
                        "{code:sql}\nselect 1\n{code}"),
                Arguments.of("fenced code without language",
                        "```\nplain *text*\n```",
                        "{noformat}\nplain *text*\n{noformat}"),
                Arguments.of("fenced code, language Jira does not know",
                        "```dockerfile\nFROM x\n```",
                        "{noformat}\nFROM x\n{noformat}"),
                Arguments.of("fenced code with title",
                        "```python title=\"x.py\"\nprint(1)\n```",
                        "{code:title=x.py|language=python}\nprint(1)\n{code}"),
                Arguments.of("fenced code with title only",
                        "``` title=\"notes.txt\"\nx\n```",
                        "{code:title=notes.txt}\nx\n{code}"),
                Arguments.of("code that holds the closing tag switches macro",
                        "```java\nString s = \"{code}\";\n```",
                        "{noformat}\nString s = \"{code}\";\n{noformat}"),
                Arguments.of("code keeps blank lines and indentation",
                        "```yaml\na:\n\n  b: *ref\n```",
                        "{code:yaml}\na:\n\n  b: *ref\n{code}"),
                Arguments.of("indented code",
                        "    indented *code*\n    block",
                        "{noformat}\nindented *code*\nblock\n{noformat}"),
                Arguments.of("bullet list with nesting",
                        "- one\n- two\n  - nested *it*\n    - deeper\n- three",
                        "* one\n* two\n** nested _it_\n*** deeper\n* three"),
                Arguments.of("other bullet markers",
                        "+ plus\n+ more\n\n* star",
                        "* plus\n* more\n\n* star"),
                Arguments.of("numbered list with mixing",
                        "1. item\n   - sub bullet\n   1. sub number\n2. item 2",
                        "# item\n#* sub bullet\n## sub number\n# item 2"),
                Arguments.of("list item with formatting and link",
                        "- item with **bold** and [link](http://x)",
                        "* item with *bold* and [link|http://x]"),
                Arguments.of("list item with a second paragraph",
                        "1. one\n   more\n\n   second para\n2. two",
                        "# one more\\\\second para\n# two"),
                Arguments.of("list item with a code block",
                        "1. Step\n   ```bash\n   run it\n   ```\n2. Next",
                        "# Step\n{code:bash}\nrun it\n{code}\n# Next"),
                Arguments.of("list right after a paragraph",
                        "Steps:\n- a\n- b",
                        "Steps:\n\n* a\n* b"),
                Arguments.of("table",
                        "| h1 | h2 |\n|:---|---:|\n| a | b \\| c |\n| `x\\|y` | [l](http://u) |\n| | ~~old~~ |",
                        "||h1||h2||\n|a|b \\| c|\n|{{x\\|y}}|[l|http://u]|\n| |-old-|"),
                Arguments.of("table with an empty header",
                        "| | |\n|---|---|\n| a | b |",
                        "|a|b|"),
                Arguments.of("single-line quote",
                        "> quote *here*",
                        "bq. quote _here_"),
                Arguments.of("multi-line quote",
                        "> line one\n> line two",
                        "{quote}\nline one\nline two\n{quote}"),
                Arguments.of("quote with blocks",
                        "> outer\n>\n> - item\n>\n> > nested",
                        "{quote}\nouter\n\n* item\n\nbq. nested\n{quote}"),
                Arguments.of("nested multi-line quote is flattened, {quote} does not nest",
                        "> outer\n>\n> > nested one\n> > nested two",
                        "{quote}\nouter\n\nnested one\nnested two\n{quote}"),
                Arguments.of("rules",
                        "a\n\n---\n\nb\n\n***\n\n___",
                        "a\n\n----\n\nb\n\n----\n\n----"),
                Arguments.of("reference links",
                        "[ref link][r] and [r]\n\n[r]: http://ref.example.com/r_1",
                        "[ref link|http://ref.example.com/r_1] and [r|http://ref.example.com/r_1]"),
                Arguments.of("html block is kept as text",
                        "<div>\n{html}\n</div>",
                        "<div>\n\\{html}\n</div>"),
                Arguments.of("windows line endings",
                        "# T\r\n\r\n- a\r\n- b\r\n",
                        "h1. T\n\n* a\n* b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void block(String name, String markdown, String wiki) {
        assertEquals(wiki, JiraMarkup.toWiki(markdown));
    }
}
