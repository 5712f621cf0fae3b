package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/** A reference to an actor in the text: tokens [from, to), what kind of reference, and what it resolves to. */
final class Mention {
    enum Type { NAME, TITLE, PRONOUN, RELATIVE, ORGANISATION, COUNTRY, GROUP, GOVERNMENT, SPOKESPERSON, VAGUE }

    final int from;
    final int to;
    final Type type;
    final String surface;
    /** Title as written (role), e.g. "Foreign Secretary", or null. */
    String role;
    String country;
    boolean plural;
    char gender;
    boolean former;
    /** The rule that recognised the mention and, after a colon, the one that resolved it ("title:registry"). */
    String rule;
    /** Resolved actors (several for "Sir Keir and Mr Macron" only at the coordination level). */
    final List<ExtractedActor> actors = new ArrayList<>();

    Mention(int from, int to, Type type, String surface, String rule) {
        this.from = from;
        this.to = to;
        this.type = type;
        this.surface = surface;
        this.rule = rule;
    }

    /** The mention, standing for the actor. */
    Mention of(ExtractedActor actor) {
        actors.add(actor);
        return this;
    }

    /** Resolved to the actor by a rule of the resolution ("title" resolved by "registry": "title:registry"). */
    void resolvedTo(ExtractedActor actor, String resolution) {
        actors.add(actor);
        rule = rule + ":" + resolution;
    }

    /** Resolved to nobody named: someone the article describes ({@code ...:unnamed}). */
    void resolvedToNobody() {
        resolvedToNobody(BareNames.UNNAMED);
    }

    /** Resolved to nobody named, by a rule of the resolution that ends in {@code unnamed}. */
    void resolvedToNobody(String resolution) {
        rule = rule + ":" + resolution;
    }

    ExtractedActor actor() {
        return actors.isEmpty() ? null : actors.get(0);
    }

    @Override
    public String toString() {
        return type + ":" + surface + "->" + actors + " (" + rule + ")";
    }
}
