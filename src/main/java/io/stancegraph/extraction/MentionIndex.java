package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every reference to an actor in one article, by token. Built in four steps: the mentions are recognised
 * ({@link MentionScanner}), the people and offices the article establishes are learnt ({@link PeopleLearner}),
 * deferred mentions ("the 24-year-old", "police") and the government are resolved, and then titles alone
 * ({@link TitleResolver}).
 */
final class MentionIndex extends TokenReader {

    final List<Mention> mentions = new ArrayList<>();
    private final Mention[] byToken;
    final ArticleActors actors;

    MentionIndex(ArticleIndex index, ActorRegistry registry, String homeGovernment) {
        super(index);
        this.byToken = new Mention[index.tokens.size()];
        boolean homeGoverns = HomeCountry.governs(homeGovernment, index.tokens);
        // only another country's news needs its country: home news is read once, not twice
        this.actors = new ArticleActors(registry, homeGovernment, homeGoverns,
                homeGoverns ? null : HomeCountry.newsCountry(index.tokens));
        MentionScanner scanner = new MentionScanner(this);
        scan(scanner);
        Acronyms.lengthenNamesReadShort(this);
        PeopleLearner people = new PeopleLearner(index, this, registry);
        people.learnPeople(scanner.nameParts);
        new Appositions(this, people).learn();
        people.learnRelatives();
        scanner.descriptors.resolveDeferred();
        scanner.forces.resolveDeferred();
        resolveTitlesAndGovernment(new TitleResolver(index, this, registry, people));
        new NameReadShort(index, this).mark();
        for (Mention m : mentions) {
            if (m.actors.stream().anyMatch(actors::ownerUnknown)) {
                m.rule = m.rule + ArticleActors.OWNER_UNKNOWN;
            }
        }
    }

    /** Titles alone ("the Prime Minister") to their holders, "the Government" to the home government. */
    private void resolveTitlesAndGovernment(TitleResolver titles) {
        for (Mention m : mentions) {
            if (m.type == Mention.Type.TITLE && m.actors.isEmpty() && !tok(m.from).inQuote()) {
                titles.resolve(m);
            } else if (m.type == Mention.Type.GOVERNMENT) {
                ExtractedActor government = actors.government();
                if (government != null) {
                    m.of(government);
                } else {
                    // another country's government, which the article does not name
                    m.resolvedToNobody();
                }
            }
        }
    }

    private void scan(MentionScanner scanner) {
        int i = 0;
        while (i < index.tokens.size()) {
            Mention m = scanner.parse(i);
            if (m == null) {
                i++;
                continue;
            }
            mentions.add(m);
            for (int k = m.from; k < m.to; k++) {
                byToken[k] = m;
            }
            i = m.to;
        }
    }

    /** The mention covering token {@code token}, or null. */
    Mention at(int token) {
        return token >= 0 && token < byToken.length ? byToken[token] : null;
    }

    ExtractedActor actor(String name) {
        return actors.get(name);
    }

    ExtractedActor actorFor(String canonical, ActorKind kind, String alias) {
        return actors.actorFor(canonical, kind, alias);
    }

    /** The actor of the last mention before token {@code before} that passes the test, or null. */
    ExtractedActor lastMentioned(int before, Predicate<Mention> test) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.from < before && m.actor() != null && test.test(m)) {
                return m.actor();
            }
        }
        return null;
    }

    List<ActorMention> summary() {
        return actors.summary();
    }

    /** The role as written for an actor, if the article gives one. */
    String roleOf(ExtractedActor a) {
        return ArticleActors.roleOf(a);
    }
}
