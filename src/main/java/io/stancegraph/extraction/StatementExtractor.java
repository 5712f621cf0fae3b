package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Extracts who said what, where and when from one article. Stateless and thread-safe; a new set of helpers is
 * built per article. Sentence by sentence: quotations with their cues ({@link DirectQuoteAttributor}), then
 * reported speech ({@link ReportedSpeechFinder}), the inner of two nested reports kept; then an interview's answers
 * ({@link InterviewAnswers}); at the end quoted fragments no statement covers ({@link QuotedFragments}). Each
 * statement gets its circumstances ({@link ContextDetector}).
 */
public final class StatementExtractor {

    /** A described speaker longer than this is a clause, not a description. */
    private static final int MAX_DESCRIPTION_TOKENS = 12;
    /** Words before a described source that belong to its description: "the complaint", "his lawyers". */
    private static final Set<String> DETERMINERS = WordLists.set("description-determiners");

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
        final DirectQuoteAttributor quotes;
        final QuotedFragments fragments;
        /** Tokens already owned by a direct quotation or its cue. */
        final boolean[] claimed;
        final List<Candidate> accepted = new ArrayList<>();

        Run(ArticleText article, ActorRegistry registry) {
            index = new ArticleIndex(article);
            mentions = new MentionIndex(index, registry, homeGovernment);
            speakers = new SpeakerResolver(index, mentions);
            finder = new ReportedSpeechFinder(speakers);
            context = new ContextDetector(index, mentions);
            claimed = new boolean[index.tokens.size()];
            quotes = new DirectQuoteAttributor(speakers, claimed);
            fragments = new QuotedFragments(index, speakers, claimed);
        }

        Token tok(int i) {
            return index.token(i);
        }

