package io.stancegraph.ingest.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Extracts who said what, where and when from one article. Stateless and thread-safe; a new set of helpers is
 * built per article.
 */
public final class StatementExtractor {

    private static final Set<String> NAMING_WORDS = Words.set("so-called", "dubbed", "nicknamed", "known", "titled",
            "entitled", "named", "codenamed", "branded", "called");

    private final String homeGovernment;

    /** An extractor whose "the Government" / "Ministers" mean the UK Government. */
    public StatementExtractor() {
        this("UK Government");
    }

    /** @param homeGovernment canonical name of the government that "the Government" and "Ministers" refer to */
    public StatementExtractor(String homeGovernment) {
        this.homeGovernment = homeGovernment;
    }

    public Extraction extract(ArticleText article, ActorRegistry registry) {
        return new Run(article, registry == null ? ActorRegistry.EMPTY : registry).extract();
    }

    public Extraction extract(ArticleText article) {
        return extract(article, ActorRegistry.EMPTY);
    }

    private final class Run {
        final ArticleIndex index;
        final MentionIndex mentions;
        final SpeakerResolver speakers;
        final ReportedSpeechFinder finder;
        final ContextDetector context;
        final boolean[] claimed;
        final List<Candidate> accepted = new ArrayList<>();
        /** Speakers of the last quotation-bearing statement, continued by floating quote paragraphs. */
        List<Actor> lastQuoteSpeakers = List.of();
        Candidate lastOuter;

        Run(ArticleText article, ActorRegistry registry) {
            index = new ArticleIndex(article);
            mentions = new MentionIndex(index, registry, homeGovernment);
            speakers = new SpeakerResolver(index, mentions);
            finder = new ReportedSpeechFinder(index, mentions, speakers);
            context = new ContextDetector(index, mentions);
            claimed = new boolean[index.tokens.size()];
        }

        Token tok(int i) {
            return index.token(i);
        }

        Extraction extract() {
            for (int s = 0; s < index.sentences.size(); s++) {
                int[] r = index.sentences.get(s);
                List<Candidate> sentence = new ArrayList<>();
                sentence.addAll(directQuotes(r[0], r[1]));
                List<Candidate> reported = finder.find(r[0], r[1], claimed);
                Candidate outer = null;
                for (Candidate c : reported) {
                    if (outer == null || c.cueToken < outer.cueToken) {
                        outer = c;
                    }
                }
                sentence.addAll(dropNested(reported));
                sentence.sort(Comparator.comparingInt(c -> c.start));
                for (Candidate c : sentence) {
                    addContext(c, r[0], r[1]);
                    speakers.history.add(c);
                    accepted.add(c);
                }
                if (outer != null && hasQuote(r[0], r[1])) {
                    lastQuoteSpeakers = outer.speakers;
                    lastOuter = outer;
                }
            }
            partialFallback();
            accepted.sort(Comparator.comparingInt(c -> c.start));
            List<Statement> statements = new ArrayList<>();
            for (Candidate c : accepted) {
                Statement st = toStatement(c);
                if (st != null) {
                    statements.add(st);
                }
            }
            return new Extraction(statements, mentions.summary(), List.copyOf(context.events.values()));
        }

        private boolean hasQuote(int from, int to) {
            for (int k = from; k < to; k++) {
                if (tok(k).inQuote()) {
                    return true;
                }
            }
            return false;
        }

