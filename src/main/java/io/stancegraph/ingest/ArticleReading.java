package io.stancegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.stancegraph.extraction.ArticleReaders;
import io.stancegraph.extraction.ArticleText;
import io.stancegraph.extraction.UnreadableArticleException;
import io.stancegraph.platform.InvalidInputException;

/** Turns submitted bytes or text into an article text, with the submitter's metadata overriding what the text says. */
@ApplicationScoped
public class ArticleReading {

    private final ArticleReaders readers;

    public ArticleReading(@ConfigProperty(name = "stancegraph.ingest.max-bytes") int maxBytes) {
        this.readers = new ArticleReaders(maxBytes);
    }

    public ArticleText read(byte[] bytes, ArticleFormat format, LocalDate publishedOn, String outlet, String url,
            String headline) {
        try {
            String text = readers.decode(bytes);
            ArticleText article = switch (format == null ? detect(text) : format) {
                case HTML -> readers.html(text, url);
                case SEED -> readers.seed(text, outlet, url);
                case TEXT -> readers.plainText(text, publishedOn, outlet, url, headline);
            };
            return new ArticleText(article.body(), article.paragraphs(),
                    publishedOn != null ? publishedOn : article.publishedOn(),
                    blank(outlet) ? article.outlet() : outlet.strip(),
                    blank(url) ? article.url() : url.strip(),
                    blank(headline) ? article.headline() : headline.strip());
        } catch (UnreadableArticleException e) {
            throw new InvalidInputException(e.getMessage(), "text");
        }
    }

    public ArticleText read(String text, ArticleFormat format, LocalDate publishedOn, String outlet, String url,
            String headline) {
        if (text == null) {
            throw new InvalidInputException("article is empty", "text");
        }
        return read(text.getBytes(StandardCharsets.UTF_8), format, publishedOn, outlet, url, headline);
    }

    /** HTML by its markup, the seed format by its date line, plain text otherwise. */
    static ArticleFormat detect(String text) {
        String start = text.stripLeading();
        String head = start.substring(0, Math.min(start.length(), 200)).toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
            return ArticleFormat.HTML;
        }
        if (start.matches("(?s)^date \\d{4}-\\d{2}-\\d{2}.*")) {
            return ArticleFormat.SEED;
        }
        return ArticleFormat.TEXT;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
