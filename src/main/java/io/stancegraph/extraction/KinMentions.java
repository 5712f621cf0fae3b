package io.stancegraph.extraction;

/**
 * "her father", "his mother": a relative of someone the article names ({@code kin:unnamed}); {@link PeopleLearner}
 * resolves it to the relative named before in apposition ("Her father, Peter Trewin, ..."; {@code kin:relative}).
 * Never the speaker named last: a statement by "his father" and nobody known is by someone unnamed. With a name in
 * apposition right after ("his mother, Denise Harper,"), the name is the mention instead.
 */
final class KinMentions extends ScannerRule {

    static final String RULE = "kin";

    KinMentions(MentionScanner scanner) {
        super(scanner);
    }

    @Override
    public Mention at(int i, Token t) {
        if (!t.is("her") && !t.is("his")) {
            return null;
        }
        Token kin = tok(i + 1);
        Token after = tok(i + 2);
        if (kin == null || PeopleLearner.kinGender(kin.lower) == null || after == null || kin.possessive()
                || after.is(",") && tok(i + 3) != null && tok(i + 3).capitalised()) {
            return null;
        }
        return scanner.mention(i, i + 2, Mention.Type.VAGUE, RULE + ":" + BareNames.UNNAMED);
    }
}
