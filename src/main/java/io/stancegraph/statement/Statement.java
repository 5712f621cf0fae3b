package io.stancegraph.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.StoredEntity;
import io.stancegraph.actor.Actor;
import io.stancegraph.article.Article;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.event.Event;
import io.stancegraph.topic.Topic;

@Entity
@Type("Statement")
@Description("Something an identifiable source said, wrote or declared, as reported by an article, with its provenance.")
public class Statement extends StoredEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Ignore
    public Article article;

    /** The article's key without loading it, for batched look-ups (named, as with the event's, for the join column). */
    @Column(name = "article_id", insertable = false, updatable = false)
    @Ignore
    public Long articleId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Description("DIRECT, PARTIAL or INDIRECT.")
    public StatementKind kind;

    @NotBlank
    @Description("The words attributed to the source, without the outer quote marks; for INDIRECT the reported clause.")
    public String text;

    @NotBlank
    @Size(max = 100)
    @Description("The reporting verb or phrase, lemmatised: `say`, `tell`, `warn`, `according to`, ...")
    public String cue;

    @Min(0)
    @Description("0-based index of the body paragraph where the statement starts.")
    public int paragraph;

    @Min(0)
    @Ignore
    public int spanStart;

    @Min(1)
    @Ignore
    public int spanEnd;

    @Description("When it was said, if the article tells; to the precision in `saidOnPrecision`.")
    public LocalDate saidOn;

    @Enumerated(EnumType.STRING)
    @Description("How precisely `saidOn` is known.")
    public DatePrecision saidOnPrecision;

    @NotNull
    @Description("`saidOn` when known, otherwise the article's publication date: the date lists sort and filter by.")
    public LocalDate datedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @Ignore
    public Event event;

    @Column(name = "event_id", insertable = false, updatable = false)
    @Ignore
    public Long eventId;

    @Size(max = 200)
    @Description("Where it was said or published, when named: `BBC`, `The Sun on Sunday`, `X`.")
    public String medium;

    @Size(max = 300)
    @Description("The speaker's role as the article words it, e.g. `Foreign Secretary`; for a speaker the article "
            + "describes without naming, the description, e.g. `a senior government official`, `the complaint`.")
    public String speakerRole;

    @Size(max = 120)
    @Description("The extractor's rule that chose the speakers: the speaker rule, then how the name was resolved, e.g. "
            + "`subject-before-cue/name:surname`, `subject-before-cue/pronoun:last-speaker`, `floating-quote`; `editor` "
            + "once an editor has set the speakers; null for statements editors recorded.")
    public String speakerRule;

    @Description("How often `speakerRule` named the right speakers on hand-annotated news the rules were not written "
            + "against, from 0 to 1; 1 once an editor has set the speakers; null for statements editors recorded.")
    public Double attributionConfidence;

    @Column(insertable = false, updatable = false)
    @Description("True when `attributionConfidence` is below 0.8: show the speakers as doubtful until an editor sets them.")
    public Boolean speakerDoubtful;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Description("Whether an editor or the extractor recorded it.")
    public StatementOrigin origin = StatementOrigin.CURATED;

    @Ignore
    public boolean speakersCurated;

    @Column(insertable = false, updatable = false)
    @Ignore
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "statement_speaker", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @Ignore
    public Set<Actor> speakers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "statement_topic", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @Ignore
    public Set<Topic> topics = new LinkedHashSet<>();

    @NonNull
    @Description("Character offsets of `text` in the article body.")
    public Span getSpan() {
        return new Span(spanStart, spanEnd);
    }

    /** Article key whether the statement was loaded (read-only column) or just created (association). */
    public Long articleKey() {
        return key(articleId, article);
    }

    public Long eventKey() {
        return key(eventId, event);
    }

    /** Links the statement to an event, or unlinks it with null, keeping the read-only key in step. */
    public void attachTo(Event newEvent) {
        event = newEvent;
        eventId = newEvent == null ? null : newEvent.id;
    }

    public static Statement findBySpan(Article article, int start, int end) {
        return find("article = ?1 and spanStart = ?2 and spanEnd = ?3", article, start, end).firstResult();
    }
}
