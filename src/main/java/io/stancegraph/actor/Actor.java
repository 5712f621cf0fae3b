package io.stancegraph.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.StoredEntity;

@Entity
@Type("Actor")
@Description("A source of statements: a person, organisation, government, country or group.")
public class Actor extends StoredEntity {

    @NotBlank
    @Size(max = 300)
    @Name("name")
    @Description("Canonical name, without honorifics or titles, e.g. `Keir Starmer`.")
    public String canonicalName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Description("Kind of actor.")
    public ActorKind kind;

    @Pattern(regexp = "[A-Z]{2}")
    @Description("ISO 3166-1 alpha-2 code of the actor's country, when known.")
    public String country;

    @Pattern(regexp = "Q[1-9][0-9]*")
    @Description("Wikidata item id, e.g. `Q6383729`, when known.")
    public String wikidataId;

    @Column(insertable = false, updatable = false)
    @Ignore
    public Instant createdAt;

    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Ignore
    public List<ActorAlias> aliases = new ArrayList<>();

    /** Adds a surface form unless the actor already has it (case-insensitively) or it is the canonical name. */
    public boolean addAlias(String text) {
        String normalized = ActorAlias.normalize(text);
        if (normalized.isEmpty() || normalized.equals(ActorAlias.normalize(canonicalName))) {
            return false;
        }
        boolean known = aliases.stream().anyMatch(alias -> alias.normalized.equals(normalized));
        if (known) {
            return false;
        }
        ActorAlias alias = new ActorAlias();
        alias.actor = this;
        alias.alias = text.strip();
        alias.normalized = normalized;
        aliases.add(alias);
        return true;
    }

    public static Actor findByNameAndKind(String name, ActorKind kind) {
        return find("canonicalName = ?1 and kind = ?2", name.strip(), kind).firstResult();
    }

    /**
     * "Lammy": the one person whose name ends in this word, or null when none or several do. Read through the
     * last-word index that merge suggestions use, so a miss costs no scan of every actor.
     */
    @SuppressWarnings("unchecked")
    private static Actor bySurname(String surname) {
        String typographic = surname.replace('\'', '\u2019');
        List<Actor> bearers = getEntityManager().createNativeQuery("""
                select * from actor
                where kind = 'PERSON'
                  and lower(left(regexp_replace(canonical_name, '^.*\\s', ''), 4)) in (:block, :typographicBlock)
                  and lower(regexp_replace(canonical_name, '^.*\\s', '')) in (:surname, :typographic)
                limit 2""", Actor.class)
                .setParameter("block", surname.substring(0, Math.min(4, surname.length())))
                .setParameter("typographicBlock", typographic.substring(0, Math.min(4, typographic.length())))
                .setParameter("surname", surname)
                .setParameter("typographic", typographic)
                .getResultList();
        return bearers.size() == 1 ? bearers.get(0) : null;
    }

    /**
     * Canonical name first, then aliases (several actors may share an alias: the most quoted wins), then a surname
     * alone that one person bears.
     */
    public static Actor findByNameOrAlias(String name) {
        String normalized = ActorAlias.normalize(name);
        // Canonical names keep the apostrophe the article printed; a reader types either kind.
        Actor byName = find("lower(canonicalName) in ?1 order by id",
                List.of(normalized, normalized.replace('\'', '\u2019'))).firstResult();
        if (byName != null) {
            return byName;
        }
        List<Actor> byAlias = find("select al.actor from ActorAlias al where al.normalized = ?1 order by al.actor.id",
                normalized).list();
        if (byAlias.isEmpty() && !normalized.contains(" ")) {
            return bySurname(normalized);
        }
        if (byAlias.size() <= 1) {
            return byAlias.isEmpty() ? null : byAlias.get(0);
        }
        // Counting statements is only worth it when the alias is ambiguous.
        return find("""
                select a from Actor a where a in ?1
                order by (select count(s) from Statement s join s.speakers sp where sp = a) desc, a.id
                """, byAlias).firstResult();
    }
}
