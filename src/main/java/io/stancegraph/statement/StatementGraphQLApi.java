package io.stancegraph.statement;

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
import io.stancegraph.article.Article;
import io.stancegraph.event.Event;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.stancegraph.platform.StoredEntity;
import io.stancegraph.platform.NotificationListener;
import io.stancegraph.platform.Notifications;
import io.stancegraph.platform.InputValidator;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.statement.StatementQueries.Parent;
import io.stancegraph.topic.Topic;
import io.stancegraph.platform.Audited;
import io.stancegraph.security.Roles;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
@Transactional
@ReadOnlyQueries
public class StatementGraphQLApi {

    private final StatementQueries queries;
    private final NotificationListener notifications;
    private final StatementService service;
    private final PageConfig pages;

    public StatementGraphQLApi(StatementQueries queries, StatementService service, PageConfig pages,
            NotificationListener notifications) {
        this.notifications = notifications;
        this.queries = queries;
        this.service = service;
        this.pages = pages;
    }

    @Query("statement")
    @Description("A statement by id.")
    public Statement statement(@NonNull @Id @Description("The statement's id.") Long id) {
        return Statement.findById(id);
    }

    @Query("statements")
    @Description("Statements matching a filter, in the given order, a page at a time.")
    public @NonNull StatementConnection statements(
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") StatementOrder orderBy,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new StatementConnection(PageRequest.of(first, after, pages),
                queries.list(StatementFilter.orNone(filter), orderBy));
    }

    @Query("searchStatements")
    @Description("Full-text search over statement text (English stemming; quotes, `or` and `-` work as in web search), best match first.")
    public @NonNull StatementSearchConnection searchStatements(
            @NonNull @Description("Words to look for, e.g. `security guarantee`.") String query,
            @Description("Further conditions the statements must meet.") StatementFilter filter,
            @Description("Page size; at most the configured maximum.") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        String words = InputValidator.requireText(query, "query", 500);
        return new StatementSearchConnection(PageRequest.of(first, after, pages),
                queries.search(words, StatementFilter.orNone(filter)));
    }

    @Description("The paragraph of the article where the statement starts: the evidence in context.")
    public List<@NonNull String> paragraphText(@Source List<Statement> statements) {
        return queries.paragraphTexts(statements);
    }

    @Name("statements")
    @Description("What the actor said, as speaker or co-speaker; latest first unless ordered otherwise.")
    public List<@NonNull List<@NonNull Statement>> actorStatements(@Source List<Actor> actors,
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") StatementOrder orderBy,
            @Description("How many statements per actor (default 20, at most the page maximum).") Integer first) {
        return nested(Parent.SPEAKER, actors, filter, orderBy, first);
    }

    @Name("statements")
    @Description("What was said at the event, in reading order of the reporting articles unless ordered otherwise.")
    public List<@NonNull List<@NonNull Statement>> eventStatements(@Source List<Event> events,
            @Description("Conditions the statements must meet, e.g. a speaker.") StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") @Description("Order of the list.") StatementOrder orderBy,
            @Description("How many statements per event (default 20, at most the page maximum).") Integer first) {
        return nested(Parent.EVENT, events, filter, orderBy, first);
    }

    @Name("statements")
    @Description("The statements the article reports, in reading order.")
    public List<@NonNull List<@NonNull Statement>> articleStatements(@Source List<Article> articles,
            @Description("Conditions the statements must meet, e.g. kinds.") StatementFilter filter,
            @Description("How many statements per article (default: the page maximum).") Integer first) {
        return nested(Parent.ARTICLE, articles, filter, StatementOrder.READING_ORDER,
                first == null ? pages.maxSize() : first);
    }

    @Name("statements")
    @Description("Statements about the topic, latest first unless ordered otherwise.")
    public List<@NonNull List<@NonNull Statement>> topicStatements(@Source List<Topic> topics,
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") StatementOrder orderBy,
            @Description("How many statements per topic (default 20, at most the page maximum).") Integer first) {
        return nested(Parent.TOPIC, topics, filter, orderBy, first);
    }

    /** The statements of each parent, as every nested `statements` list reads its arguments. */
    private List<List<Statement>> nested(Parent parent, List<? extends StoredEntity> parents, StatementFilter filter,
            StatementOrder orderBy, Integer first) {
        return queries.nested(parent, parents, StatementFilter.orNone(filter), orderBy,
                PageRequest.nestedLimit(first, pages, "first"));
    }

    @Subscription("statementAdded")
    // No transaction of its own: the feed lasts as long as the subscription; each batch is read in one.
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Description("Statements as they are stored (by ingestion or an import, on any replica), once their transaction commits: each "
            + "new statement that meets the filter.")
    public Multi<Statement> statementAdded(@Description("Which statements; all of them when absent.") StatementAddedFilter filter) {
        return notifications.records(Notifications.STATEMENT_ADDED, ids -> service.added(ids, filter, queries));
    }

    @Mutation("attachStatementToEvent")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Links a statement to the event where it was said, or unlinks it when `eventId` is null.")
    public @NonNull Statement attachStatementToEvent(
            @NonNull @Id @Description("The statement.") Long statementId,
            @Id @Description("The event, or null to unlink.") Long eventId) {
        return service.attachToEvent(statementId, eventId);
    }

    @Mutation("correctStatementSpeakers")
    @RolesAllowed(Roles.EDITOR)
    @Audited(subjects = "input.statementId")
    @Description("Replaces a statement's speakers, and with them the role that described the old ones unless `speakerRole` gives the new ones'. The correction is kept when the article is extracted again; the change log keeps the speakers before.")
    public @NonNull Statement correctStatementSpeakers(
            @NonNull @Description("The statement, its speakers and their role.") SpeakerCorrection input) {
        return service.correctSpeakers(input.statementId(), input.speakerIds(), input.speakerRole());
    }

    @Mutation("tagStatementTopics")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Replaces the topics a statement is about.")
    public @NonNull Statement tagStatementTopics(
            @NonNull @Id @Description("The statement.") Long statementId,
            @NonNull @Description("Slugs of the topics.") List<@NonNull String> topics) {
        return service.tagTopics(statementId, topics);
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int statementTotal(@Source StatementConnection connection) {
        return connection.count();
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int statementSearchTotal(@Source StatementSearchConnection connection) {
        return connection.count();
    }

    @Description("The actors who made the statement; several when it was made jointly.")
    public List<@NonNull List<@NonNull Actor>> speakers(@Source List<Statement> statements) {
        return queries.speakers(statements);
    }

    @Name("article")
    @Description("The article that reported the statement.")
    public List<@NonNull Article> statementArticle(@Source List<Statement> statements) {
        return queries.articles(statements);
    }

    @Name("event")
    @Description("The event at which the statement was made, when the article names one.")
    public List<Event> statementEvent(@Source List<Statement> statements) {
        return queries.events(statements);
    }

    @Description("The topics the statement is about.")
    public List<@NonNull List<@NonNull Topic>> topics(@Source List<Statement> statements) {
        return queries.topics(statements);
    }
}
