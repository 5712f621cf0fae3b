package io.stancegraph.stance;

import java.util.List;

/**
 * What the stance assessor knows about a topic: its name ("Sanctions on Russia") and the phrases that mark a
 * statement as being about it ("sanctions", "frozen assets"). The name's words stand in for the topic when a
 * statement was tagged by an editor and contains none of the phrases. The claims say what each side holds
 * ("Ukraine should cede land for peace"; "borders must not be changed by force").
 */
public record StanceTopic(String name, List<String> keywords, List<String> proClaims, List<String> conClaims) {
    public StanceTopic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        proClaims = proClaims == null ? List.of() : List.copyOf(proClaims);
        conClaims = conClaims == null ? List.of() : List.copyOf(conClaims);
    }

    /** A topic known by its name and keywords alone. */
    public StanceTopic(String name, List<String> keywords) {
        this(name, keywords, List.of(), List.of());
    }
}
