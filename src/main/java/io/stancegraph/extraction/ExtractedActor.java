package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An actor as the extractor builds it while reading one article. */
final class ExtractedActor {
    String name;
    final ActorKind kind;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<TitleTenure> tenures = new ArrayList<>();
    /** Title words learned from the article with their country (may be null): e.g. ["foreign secretary", null]. */
    final List<String[]> titles = new ArrayList<>();
    String firstName;
    String surname;
    char gender;
    /** The gender comes from the first name only, and gives way to a pronoun that plainly stands for the person. */
    boolean genderFromFirstName;
    int mentions;
    /** How often the article has named the organisation so far, while mentions are being read. */
    int timesNamed;
    String assignedTitle;

    ExtractedActor(String name, ActorKind kind) {
        this.name = name;
        this.kind = kind;
    }

    boolean hasTitle() {
        for (String[] t : titles) {
            if (!t[0].startsWith("former")) {
                return true;
            }
        }
        return assignedTitle != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
