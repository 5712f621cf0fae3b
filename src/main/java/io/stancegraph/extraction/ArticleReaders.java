package io.stancegraph.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns plain text, seed files and HTML pages into {@link ArticleText}. */
public final class ArticleReaders {

    /** Default size limit: about 2 MB. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
    private static final Pattern SEED_DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Lines no longer than this throughout a text are taken to be wrapped, not one paragraph or sentence each. */
    private static final int WRAPPED_WIDTH = 100;
    /** Paragraph-level blurbs that are page furniture, not reporting. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(sign up|subscribe|share (this|on)|follow us|read more|related:|advertisement|click here|"
                    + "get our|join our|support (us|now)|newsletter|copyright|©|image caption|photo:|picture:)");
    private static final String DROPPED_ELEMENTS = "script, style, noscript, template, iframe, svg, form, button, nav, "
            + "header, footer, aside, figure, figcaption, picture, video, audio, [class*=share], [class*=newsletter], "
            + "[class*=caption], [class*=related], [class*=promo], [class*=advert], [id*=newsletter], [aria-hidden=true]";

    private final int maxBytes;

    public ArticleReaders() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReaders(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** Decodes bytes as strict UTF-8 after checking size and that the content is text. */
    public String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableArticleException("article is empty");
        }
        if (bytes.length > maxBytes) {
            throw new UnreadableArticleException("article is too large: " + bytes.length + " bytes, limit " + maxBytes);
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableArticleException("article looks binary (contains NUL bytes)");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 20 > bytes.length) {
            throw new UnreadableArticleException("article looks binary (too many control characters)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException("article is not valid UTF-8");
        }
    }

    /**
     * Plain text: paragraphs separated by blank lines; line breaks inside a paragraph become spaces. A first line
     * that ends without closing punctuation and has text after it is the headline, not the body (see
     * {@link #headlineLineEnd}): the given headline, when there is one, is kept instead.
     */
    public ArticleText plainText(String text, LocalDate publishedOn, String outlet, String url, String headline) {
        checkText(text);
        String normalised = normaliseNewlines(text).strip();
        int headlineEnd = headlineLineEnd(normalised);
        if (headlineEnd < 0) {
            return build(paragraphs(normalised), publishedOn, outlet, url, headline);
        }
        String firstLine = WHITESPACE.matcher(normalised.substring(0, headlineEnd)).replaceAll(" ").strip();
        return build(paragraphs(normalised.substring(headlineEnd)), publishedOn, outlet, url,
                headline == null || headline.isBlank() ? firstLine : headline);
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(text)) {
            String p = WHITESPACE.matcher(block).replaceAll(" ").strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    /**
     * Where the first line ends when it is a headline ("Macron urges Europe to rearm as Lammy rules out Nato shortcut
     * for Kyiv"), else -1. Headlines end without a full stop; a sentence ends with one, or with a quotation closed
     * after one. The line is a headline when a blank line follows it, or when a line opening with a capital or a
     * quotation mark follows it in a text whose lines are not wrapped (one is over {@value #WRAPPED_WIDTH}
     * characters): in wrapped text a first line without a full stop is a sentence going on.
     */
    private static int headlineLineEnd(String text) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0) {
            return -1;
        }
        String line = text.substring(0, lineEnd).strip();
        String rest = text.substring(lineEnd).strip();
        if (line.isEmpty() || rest.isEmpty() || closesSentence(line)) {
            return -1;
        }
        boolean blankLineAfter = text.substring(lineEnd + 1).matches("(?s)[ \\t\\x0B\\f]*\n.*");
        char next = rest.charAt(0);
        boolean opensParagraph = Character.isUpperCase(next) || "\"“‘'".indexOf(next) >= 0;
        boolean wrapped = text.lines().allMatch(l -> l.length() <= WRAPPED_WIDTH);
        return blankLineAfter || opensParagraph && !wrapped ? lineEnd : -1;
    }

    /** Ends a sentence: ". ! ? : ; …", or a closing quotation mark or bracket after one of them or a comma. */
    private static boolean closesSentence(String line) {
        String stops = ".!?:;…";
        char last = line.charAt(line.length() - 1);
        if (stops.indexOf(last) >= 0) {
            return true;
        }
        return "\"”’')]".indexOf(last) >= 0 && line.length() > 1
                && (stops + ",").indexOf(line.charAt(line.length() - 2)) >= 0;
    }

    /**
     * Seed format: the first line starts with " date YYYY-MM-DD" followed by an outlet boilerplate paragraph
     * (dropped); then a blank line and the body paragraphs.
     */
    public ArticleText seed(String text, String outlet, String url) {
        checkText(text);
        String normalised = normaliseNewlines(text);
        int firstBreak = indexOfBlankLine(normalised);
        String header = firstBreak < 0 ? normalised : normalised.substring(0, firstBreak);
        Matcher m = SEED_DATE_LINE.matcher(header);
        if (!m.find()) {
            throw new UnreadableArticleException("seed article does not start with a ' date YYYY-MM-DD' line");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            throw new UnreadableArticleException("seed article has an invalid date: " + m.group(1));
        }
        if (firstBreak < 0) {
            throw new UnreadableArticleException("seed article has no body after the boilerplate");
        }
        return build(paragraphs(normalised.substring(firstBreak)), date, outlet, url, null);
    }

    /** HTML: paragraph structure from p/h2-h6/li/blockquote; scripts, captions, share and newsletter blurbs dropped. */
    public ArticleText html(String html, String url) {
        checkText(html);
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        Element body = doc.body();
        if (body == null || body.text().isBlank()) {
            throw new UnreadableArticleException("HTML page has no body text");
        }
        String headline = null;
        Element h1 = body.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            headline = h1.text().strip();
        } else if (!doc.title().isBlank()) {
            headline = doc.title().strip();
        }
        LocalDate published = metaDate(doc);
        String outlet = metaContent(doc, "meta[property=og:site_name]");
        body.select(DROPPED_ELEMENTS).remove();
        Element root = body.selectFirst("article");
        if (root == null) {
            root = body;
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element el : root.select("p, h2, h3, h4, h5, h6, li, blockquote")) {
            if (!el.select("p, li").isEmpty() && !el.tagName().equals("p")) {
                continue; // a container: its own paragraphs are read individually
            }
            String text = WHITESPACE.matcher(el.text()).replaceAll(" ").strip();
            if (text.isEmpty() || FURNITURE.matcher(text).find()) {
                continue;
            }
            paragraphs.add(text);
        }
        if (paragraphs.isEmpty()) {
            String text = WHITESPACE.matcher(root.text()).replaceAll(" ").strip();
            if (text.isEmpty()) {
                throw new UnreadableArticleException("HTML page has no body text");
            }
            paragraphs.add(text);
        }
        return build(paragraphs, published, outlet, url, headline);
    }

    /** Reads a file's bytes, choosing the reader by extension (.html/.htm) or by the seed date line. */
    public ArticleText read(byte[] bytes, String fileName) {
        String text = decode(bytes);
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return html(text, null);
        }
        if (SEED_DATE_LINE.matcher(text).find() && text.stripLeading().startsWith("date")) {
            return seed(text, null, null);
        }
        return plainText(text, null, null, null, null);
    }

    private ArticleText build(List<String> paragraphs, LocalDate publishedOn, String outlet, String url,
                              String headline) {
        if (paragraphs.isEmpty()) {
            throw new UnreadableArticleException("article has no body paragraphs");
        }
        return ArticleText.of(paragraphs, publishedOn, outlet, url, headline);
    }

    private void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableArticleException("article is empty");
        }
        if (text.length() > maxBytes) {
            throw new UnreadableArticleException("article is too large: " + text.length() + " characters, limit " + maxBytes);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableArticleException("article looks binary (contains NUL characters)");
        }
    }

    private static String normaliseNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int indexOfBlankLine(String text) {
        Matcher m = BLANK_LINE.matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static String metaContent(Document doc, String selector) {
        Element meta = doc.selectFirst(selector);
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static LocalDate metaDate(Document doc) {
        String[] selectors = {"meta[property=article:published_time]", "meta[name=date]", "meta[itemprop=datePublished]",
                "time[datetime]"};
        for (String selector : selectors) {
            Element el = doc.selectFirst(selector);
            if (el == null) {
                continue;
            }
            String value = el.hasAttr("content") ? el.attr("content") : el.attr("datetime");
            if (value.length() >= 10) {
                try {
                    return LocalDate.parse(value.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // try the next source
                }
            }
        }
        return null;
    }
}
