package io.stancegraph.extraction;

import java.util.List;

/** An actor known before reading the article (from the register): canonical name, kind, aliases, offices. */
public record KnownActor(String name, ActorKind kind, List<String> aliases, List<TitleTenure> tenures) {
    public KnownActor {
        aliases = List.copyOf(aliases);
        tenures = List.copyOf(tenures);
    }
}
