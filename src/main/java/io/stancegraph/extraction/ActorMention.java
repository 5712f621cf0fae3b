package io.stancegraph.extraction;

import java.util.List;

/** An actor the article mentions, with every surface form seen and the offices learned from appositions. */
public record ActorMention(String name, ActorKind kind, List<String> aliases, List<TitleTenure> tenures) {
    public ActorMention {
        aliases = List.copyOf(aliases);
        tenures = List.copyOf(tenures);
    }
}
