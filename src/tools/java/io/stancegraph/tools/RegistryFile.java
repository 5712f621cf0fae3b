package io.stancegraph.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancegraph.extraction.ActorKind;
import io.stancegraph.extraction.InMemoryActorRegistry;
import io.stancegraph.extraction.KnownActor;
import io.stancegraph.extraction.TitleTenure;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a registry of known actors from JSON: [{"name", "kind", "aliases": [...], "roles": [{"title", "from",
 * "to" | "as_of"}]}].
 */
final class RegistryFile {
    private RegistryFile() {
    }

    static InMemoryActorRegistry load(Path path) throws IOException {
        JsonNode root = new ObjectMapper().readTree(path.toFile());
        List<KnownActor> actors = new ArrayList<>();
        for (JsonNode a : root) {
            String name = a.path("name").asText();
            ActorKind kind = ActorKind.valueOf(a.path("kind").asText("PERSON"));
            List<String> aliases = new ArrayList<>();
            a.path("aliases").forEach(x -> aliases.add(x.asText()));
            List<TitleTenure> tenures = new ArrayList<>();
            for (JsonNode r : a.path("roles")) {
                LocalDate from = date(r, "from");
                LocalDate to = date(r, "to");
                tenures.add(new TitleTenure(name, r.path("title").asText(), from, to));
            }
            actors.add(new KnownActor(name, kind, aliases, tenures));
        }
        return new InMemoryActorRegistry(actors);
    }

    private static LocalDate date(JsonNode r, String field) {
        JsonNode n = r.get(field);
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
