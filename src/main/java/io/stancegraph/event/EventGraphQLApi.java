package io.stancegraph.event;

import java.util.List;

import jakarta.transaction.Transactional;

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
import io.stancegraph.platform.InputValidator;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.Audited;
import io.stancegraph.security.Roles;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
@Transactional
@ReadOnlyQueries
public class EventGraphQLApi {

    private final EventService service;
    private final InputValidator validator;
    private final PageConfig pages;

    public EventGraphQLApi(EventService service, InputValidator validator, PageConfig pages) {
        this.service = service;
        this.validator = validator;
        this.pages = pages;
    }

    @Query("event")
    @Description("An event by id.")
    public Event event(@NonNull @Id @Description("The event's id.") Long id) {
        return Event.findById(id);
    }

    @Query("events")
    @Description("Events matching a filter, latest first, a page at a time.")
    public @NonNull EventConnection events(
            @Description("Conditions the events must meet.") EventFilter filter,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new EventConnection(PageRequest.of(first, after, pages), service.list(filter));
    }

    @Name("events")
    @Description("Events the article mentions, earliest first.")
    public List<@NonNull List<@NonNull Event>> articleEvents(@Source List<Article> articles) {
        return service.ofArticles(articles);
    }

    @Name("events")
    @Description("Events the actor took part in, latest first.")
    public List<@NonNull List<@NonNull Event>> actorEvents(@Source List<Actor> actors) {
        return service.ofActors(actors);
    }

    @Mutation("createEvent")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Records an event.")
    public @NonNull Event createEvent(@NonNull @Description("The event.") EventInput input) {
        return service.create(validator.check(input, "input"));
    }

    @Mutation("updateEvent")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Replaces an event's details; participants are replaced when `participantIds` is given.")
    public @NonNull Event updateEvent(
            @NonNull @Id @Description("The event.") Long id,
            @NonNull @Description("The new details.") EventInput input) {
        return service.update(id, validator.check(input, "input"));
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int eventTotal(@Source EventConnection connection) {
        return connection.count();
    }

    @Description("Actors who took part in the event.")
    public List<@NonNull List<@NonNull Actor>> participants(@Source List<Event> events) {
        return service.participants(events);
    }

    @Name("articles")
    @Description("Articles that mention the event, earliest first.")
    public List<@NonNull List<@NonNull Article>> eventArticles(@Source List<Event> events) {
        return service.articles(events);
    }
}
