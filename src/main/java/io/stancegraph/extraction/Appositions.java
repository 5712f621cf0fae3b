package io.stancegraph.extraction;

import java.util.List;

/**
 * Titles in apposition to a name give that person the office: "the Defence Secretary, John Healey", "James Cleverly,
 * a former foreign secretary", "Marit Lund, the EU’s commissioner for trade", "the finance minister, Sinn Féin’s
 * Clodagh Rafferty".
 */
final class Appositions extends TokenReader {

    private final MentionIndex mentions;
    private final PeopleLearner people;

    Appositions(MentionIndex mentions, PeopleLearner people) {
        super(mentions.index);
        this.mentions = mentions;
        this.people = people;
    }

    /**
     * "the Defence Secretary, John Healey" and "James Cleverly, a former foreign secretary": the office of a title
     * set off by a comma beside a name; "Marit Lund, the EU’s commissioner for trade": with its owner between.
     */
    void learn() {
        List<Mention> all = mentions.mentions;
        for (int k = 0; k + 1 < all.size(); k++) {
            Mention a = all.get(k);
            Mention b = all.get(k + 1);
            if (a.type == Mention.Type.NAME && ownerOfTitle(b) && k + 2 < all.size()
                    && all.get(k + 2).type == Mention.Type.TITLE && all.get(k + 2).from == b.to) {
                if (b.from == a.to + 1 && tok(a.to).is(",")) {
                    apposed(a, all.get(k + 2));
                }
                continue;
            }
            if (b.from != a.to + 1 || !tok(a.to).is(",")) {
                continue;
            }
            Mention after = k + 2 < all.size() ? all.get(k + 2) : null;
            if (a.type == Mention.Type.TITLE && affiliation(b, after)) {
                apposed(after, a); // "the finance minister, Sinn Féin’s Clodagh Rafferty, said"
            } else if (a.type == Mention.Type.TITLE && b.type == Mention.Type.NAME && b.actor() != null) {
                apposed(b, a);
            } else if (a.type == Mention.Type.NAME && a.actor() != null && b.type == Mention.Type.TITLE
                    && (tok(b.from).is("a") || tok(b.from).is("an") || tok(b.from).is("the")) && closed(b)) {
                apposed(a, b);
            }
        }
    }

    /**
     * A title after a name is in apposition only when it ends its phrase ("Emmanuel Macron, the president of France,
     * said", "... who", the sentence's end): in "After meeting Keir Starmer, the president of France said" the title
     * is the subject of the verb after it, and the name the object in the clause before.
     */
    private boolean closed(Mention title) {
        Token next = tok(title.to);
        return next == null || next.sentence != tok(title.from).sentence || !next.word || next.is("who");
    }

    /** "the EU’s", "Britain’s", "Mr Trump’s": a possessive that may own the office named right after it. */
    private boolean ownerOfTitle(Mention owner) {
        return (owner.type == Mention.Type.ORGANISATION || owner.type == Mention.Type.COUNTRY
                || owner.type == Mention.Type.NAME) && MentionScanner.possessive(tok(owner.to - 1));
    }

    /** "Sinn Féin’s Clodagh Rafferty", "Apple’s Tim Cook": a possessive name right before a person's, who belongs to it. */
    private boolean affiliation(Mention owner, Mention named) {
        return (owner.type == Mention.Type.NAME || owner.type == Mention.Type.ORGANISATION) && named != null
                && named.from == owner.to && named.type == Mention.Type.NAME && named.actor() != null
                && tok(named.to) != null && tok(named.to).is(",") // "Labour’s Anas Sarwar and the SNP’s ...": a list
                && named.actor().kind == ActorKind.PERSON && MentionScanner.possessive(tok(owner.to - 1));
    }

    /** The title mention stands for the person named beside it, who holds the office. */
    private void apposed(Mention name, Mention title) {
        if (name.actor() != null) {
            people.learnTitle(name.actor(), title.role, title.country, title.former);
            title.resolvedTo(name.actor(), "apposition");
        }
    }
}
