package io.stancegraph.actor;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.stancegraph.platform.StoredEntity;

/** A surface form under which an actor appears in articles ("Sir Keir", "the Prime Minister"). */
@Entity
public class ActorAlias extends StoredEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor actor;

    @NotBlank
    @Size(max = 300)
    public String alias;

    @NotBlank
    @Size(max = 300)
    public String normalized;

    /** Lower-case with collapsed whitespace and typographic apostrophes folded, so look-ups ignore those. */
    public static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
