package io.stancegraph.position;

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
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.StoredEntity;
import io.stancegraph.actor.Actor;
import io.stancegraph.statement.Statement;
import io.stancegraph.topic.Topic;

/** One row of an actor's stance history on a topic; a change of stance is a new row, never an update. */
@Entity
@Table(name = "actor_position")
@Type("Position")
@Description("An actor's stance on a topic from a date on, with the statements that show it. A change is a new position; the history is kept.")
public class Position extends StoredEntity {

    /**
     * The assessor of positions worked out from statements at ingestion. Re-extraction replaces them; an editor's
     * position ({@code editor:<name>}) on the same actor and topic takes precedence over them.
     */
    public static final String EXTRACTOR = "extractor";
    /** How editors sign their assessments: {@code editor:jane}. */
    public static final String EDITOR_PREFIX = "editor:";


    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    @Ignore
    public Actor actor;

    /** Foreign keys readable without loading the actor or topic, for batched look-ups. */
    @Column(name = "actor_id", insertable = false, updatable = false)
    @Ignore
    public Long actorId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    @Ignore
    public Topic topic;

    @Column(name = "topic_id", insertable = false, updatable = false)
    @Ignore
    public Long topicId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @NonNull
    @Description("SUPPORTS, OPPOSES, MIXED or NEUTRAL.")
    public Stance stance;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    @NonNull
    @Description("The date from which the stance holds (until a later position of the same actor on the same topic).")
    public LocalDate validFrom;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    @NonNull
    @Description("Who assessed it: `extractor` (worked out from the actor's statements at ingestion, replaced when they change), or `editor:<name>` (curated; takes precedence over the extractor's for the same actor and topic).")
    public String assessor;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    @Column(nullable = false)
    @NonNull
    @Description("Confidence of the assessment, from 0 to 1.")
    public double confidence;

    @Description("The assessor's reasoning, briefly.")
    public String note;

    @Column(name = "recorded_at", nullable = false, insertable = false, updatable = false)
    @Description("When the position was recorded.")
    public Instant recordedAt;

    @ManyToMany
    @JoinTable(name = "position_evidence", joinColumns = @JoinColumn(name = "position_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    @Ignore
    public Set<Statement> evidence = new LinkedHashSet<>();

    public Long actorKey() {
        return actorId != null ? actorId : actor == null ? null : actor.id;
    }

    public Long topicKey() {
        return topicId != null ? topicId : topic == null ? null : topic.id;
    }
}
