package io.stancegraph.extraction;

import java.util.Set;

/**
 * Unnamed sources speaking for an organisation: "a source at the department" (the ministry or department named
 * last; {@code source:department}), "insiders at the Ministry of Defence", "a spokesperson for the Treasury",
 * "sources close to the Kremlin" ({@code source:organisation}), "a spokesman for the Prime Minister" (the office's
 * institution, {@code office-spokesperson}), and "the spokesman" for the organisation a
 * spokesperson last spoke for ({@code source:last-spokes-organisation}).
 */
final class SourceMentions extends ScannerRule {

    /** "a source at", "a spokesperson for", "insiders within". */
    private static final Set<String> PREPOSITIONS = WordLists.set("source-prepositions");

    SourceMentions(MentionScanner scanner) {
        super(scanner);
    }

    @Override
    public Mention at(int i, Token t) {
        int j = i;
        if (t.is("a") || t.is("an") || t.is("the")) {
            j++;
        }
        while (tok(j) != null && (tok(j).is("senior") || tok(j).is("government") || tok(j).is("official")
                && tok(j + 1) != null && tok(j + 1).has(WordClass.SOURCE_WORD))) {
            j++;
        }
        Token w = tok(j);
        if (w == null || !w.has(WordClass.SOURCE_WORD)) {
            return null;
        }
        int p = j + 1;
        if (tok(p) != null && tok(p).is("close") && tok(p + 1) != null && tok(p + 1).is("to")) {
            p += 2;
        } else if (tok(p) != null && PREPOSITIONS.contains(tok(p).lower)) {
            p++;
        } else {
            if (t.is("the") && w.has(WordClass.SPOKESPERSON) && scanner.lastSpokesOrganisation != null) {
                return scanner.mention(i, j + 1, Mention.Type.SPOKESPERSON, "source:last-spokes-organisation")
                        .of(scanner.lastSpokesOrganisation);
            }
            return null;
        }
        return organisationAfter(i, p);
    }

    /** The source's organisation, starting at token {@code p}. */
    private Mention organisationAfter(int i, int p) {
        int q = p;
        if (tok(q) != null && tok(q).is("the")) {
            q++;
        }
        Token head = tok(q);
        if (head == null) {
            return null;
        }
        if ((head.is("department") || head.is("ministry")) && scanner.lastDepartment != null) {
            return scanner.mention(i, q + 1, Mention.Type.SPOKESPERSON, "source:department")
                    .of(scanner.lastDepartment);
        }
        Mention org = scanner.parse(p);
        String institution = org != null && org.type == Mention.Type.TITLE && org.country == null && !org.former
                && scanner.actors.homeGoverns() ? TitleLexicon.officeInstitution(org.role) : null;
        if (institution != null) {
            // "a spokesman for the Prime Minister" is Downing Street, as "the Prime Minister's spokesman" is
            ExtractedActor office = scanner.actors.actorFor(institution, Gazetteer.institutionKind(institution),
                    index.text(i, org.to));
            scanner.lastSpokesOrganisation = office;
            return scanner.mention(i, org.to, Mention.Type.SPOKESPERSON, "office-spokesperson").of(office);
        }
        if (org != null && (org.type == Mention.Type.ORGANISATION || org.type == Mention.Type.COUNTRY)
                && org.actor() != null) {
            scanner.lastSpokesOrganisation = org.actor();
            return scanner.mention(i, org.to, Mention.Type.SPOKESPERSON, "source:organisation").of(org.actor());
        }
        return null;
    }
}
