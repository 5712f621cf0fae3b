package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReadersTest {
    private final ArticleReaders readers = new ArticleReaders();

    @Test
    void plainTextParagraphsAreJoinedByBlankLines() {
        ArticleText a = readers.plainText("First line\ncontinues.\n\n\nSecond paragraph.", null, null, null, null);
        assertThat(a.body()).isEqualTo("First line continues.\n\nSecond paragraph.");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphText(1)).isEqualTo("Second paragraph.");
        assertThat(a.paragraphAt(a.paragraphs().get(1).start() + 3)).isEqualTo(1);
    }

    @Test
    void aFirstLineWithoutAFullStopIsTheHeadlineAndYieldsNoStatement() {
        String headline = "Macron urges Europe to rearm as Lammy rules out Nato shortcut for Kyiv";
        String body = "Emmanuel Macron said on Thursday that Europe must spend far more on its own defence, and soon, "
                + "whatever the United States decides.";
        for (String text : List.of(headline + "\n\n" + body, headline + "\n" + body)) {
            ArticleText a = readers.plainText(text, LocalDate.of(2025, 2, 14), null, null, null);
            assertThat(a.headline()).isEqualTo(headline);
            assertThat(a.body()).isEqualTo(body);
            assertThat(new StatementExtractor().extract(a).statements()).singleElement()
                    .satisfies(s -> assertThat(s.text()).startsWith("Europe must spend"));
        }
        // a headline the sender gives is kept; the line is still no part of the body
        assertThat(readers.plainText(headline + "\n\n" + body, null, null, null, "Given").headline()).isEqualTo("Given");
        // a sentence going on in wrapped text is body
        ArticleText wrapped = readers.plainText("Emmanuel Macron said on Thursday that Europe\nmust spend more.\n\n"
                + "He spoke in Paris.", null, null, null, null);
        assertThat(wrapped.headline()).isNull();
        assertThat(wrapped.paragraphText(0)).isEqualTo("Emmanuel Macron said on Thursday that Europe must spend more.");
    }

    @Test
    void seedFormatDropsBoilerplateAndReadsTheDate() {
        String seed = " date 2025-03-04 Your support helps us to tell the story Read more\n\nBody one.\n\nBody two.\n";
        ArticleText a = readers.seed(seed, "The Outlet", null);
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(a.body()).isEqualTo("Body one.\n\nBody two.");
    }

    @Test
    void htmlKeepsParagraphsAndDropsFurniture() {
        String html = "<html><head><title>T</title><meta property='article:published_time' content='2025-01-02T10:00'>"
                + "</head><body><h1>Headline</h1><script>var x=1;</script><article><p>First <b>para</b>.</p>"
                + "<figure><figcaption>A caption</figcaption></figure><div class='share-tools'><p>Share this</p></div>"
                + "<p>Sign up to our newsletter</p><p>Second para.</p></article></body></html>";
        ArticleText a = readers.html(html, "https://example.org/x");
        assertThat(a.body()).isEqualTo("First para.\n\nSecond para.");
        assertThat(a.headline()).isEqualTo("Headline");
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> readers.decode(new byte[0])).isInstanceOf(UnreadableArticleException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> readers.decode(new byte[]{'a', 0, 'b'})).hasMessageContaining("binary");
        assertThatThrownBy(() -> readers.decode(new byte[]{(byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> new ArticleReaders(10).decode("0123456789ABC".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> readers.html("<html><body>   </body></html>", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no body");
    }
}