        Extraction extract() {
            for (int[] r : index.sentences) {
                List<Candidate> sentence = new ArrayList<>(quotes.find(r[0], r[1]));
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
                    speakers.remember(c);
                    accepted.add(c);
                }
                if (outer != null && hasQuote(r[0], r[1])) {
                    quotes.continueWith(outer);
                }
            }
            for (Candidate c : new InterviewAnswers(mentions, speakers).answers(accepted)) {
                int[] r = index.sentenceOf(c.start);
                addContext(c, r[0], r[1]);
                accepted.add(c);
            }
            for (Quotation q : index.quotes) {
                Candidate c = fragments.attribute(q, accepted);
                if (c != null) {
                    int[] r = index.sentenceOf(c.start);
                    addContext(c, r[0], r[1]);
                    accepted.add(c);
                }
            }
            accepted.sort(Comparator.comparingInt(c -> c.start));
            List<ExtractedStatement> statements = new ArrayList<>();
            for (Candidate c : accepted) {
                ExtractedStatement st = toStatement(c);
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

        /**
         * An outer report whose clause contains another cue gives way to the inner one; but a cue in a relative clause
         * of the outer one ("said the chip, which she said cut power by half, ...") is part of what the outer speaker
         * said, and by the same speaker it is no statement of its own.
         */
        private List<Candidate> dropNested(List<Candidate> found) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate a : found) {
                boolean outer = false;
                for (Candidate b : found) {
                    if (a != b && b.cueToken >= a.start && b.cueToken < a.end && b.end <= a.end + 2
                            && !b.inRelativeClause) {
                        outer = true;
                        break;
                    }
                    if (a != b && a.inRelativeClause && !b.inRelativeClause && a.cueToken >= b.start
                            && a.cueToken < b.end && !a.speakers.isEmpty() && a.speakers.equals(b.speakers)) {
                        outer = true;
                        break;
                    }
                    // a quoted fragment inside another statement's clause belongs to that statement
                    if (a != b && a.kind == QuoteKind.PARTIAL && b.kind != QuoteKind.PARTIAL
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

        private void addContext(Candidate c, int sFrom, int sTo) {
            int skipFrom = c.start;
            int skipTo = c.end;
            int cs = sFrom;
            int ce = sTo;
            if (c.kind == QuoteKind.DIRECT && c.cueToken >= 0 && c.cueToken < index.tokens.size()) {
                int[] r = index.sentenceOf(c.cueToken);
                cs = r[0];
                ce = r[1];
            }
            c.saidOn = context.date(cs, ce, skipFrom, skipTo);
            c.medium = context.medium(cs, ce, c.cueToken, skipFrom, skipTo);
            ExtractedEvent e = context.event(cs, ce, skipFrom, skipTo, c.speakers, c.saidOn, tok(c.start).paragraph);
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

        /** The last statement before {@code c}, in its paragraph or the two before, by a source described, not named. */
        private Candidate unnamedSourceBefore(Candidate c) {
            for (int h = accepted.indexOf(c) - 1; h >= 0; h--) {
                Candidate p = accepted.get(h);
                if (tok(c.start).paragraph - tok(p.start).paragraph > 2 || !p.speakers.isEmpty()) {
                    return null;
                }
                if (p.speakerRule != null && p.speakerRule.endsWith(":" + BareNames.UNNAMED)
                        && !p.speakerRule.contains("pronoun:")) {
                    return p;
                }
            }
            return null;
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

        private ExtractedStatement toStatement(Candidate c) {
            int start;
            int end;
            Quotation q = quotes.quotationOf(c);
            if (q != null) {
                start = q.contentStart();
                end = q.contentEnd();
            } else {
                if (c.start >= c.end) {
                    return null;
                }
                start = tok(c.start).start;
                end = tok(c.end - 1).end;
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
            // "the Foreign Secretary said": the statement words the speaker by that title, whoever it resolved to
            Mention named = mentions.at(c.speakerFrom);
            for (ExtractedActor a : c.speakers) {
                String role = named != null && named.type == Mention.Type.TITLE && named.role != null
                        && named.actors.contains(a) ? named.role : mentions.roleOf(a);
                Speaker sp = new Speaker(a.name, a.kind, role);
                if (!list.contains(sp)) {
                    list.add(sp);
                }
            }
            int paragraph = index.article.paragraphAt(start);
            return new ExtractedStatement(c.kind, body.substring(start, end), list, c.cue, paragraph, start, end,
                    c.saidOn, c.event, c.medium, c.speakerRule, speakerDescription(c));
        }

        /**
         * The words that describe a speaker the article does not name: a described source from its determiner to the
         * cue or the first punctuation ("two people familiar with the talks", "the complaint"), at most
         * {@value StatementExtractor#MAX_DESCRIPTION_TOKENS} tokens and without the auxiliaries and adverbs before
         * the cue, else the mention ("A senior government official", "the union", "his father"); null for a named
         * speaker or a pronoun.
         */
        private String speakerDescription(Candidate c) {
            if (c.continues != null && c.speakers.isEmpty()) {
                return speakerDescription(c.continues);
            }
            if (!c.speakers.isEmpty() || c.speakerRule == null || !c.speakerRule.endsWith(":" + BareNames.UNNAMED)) {
                return null;
            }
            if (c.speakerRule.contains("pronoun:")) {
                // "He added" going on with a source the article describes: that source's description
                Candidate source = unnamedSourceBefore(c);
                return source == null ? null : speakerDescription(source);
            }
            if (tok(c.speakerFrom) == null) {
                return null;
            }
            Mention m = mentions.at(c.speakerFrom);
            boolean walk = m == null || c.speakerRule.contains("description:") || c.speakerRule.contains("indefinite:")
                    || c.speakerRule.contains("relation:");
            int from = walk ? c.speakerFrom : m.from;
            int to = walk ? from : m.to;
            if (walk) {
                if (tok(from - 1) != null && DETERMINERS.contains(tok(from - 1).lower)) {
                    from--;
                }
                while (tok(to) != null && tok(to).word && to != c.cueToken && !tok(to).inQuote()
                        && tok(to).sentence == tok(from).sentence && to - from <= MAX_DESCRIPTION_TOKENS) {
                    to++;
                }
                // "importers have warned", "a critic once wrote"
                while (to > from && tok(to - 1).has(WordClass.SKIPPABLE)) {
                    to--;
                }
                if (to - from > MAX_DESCRIPTION_TOKENS) {
                    return null;
                }
            }
            return to > from ? index.body.substring(tok(from).start, tok(to - 1).end) : null;
        }
    }
}
