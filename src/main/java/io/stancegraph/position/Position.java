package io.stancegraph.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
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
    @Ignore
    public Actor actor;

    /**
     * Foreign keys readable without loading the actor or topic, for batched look-ups; named as the join column is
     * implied, so that Hibernate takes both for the one column.
     */
    @Column(name = "actor_id", insertable = false, updatable = false)
    @Ignore
    public Long actorId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Ignore
    public Topic topic;

    @Column(name = "topic_id", insertable = false, updatable = false)
    @Ignore
    public Long topicId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Description("SUPPORTS, OPPOSES, MIXED or NEUTRAL.")
    public Stance stance;

    @NotNull
    @Description("The date from which the stance holds (until a later position of the same actor on the same topic).")
    public LocalDate validFrom;

    @NotBlank
    @Size(max = 200)
    @Description("Who assessed it: `extractor` (worked out from the actor's statements at ingestion; a suggestion until an editor reviews it, replaced when the statements change), or `editor:<name>` (recorded by an editor, confirmed).")
    public String assessor;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    @Description("Confidence of the assessment, from 0 to 1.")
    public double confidence;

    @Description("The assessor's reasoning, briefly.")
    public String note;

    @Column(insertable = false, updatable = false)
    @Description("When the position was recorded.")
    public Instant recordedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Description("SUGGESTED (the extractor's, not yet reviewed), CONFIRMED (by an editor, or recorded by one) or REJECTED.")
    public ReviewState reviewState = ReviewState.SUGGESTED;

    @Description("Whether the default views show it: confirmed positions, and suggestions whose calibrated confidence reached the publishing threshold. Anything else appears only with `includeSuggested: true`.")
    public boolean published;

    @Size(max = 200)
    @Description("The editor who confirmed, rejected or recorded it, as `editor:<name>`.")
    public String reviewedBy;

    @Description("When it was reviewed.")
    public Instant reviewedAt;

    @Description("The reviewer's reason, when given.")
    public String reviewNote;

    /** Where the evidence stands in its articles ("article id:start:end"), which outlives re-extraction. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Ignore
    public List<String> evidenceSpans = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "position_evidence", joinColumns = @JoinColumn(name = "position_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    @Ignore
    public Set<Statement> evidence = new LinkedHashSet<>();

    /** Confirmed by this editor ({@code editor:<name>}) now: published, and taking precedence over suggestions. */
    public void confirmBy(String editor, String reason) {
        review(ReviewState.CONFIRMED, editor, reason);
    }

    /** Rejected by this editor now: out of the default views, and not suggested again on the same evidence. */
    public void rejectBy(String editor, String reason) {
        review(ReviewState.REJECTED, editor, reason);
    }

    /** Unreviewed again: what an editor confirmed no longer rests on the same evidence. */
    public void backToReview(String reason) {
        reviewState = ReviewState.SUGGESTED;
        published = false;
        reviewedBy = null;
        reviewedAt = null;
        reviewNote = reason;
    }

    private void review(ReviewState state, String editor, String reason) {
        reviewState = state;
        published = state == ReviewState.CONFIRMED;
        reviewedBy = editor;
        reviewedAt = Instant.now();
        reviewNote = reason;
    }

    @PrePersist
    public void rememberEvidenceSpans() {
        evidenceSpans = new ArrayList<>(evidence.stream().map(Position::spanOf).toList());
    }

    /** Whether an editor has confirmed or recorded it, which makes it take precedence over suggestions. */
    public boolean confirmed() {
        return reviewState == ReviewState.CONFIRMED;
    }

    /** Where a statement stands in its article, as {@link #evidenceSpans} records it. */
    public static String spanOf(Statement statement) {
        return statement.articleKey() + ":" + statement.spanStart + ":" + statement.spanEnd;
    }

    public Long actorKey() {
        return key(actorId, actor);
    }

    public Long topicKey() {
        return key(topicId, topic);
    }
}
