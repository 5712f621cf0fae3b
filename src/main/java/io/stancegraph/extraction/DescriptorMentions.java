package io.stancegraph.extraction;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "the 24-year-old said": a description standing for a person, resolved once the article's people are known. The
 * person the article gave that age ("Leon Adeyemi, 24,", "Leon Adeyemi, aged 24,", "24-year-old Leon Adeyemi") is
 * meant, and someone it described by that age without a name ("a 24-year-old man") stays unnamed
 * ({@code descriptor:stated-age}); else the person named last, when nobody else was named or described by a title in
 * that paragraph or the one before ({@code descriptor:last-person}); else the person named last is only a guess ({@code descriptor:guess}),
 * shown as doubtful.
 */
final class DescriptorMentions extends DeferredMentionRule {

    static final String RULE = "descriptor";
    static final String GUESS = "guess";
    private static final Pattern AGE_DESCRIPTOR = Pattern.compile("(\\d{1,3})-year-old");

    DescriptorMentions(MentionIndex mentions) {
        super(mentions);
    }

    @Override
    public Mention at(int i, Token t) {
        if (i > 0 && tok(i - 1).is("the") && AGE_DESCRIPTOR.matcher(t.lower).matches()) {
            return deferred(new Mention(i - 1, i + 1, Mention.Type.NAME, index.text(i - 1, i + 1), RULE));
        }
        return null;
    }

    @Override
    void resolve(Mention m) {
        String age = tok(m.from + 1).lower.substring(0, tok(m.from + 1).lower.indexOf('-'));
        Set<ExtractedActor> ofThatAge = new LinkedHashSet<>();
        Set<ExtractedActor> ofAnotherAge = new LinkedHashSet<>();
        // the people named or described by a title in that paragraph and the one before: an actor, or the mention
        Set<Object> peopleJustBefore = new LinkedHashSet<>();
        int paragraph = tok(m.from).paragraph;
        for (Mention named : mentions.mentions) {
            if (named.type == Mention.Type.TITLE && named.from < m.from && paragraph - tok(named.from).paragraph <= 1) {
                peopleJustBefore.add(named.actor() != null ? named.actor() : named);
            }
            if (named == m || named.type != Mention.Type.NAME || named.actor() == null
                    || named.actor().kind != ActorKind.PERSON || descriptor(named)) {
                continue;
            }
            String stated = statedAge(named);
            if (stated != null) {
                (stated.equals(age) ? ofThatAge : ofAnotherAge).add(named.actor());
            }
            if (named.from < m.from && paragraph - tok(named.from).paragraph <= 1) {
                peopleJustBefore.add(named.actor());
            }
        }
        ofThatAge.removeAll(ofAnotherAge);
        if (ofThatAge.isEmpty() && describedWithThatAge(m, age)) {
            // "A 34-year-old man was jailed ... the 34-year-old told the court": the man the article does not name,
            return; // left unresolved, it stands for someone the article describes ({@code descriptor:unnamed})
        }
        if (ofThatAge.size() == 1) {
            m.resolvedTo(ofThatAge.iterator().next(), "stated-age");
            return;
        }
        ExtractedActor person = mentions.lastMentioned(m.from, named -> named.type == Mention.Type.NAME
                && named.actor() != null && named.actor().kind == ActorKind.PERSON && !descriptor(named));
        if (person == null || ofAnotherAge.contains(person)) {
            return;
        }
        m.resolvedTo(person, peopleJustBefore.equals(Set.of(person)) && ofThatAge.isEmpty() ? "last-person" : GUESS);
    }

    /** Whether the article described someone unnamed by that age before: "a 34-year-old man", "an 81-year-old". */
    private boolean describedWithThatAge(Mention m, String age) {
        for (int k = 1; k < m.from; k++) {
            var described = AGE_DESCRIPTOR.matcher(tok(k).lower);
            if (described.matches() && described.group(1).equals(age) && (tok(k - 1).is("a") || tok(k - 1).is("an"))
                    && !(tok(k + 1) != null && mentions.at(k + 1) != null
                    && mentions.at(k + 1).type == Mention.Type.NAME)) {
                return true;
            }
        }
        return false;
    }

    private static boolean descriptor(Mention m) {
        return m.rule.equals(RULE) || m.rule.startsWith(RULE + ":");
    }

    /** The age the article gives a named person right beside the name: "Name, 48," "Name (48)" or "48-year-old Name". */
    private String statedAge(Mention named) {
        Token before = tok(named.from - 1);
        if (before != null) {
            var ageBefore = AGE_DESCRIPTOR.matcher(before.lower);
            if (ageBefore.matches()) {
                return ageBefore.group(1);
            }
        }
        Token mark = tok(named.to);
        int at = named.to + 1;
        if (mark != null && mark.is(",") && tok(at) != null && tok(at).is("aged")) {
            at++; // "Dana Whitlow, aged 48,"
        }
        Token number = tok(at);
        Token after = tok(at + 1);
        boolean enclosed = mark != null && after != null && (mark.is(",") && (after.is(",") || after.is("."))
                || mark.is("(") && after.is(")"));
        return enclosed && number != null && number.lower.matches("\\d{1,3}") ? number.lower : null;
    }
}