        /** An outer report whose clause contains another cue gives way to the inner one. */
        private List<Candidate> dropNested(List<Candidate> found) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate a : found) {
                boolean outer = false;
                for (Candidate b : found) {
                    if (a != b && b.cueToken >= a.start && b.cueToken < a.end && b.end <= a.end + 2) {
                        outer = true;
                        break;
                    }
                    // a quoted fragment inside another statement's clause belongs to that statement
                    if (a != b && a.kind == StatementKind.PARTIAL && b.kind != StatementKind.PARTIAL
                            && a.start >= b.start && a.end <= b.end) {
                        outer = true;
                        break;
                    }
                }
                if (!outer) {
                    kept.add(a);
                }
            }
            return kept;
        }

        // ------------------------------------------------------------ direct quotations

        private List<Candidate> directQuotes(int sFrom, int sTo) {
            List<Candidate> out = new ArrayList<>();
            for (Quotation q : index.quotes) {
                int openTok = index.tokenAt(q.open());
                if (openTok < sFrom || openTok >= sTo) {
                    continue;
                }
                Candidate c = attribute(q, openTok, sFrom, sTo);
                if (c != null) {
                    out.add(c);
                    int first = index.tokenAt(q.contentStart());
                    for (int k = first; k < index.tokens.size() && tok(k).end <= q.contentEnd(); k++) {
                        claimed[k] = true;
                    }
                    lastQuoteSpeakers = c.speakers;
                }
            }
            return out;
        }

        private Candidate attribute(Quotation q, int openTok, int sFrom, int sTo) {
            int first = openTok + 1;
            int last = index.tokenAt(q.contentEnd()) - 1;
            if (last < first || words(first, last + 1) < 2) {
                return null;
            }
            Paragraph p = index.article.paragraphs().get(q.firstParagraph());
            boolean opensParagraph = q.open() == p.start();
            int afterClose = last + 2; // token after the closing mark
            if (opensParagraph) {
                // "..." X said.  /  "...," said X.
                int sentenceEnd = q.close() >= 0 ? index.sentenceOf(last + 1)[1] : -1;
                for (int k = afterClose; sentenceEnd > 0 && k < Math.min(sentenceEnd, afterClose + 8); k++) {
                    Token t = tok(k);
                    String lemma = ReportingVerbs.lemma(t.lower);
                    if (lemma == null || t.inQuote()) {
                        continue;
                    }
                    int[] from = {-1};
                    List<Actor> who = speakers.speakerBefore(k, afterClose, from);
                    if (who.isEmpty()) {
                        Mention after = speakers.mentionAfter(k + 1);
                        if (after != null) {
                            who = speakers.resolve(after, k);
                            from[0] = after.from;
                        }
                    }
                    if (!who.isEmpty()) {
                        claimed[k] = true;
                        return direct(q, lemma, k, from[0], who);
                    }
                }
                // a floating quotation paragraph continues the previous speaker
                if (!lastQuoteSpeakers.isEmpty() && isWholeParagraph(q)) {
                    Candidate c = direct(q, lastOuter != null ? lastOuter.cue : "say", -1, -1, lastQuoteSpeakers);
                    c.continuation = true;
                    return c;
                }
                return null;
            }
            // X said: "..."  /  X told the BBC: "..."  /  ..., saying: "..."
            Token before = tok(openTok - 1);
            if (before != null && before.is(":")) {
                for (int k = openTok - 2; k >= sFrom; k--) {
                    Token t = tok(k);
                    if (t.inQuote()) {
                        break;
                    }
                    String lemma = ReportingVerbs.lemma(t.lower);
                    if (lemma == null || t.capitalised()) {
                        continue;
                    }
                    List<Actor> who = speakerFor(k, sFrom);
                    if (!who.isEmpty()) {
                        claimed[k] = true;
                        Candidate c = direct(q, lemma, k, k, who);
                        return c;
                    }
                }
            }
            return null;
        }

        private List<Actor> speakerFor(int cue, int sFrom) {
            int[] from = {-1};
            Token t = tok(cue);
            if (t.lower.endsWith("ing")) {
                Mention m = mentions.at(cue - 1);
                if (m != null && m.to == cue) {
                    return speakers.speakerBefore(cue, sFrom, from);
                }
                return speakers.nearestSubject(sFrom, cue);
            }
            int start = sFrom;
            // "Asked whether ..., Ms X told ...", "In a letter to Sir Keir, she said"
            List<Actor> who = speakers.speakerBefore(cue, start, from);
            if (who.isEmpty()) {
                who = speakers.mainSubject(sFrom, cue);
            }
            return who;
        }

        private boolean isWholeParagraph(Quotation q) {
            Paragraph last = index.article.paragraphs().get(q.lastParagraph());
            int close = q.close() >= 0 ? q.close() + 1 : q.contentEnd();
            String rest = index.body.substring(close, last.end()).strip();
            return rest.isEmpty() || rest.equals(".");
        }

        private Candidate direct(Quotation q, String cue, int cueToken, int speakerFrom, List<Actor> who) {
            int first = index.tokenAt(q.contentStart());
            Candidate c = new Candidate(StatementKind.DIRECT, first, index.tokenAt(q.contentEnd()), cue);
            c.cueToken = cueToken >= 0 ? cueToken : first;
            c.speakerFrom = speakerFrom >= 0 ? speakerFrom : first;
            c.speakers.addAll(who);
            c.sentence = tok(first).sentence;
            directQuote.put(c, q);
            return c;
        }

        final java.util.Map<Candidate, Quotation> directQuote = new java.util.HashMap<>();

        // ------------------------------------------------------------ quoted fragments

        private void partialFallback() {
            for (Quotation q : index.quotes) {
                int first = index.tokenAt(q.contentStart());
                int last = index.tokenAt(q.contentEnd()) - 1;
                if (last < first || claimed[first] || covered(first, last)) {
                    continue;
                }
                if (namingQuote(first, last)) {
                    continue;
                }
                int[] r = index.sentenceOf(first);
                if (tok(r[0]).is("asked")) {
                    continue;
                }
                for (int k = first - 2; k >= r[0]; k--) {
                    Token t = tok(k);
                    if (t.inQuote() || !t.word || t.capitalised()) {
                        continue;
                    }
                    String lemma = ReportingVerbs.lemma(t.lower);
                    if (lemma == null) {
                        continue;
                    }
                    int[] from = {-1};
                    List<Actor> who = speakers.speakerBefore(k, r[0], from);
                    if (who.isEmpty()) {
                        who = speakers.mainSubject(r[0], k);
                    }
                    if (who.isEmpty()) {
                        break;
                    }
                    Candidate c = new Candidate(StatementKind.PARTIAL, first, last + 1, lemma);
                    c.cueToken = k;
                    c.speakerFrom = from[0];
                    c.speakers.addAll(who);
                    c.sentence = t.sentence;
                    addContext(c, r[0], r[1]);
                    accepted.add(c);
                    break;
                }
            }
        }

        private boolean covered(int first, int last) {
            for (Candidate c : accepted) {
                if (first < c.end && last >= c.start) {
                    return true;
                }
            }
            return false;
        }

        /** The "Quint": a name or title in quotes, or a quote introduced by so-called / dubbed / known as. */
        private boolean namingQuote(int first, int last) {
            Token before = tok(first - 2);
            if (before != null && NAMING_WORDS.contains(before.lower)
                    && !(before.is("called") && tok(first - 3) != null && !tok(first - 3).is("the"))) {
                return true;
            }
            if (before != null && before.is("as") && tok(first - 3) != null && tok(first - 3).is("known")) {
                return true;
            }
            int words = 0;
            boolean allCapitalised = true;
            for (int k = first; k <= last; k++) {
                if (tok(k).word) {
                    words++;
                    allCapitalised &= tok(k).capitalised() || tok(k).is("of") || tok(k).is("the");
                }
            }
            return words <= 4 && allCapitalised;
        }

        // ------------------------------------------------------------ circumstances

        private void addContext(Candidate c, int sFrom, int sTo) {
            int skipFrom = c.kind == StatementKind.DIRECT ? c.start : c.start;
            int skipTo = c.end;
            int cs = sFrom;
            int ce = sTo;
            if (c.kind == StatementKind.DIRECT && c.cueToken >= 0 && c.cueToken < index.tokens.size()) {
                int[] r = index.sentenceOf(c.cueToken);
                cs = r[0];
                ce = r[1];
            }
            c.saidOn = context.date(cs, ce, skipFrom, skipTo);
            c.medium = context.medium(cs, ce, c.cueToken, skipFrom, skipTo);
            Event e = context.event(cs, ce, skipFrom, skipTo, c.speakers, c.saidOn, tok(c.start).paragraph);
            c.event = e != null ? e.name() : null;
            // a continuation ("he added", a floating quote) keeps the circumstances of the statement it continues
            Candidate prev = previousBySameSpeaker(c);
            if (prev != null) {
                if (c.saidOn == null) {
                    c.saidOn = prev.saidOn;
                }
                if (c.event == null) {
                    c.event = prev.event;
                }
                if (c.medium == null) {
                    c.medium = prev.medium;
                }
            }
        }

        private Candidate previousBySameSpeaker(Candidate c) {
            for (int h = accepted.size() - 1; h >= 0; h--) {
                Candidate p = accepted.get(h);
                int gap = tok(c.start).paragraph - tok(p.start).paragraph;
                if (gap > 2) {
                    return null;
                }
                if (p.speakers.equals(c.speakers) && p != c) {
                    return p;
                }
            }
            return null;
        }

        private Statement toStatement(Candidate c) {
            int start;
            int end;
            Quotation q = directQuote.get(c);
            if (q != null) {
                start = q.contentStart();
                end = q.contentEnd();
            } else {
                if (c.start >= c.end) {
                    return null;
                }
                start = tok(c.start).start;
                end = tok(c.end - 1).end;
                // a fragment keeps its own marks only when it is the whole text
                if (c.kind == StatementKind.PARTIAL) {
                    start = tok(c.start).start;
                }
            }
            String body = index.body;
            while (end > start && (body.charAt(end - 1) == ',' || Character.isWhitespace(body.charAt(end - 1)))) {
                end--;
            }
            while (start < end && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            if (end <= start) {
                return null;
            }
            List<Speaker> list = new ArrayList<>();
            for (Actor a : c.speakers) {
                Speaker sp = new Speaker(a.name, a.kind, mentions.roleOf(a));
                if (!list.contains(sp)) {
                    list.add(sp);
                }
            }
            int paragraph = index.article.paragraphAt(start);
            return new Statement(c.kind, body.substring(start, end), list, c.cue, paragraph, start, end, c.saidOn,
                    c.event, c.medium);
        }

        private int words(int from, int to) {
            int n = 0;
            for (int k = from; k < to; k++) {
                if (tok(k).word) {
                    n++;
                }
            }
            return n;
        }
    }
}
