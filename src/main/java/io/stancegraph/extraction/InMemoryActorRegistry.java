package io.stancegraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A registry held in memory, for the command line tools and tests. */
public final class InMemoryActorRegistry implements ActorRegistry {
    private final Map<String, KnownActor> byAlias = new HashMap<>();
    private final List<KnownActor> actors = new ArrayList<>();

    public InMemoryActorRegistry(List<KnownActor> actors) {
        for (KnownActor actor : actors) {
            add(actor);
        }
    }

    public void add(KnownActor actor) {
        actors.add(actor);
        byAlias.putIfAbsent(key(actor.name()), actor);
        for (String alias : actor.aliases()) {
            byAlias.putIfAbsent(key(alias), actor);
        }
    }

    @Override
    public Optional<KnownActor> byAlias(String surfaceForm) {
        return Optional.ofNullable(byAlias.get(key(surfaceForm)));
    }

    @Override
    public List<KnownActor> holdersOf(String title, LocalDate onDay) {
        List<KnownActor> result = new ArrayList<>();
        for (KnownActor actor : actors) {
            for (TitleTenure tenure : actor.tenures()) {
                if (tenure.isNamedBy(title, onDay)) {
                    result.add(actor);
                    break;
                }
            }
        }
        return result;
    }

    private static String key(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
