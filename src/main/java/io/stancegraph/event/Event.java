package io.stancegraph.event;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.StoredEntity;
import io.stancegraph.actor.Actor;
import io.stancegraph.article.Article;

@Entity
@Type("Event")
@Description("An occasion at which statements were made: a call, a meeting, a conference, a speech, a parliamentary session, an interview.")
public class Event extends StoredEntity {

    @NotBlank
    @Size(max = 300)
    @Description("Name of the event, e.g. `Foreign Office questions in the Commons`.")
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Description("Kind of event.")
    public EventKind kind;

    @Name("startsOn")
    @Description("First day of the event, to the stated precision.")
    public LocalDate startDate;

    @Name("endsOn")
    @Description("Last day of the event when it spans several days.")
    public LocalDate endDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Name("datePrecision")
    @Description("How precisely the dates are known.")
    public DatePrecision datePrecision = DatePrecision.UNKNOWN;

    @Size(max = 300)
    @Description("Where it took place, when known.")
    public String location;

    @ManyToMany
    @JoinTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @Ignore
    public Set<Actor> participants = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "event_article", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    @Ignore
    public Set<Article> articles = new LinkedHashSet<>();

    public static Event findByNameAndStart(String name, LocalDate start) {
        return start == null
                ? find("name = ?1 and startDate is null", name).firstResult()
                : find("name = ?1 and startDate = ?2", name, start).firstResult();
    }
}
