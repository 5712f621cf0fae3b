package io.stancegraph.extraction;

/**
 * Reads an office title before a name or standing alone: its words ("former US defence secretary", "Schools
 * Minister", "President of the European Commission"), where its last head word is, its country, whether it is a
 * former office; and a place or club before a title ("Kerala Finance Minister Thomas Varghese").
 */
final class TitleScanner extends TokenReader {

    /** A title: the index of its last head word (-1 if none), its country (or null), and whether it is former. */
    record TitleScan(int lastHead, String country, boolean former) {
    }

    TitleScanner(ArticleIndex index) {
        super(index);
    }

    /** The office title starting at {@code from}, within the paragraph. */
    TitleScan scan(int from, int paragraph) {
        int k = from;
        int lastHead = -1;
        String country = null;
        boolean former = false;
        while (k < index.tokens.size() && (MentionScanner.titleWord(tok(k)) || portfolio(k)
                || k > from && tok(k).is("and") && portfolio(k - 1)) && tok(k).paragraph == paragraph) {
            Token tk = tok(k);
            String c = tk.country();
            if (c != null && tk.capitalised()) {
                country = c;
            }
            if (tk.is("former")) {
                former = true;
            }
            if (TitleLexicon.isTitleHead(tk) || (tk.is("executive") && k > from && tok(k - 1).is("chief"))) {
                lastHead = k;
            }
            if (MentionScanner.possessive(tk)) {
                if (c == null) {
                    break;
                }
                k++;
                continue;
            }
            // "President of the European Commission"
            int orgEnd = tk.has(WordClass.TITLE_HEAD) ? organisationAfterOf(k) : -1;
            if (orgEnd > 0) {
                lastHead = orgEnd;
                break;
            }
            k++;
        }
        return new TitleScan(lastHead, country, former);
    }

    /** "President of the European Commission": the last organisation or country word after "of", or -1. */
    private int organisationAfterOf(int head) {
        if (tok(head + 1) == null || !tok(head + 1).is("of")) {
            return -1;
        }
        int m = head + 2;
        if (tok(m) != null && tok(m).is("the")) {
            m++;
        }
        int orgEnd = -1;
        while (tok(m) != null && tok(m).capitalised()) {
            // "Chancellor of the Exchequer", "Secretary of State": a word of the office's own name ends it too
            if (Gazetteer.ORGANISATION_WORDS.contains(tok(m).text) || Gazetteer.countryOfWord(tok(m).text) != null
                    || tok(m).titleWord()) {
                orgEnd = m;
            }
            m++;
        }
        return orgEnd > 0 ? portfolioAfterFor(orgEnd) : orgEnd;
    }

    /** "Secretary of State for Health and Social Care": the last word of the portfolio after "for", else {@code end}. */
    private int portfolioAfterFor(int end) {
        if (tok(end + 1) == null || !tok(end + 1).is("for")) {
            return end;
        }
        int last = end;
        for (int k = end + 2; tok(k) != null && (tok(k).capitalised() && tok(k).word
                || tok(k).is("and") && tok(k + 1) != null && tok(k + 1).capitalised()); k++) {
            if (tok(k).capitalised()) {
                last = k;
            }
        }
        // "Secretary of State for Health Wes Streeting": the holder's name is no part of the portfolio
        return Portfolios.nameAfter(index.tokens, end + 2, last + 1) - 1;
    }

    /**
     * "Kerala Finance Minister Thomas Varghese", "Stourford boss Mick Danson": up to three capitalised words naming a
     * place or club, then a title followed by a name. The title, or null.
     */
    TitleScan placeBeforeTitle(int j, int paragraph) {
        int q = j;
        while (q < j + 3 && tok(q) != null && tok(q).capitalised() && !MentionScanner.titleWord(tok(q))
                && !MentionScanner.possessive(tok(q)) && !tok(q).honorific() && !NameReader.isStopWord(tok(q))
                && tok(q).paragraph == paragraph) {
            q++;
        }
        if (q > j && tok(q) != null && MentionScanner.titleWord(tok(q))
                && (tok(q).capitalised() || TitleLexicon.isTitleHead(tok(q)))) {
            TitleScan placed = scan(q, paragraph);
            Token afterTitle = placed.lastHead() >= 0 ? tok(placed.lastHead() + 1) : null;
            if (afterTitle != null && afterTitle.capitalised() && afterTitle.word
                    && !MentionScanner.possessive(tok(placed.lastHead()))) {
                return placed;
            }
        }
        return null;
    }

    /**
     * "Schools" in "Schools Minister Hannah Doyle", "Financial" in "Chief Financial Officer Lee Soo-jin", "Labour" in
     * "Labour and Employment Adviser Mahfuza Rahman": a capitalised word naming the office's portfolio, right before
     * the office or joined by "and" to another such word.
     */
    private boolean portfolio(int k) {
        Token t = tok(k);
        if (!portfolioWord(t)) {
            return false;
        }
        // "Starmer and Foreign Secretary David Lammy": only a portfolio's word goes on with "and"
        int office = tok(k + 1) != null && tok(k + 1).is("and") && tok(k + 1).paragraph == t.paragraph
                && Portfolios.isPortfolioWord(t) && portfolioWord(tok(k + 2)) ? k + 3 : k + 1;
        Token next = tok(office);
        return next != null && next.capitalised() && (Portfolios.governmentOffice(next) || next.is("officer"));
    }

    private static boolean portfolioWord(Token t) {
        return t != null && t.word && t.capitalised() && !t.honorific() && !MentionScanner.possessive(t);
    }
}
