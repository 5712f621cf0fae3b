package io.stancegraph.position;

import java.util.List;

import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.actor.Actor;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.stancegraph.platform.NotificationListener;
import io.stancegraph.platform.Notifications;
import io.stancegraph.platform.InputValidator;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementFilter;
import io.stancegraph.statement.StatementOrder;
import io.stancegraph.statement.StatementQueries;
import io.stancegraph.statement.StatementQueries.Parent;
import io.stancegraph.topic.Topic;
import io.stancegraph.platform.Audited;
import io.stancegraph.security.CurrentIdentity;
import io.stancegraph.security.Roles;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
@Transactional
@ReadOnlyQueries
public class PositionGraphQLApi {

    private static final String INCLUDE_SUGGESTED = "Also the extractor's suggestions that are not published, when true: unreviewed guesses, marked `reviewState: SUGGESTED, published: false`. Rejected positions are never included.";

    private final PositionService service;
    private final InputValidator validator;
    private final PageConfig pages;
    private final CurrentIdentity identity;
    private final StatementQueries statements;
    private final NotificationListener notifications;

    public PositionGraphQLApi(PositionService service, InputValidator validator, PageConfig pages,
            CurrentIdentity identity, StatementQueries statements, NotificationListener notifications) {
        this.notifications = notifications;
        this.identity = identity;
        this.statements = statements;
        this.service = service;
        this.validator = validator;
        this.pages = pages;
    }

    @Query("positions")
    @Description("Positions matching a filter, by topic, actor and latest first, a page at a time.")
    public @NonNull PositionConnection positions(
            @Description("Conditions the positions must meet.") PositionFilter filter,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new PositionConnection(PageRequest.of(first, after, pages), service.list(filter));
    }

    @Name("positions")
    @Description("Every actor's stance on the topic: by default the current published one per actor (a stance matrix column; a confirmed position takes precedence over suggestions); with `currentOnly: false` the whole published history; with `includeSuggested: true` the extractor's unreviewed suggestions too.")
    public List<@NonNull List<@NonNull Position>> topicPositions(@Source List<Topic> topics,
            @DefaultValue("true") @Description("Only each actor's current stance, when true; with `assessor`, that assessor's latest.") boolean currentOnly,
            @Description("Only this stance.") Stance stance,
            @Description("Only positions by this assessor: `extractor`, or `editor:<name>`.") String assessor,
            @DefaultValue("false") @Description(INCLUDE_SUGGESTED) boolean includeSuggested) {
        return service.ofTopics(topics, currentOnly, stance, assessor, includeSuggested);
    }

    @Name("positions")
    @Description("The actor's published stances, latest first: the whole history by default, or only the current stance per topic; with `includeSuggested: true` the extractor's unreviewed suggestions too.")
    public List<@NonNull List<@NonNull Position>> actorPositions(@Source List<Actor> actors,
            @Description("Only positions on the topic with this slug.") String topic,
            @DefaultValue("false") @Description("Only the current stance per topic, when true: a confirmed one taking precedence over suggestions, otherwise the latest; with `assessor`, that assessor's latest.") boolean currentOnly,
            @Description("Only positions by this assessor: `extractor`, or `editor:<name>`.") String assessor,
            @DefaultValue("false") @Description(INCLUDE_SUGGESTED) boolean includeSuggested) {
        return service.ofActors(actors, topic, currentOnly, assessor, includeSuggested);
    }

    @Subscription("positionChanged")
    // No transaction of its own: the feed lasts as long as the subscription; each batch is read in one.
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Description("Positions as they are recorded, reviewed or corrected (by editors, ingestion or imports, on any replica), "
            + "once their transaction commits: each changed position on the topic and of the actor, when given, that "
            + "the default views show (published; with `includeSuggested: true` also the extractor's unreviewed "
            + "suggestions).")
    public Multi<Position> positionChanged(
            @Description("Only positions on the topic with this slug.") String topic,
            @Id @Description("Only positions of this actor.") Long actor,
            @DefaultValue("false") @Description(INCLUDE_SUGGESTED) boolean includeSuggested) {
        return notifications.records(Notifications.POSITION_CHANGED, ids -> service.changed(ids, topic, actor, includeSuggested));
    }

    @Mutation("setPosition")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Records an actor's stance on a topic from a date on, signed `editor:<name>`. Earlier stances stay in the history; it takes precedence over the extractor's positions on the same topic, and re-extraction never replaces it. Its evidence statements become curated.")
    public @NonNull Position setPosition(@NonNull @Description("The assessment.") PositionInput input) {
        return service.set(validator.check(input, "input"), identity.name());
    }

    @Query("reviewQueue")
    @RolesAllowed(Roles.EDITOR)
    @Description("The extractor's suggestions awaiting an editor: first those shown unreviewed (published by confidence), then by confidence, highest first; among equals, those that would become an actor's current stance first. Read each one's `evidence` (with `paragraphText` and `span`) before confirming, rejecting or correcting it.")
    public @NonNull PositionConnection reviewQueue(
            @Description("Only suggestions on the topic with this slug.") String topic,
            @Id @Description("Only this actor's suggestions.") Long actor,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new PositionConnection(PageRequest.of(first, after, pages), service.reviewQueue(topic, actor));
    }

    @Mutation("confirmPosition")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Confirms the extractor's position: it is published, signed by the editor, and takes precedence over suggestions on the same actor and topic; its evidence statements become curated. Re-extraction never replaces it.")
    public @NonNull Position confirmPosition(@NonNull @Id @Description("The position.") Long id,
            @Description("Why, briefly.") String note) {
        return service.confirm(id, note, identity.name());
    }

    @Mutation("rejectPosition")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Rejects the extractor's position: it leaves every default view, and re-extraction does not suggest it again unless new evidence appears.")
    public @NonNull Position rejectPosition(@NonNull @Id @Description("The position.") Long id,
            @Description("Why, briefly.") String note) {
        return service.reject(id, note, identity.name());
    }

    @Mutation("correctPosition")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Replaces the extractor's position with the editor's reading of the same evidence: the suggestion is rejected, and the editor's position recorded and returned.")
    public @NonNull Position correctPosition(@NonNull @Id @Description("The suggestion.") Long id,
            @NonNull @Description("The right stance.") PositionCorrection input) {
        return service.correct(id, validator.check(input, "input"), identity.name());
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int positionTotal(@Source PositionConnection connection) {
        return connection.count();
    }

    @Name("actor")
    @Description("Whose stance this is.")
    public List<@NonNull Actor> positionActor(@Source List<Position> positions) {
        return service.actors(positions);
    }

    @Name("evidence")
    @Description("The statements that show the stance, earliest first.")
    public List<@NonNull List<@NonNull Statement>> positionEvidence(@Source List<Position> positions) {
        return statements.nested(Parent.EVIDENCE, positions, StatementFilter.NONE,
                StatementOrder.OLDEST_FIRST, pages.maxSize());
    }

    @Name("topic")
    @Description("The topic the stance is on.")
    public List<@NonNull Topic> positionTopic(@Source List<Position> positions) {
        return service.topics(positions);
    }
}
