package io.stancegraph.stance;

import java.util.List;

/**
 * What the stance assessor knows about a topic: its name ("Sanctions on Russia") and the phrases that mark a
 * statement as being about it ("sanctions", "frozen assets"). The name's words stand in for the topic when a
 * statement was tagged by an editor and contains none of the phrases.
 */
public record StanceTopic(String name, List<String> keywords) {
    public StanceTopic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
