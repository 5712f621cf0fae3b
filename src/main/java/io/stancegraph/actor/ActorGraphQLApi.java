package io.stancegraph.actor;

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
public class ActorGraphQLApi {

    private final ActorService service;
    private final InputValidator validator;
    private final PageConfig pages;
    private final MergeSuggester suggester;

    public ActorGraphQLApi(ActorService service, InputValidator validator, PageConfig pages, MergeSuggester suggester) {
        this.service = service;
        this.suggester = suggester;
        this.validator = validator;
        this.pages = pages;
    }

    @Query("actor")
    @Description("An actor by id.")
    public Actor actor(@NonNull @Id @Description("The actor's id.") Long id) {
        return Actor.findById(id);
    }

    @Query("actorByName")
    @Description("An actor by canonical name or by any alias (case-insensitive), e.g. `Sir Keir` or `Mr Lammy`. Where several actors share an alias, the most quoted one. A surname alone (`Lammy`) finds the one person who bears it, and nobody when several do.")
    public Actor actorByName(@NonNull @Description("A name or alias.") String name) {
        return Actor.findByNameOrAlias(InputValidator.requireText(name, "name", 300));
    }

    @Query("actors")
    @Description("Actors matching a filter, a page at a time.")
    public @NonNull ActorConnection actors(
            @Description("Conditions the actors must meet.") ActorFilter filter,
            @DefaultValue("NAME") @Description("Order of the list.") ActorOrder orderBy,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new ActorConnection(PageRequest.of(first, after, pages), service.list(filter, orderBy));
    }

    @Query("suggestedMerges")
    @RolesAllowed(Roles.EDITOR)
    @Description("Pairs of actors that are probably one person or organisation, by their names: spellings and transliterations (`Zelenskiy` / `Zelensky`), a name with and without its legal form or initial, a lone surname beside a full name. Nothing is merged: an editor merges a pair with `mergeActors`. In order of the pair's ids; each page reads a bounded number of candidate pairs.")
    public @NonNull ActorMergeSuggestions suggestedMerges(
            @Description("Suggestions wanted; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return suggester.page(PageRequest.nestedLimit(first, pages, "first"), after);
    }

    @Description("Other names the actor goes by in articles: `Sir Keir`, `the Prime Minister`.")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Actor> actors) {
        return service.aliases(actors);
    }

    @Description("Posts the actor has held, latest first.")
    public List<@NonNull List<@NonNull Office>> offices(@Source List<Actor> actors) {
        return service.offices(actors);
    }

    @Mutation("createActor")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Records a new actor.")
    public @NonNull Actor createActor(@NonNull @Description("The actor.") ActorInput input) {
        return service.create(validator.check(input, "input"));
    }

    @Mutation("updateActor")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Changes an actor's name, kind, country or Wikidata id. A replaced name stays on as an alias.")
    public @NonNull Actor updateActor(
            @NonNull @Id @Description("The actor.") Long id,
            @NonNull @Description("The changes.") ActorUpdate input) {
        return service.update(id, validator.check(input, "input"));
    }

    @Mutation("addActorAlias")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Adds a name the actor goes by; adding a known alias changes nothing.")
    public @NonNull Actor addActorAlias(
            @NonNull @Id @Description("The actor.") Long actorId,
            @NonNull @Description("The alias, e.g. `Mr Lammy`.") String alias) {
        return service.addAlias(actorId, InputValidator.requireText(alias, "alias", 300));
    }

    @Mutation("setActorOffice")
    @RolesAllowed(Roles.EDITOR)
    @Audited(subjects = "input.actorId")
    @Description("Records that the actor holds a post from a date, or ends a period in office: the period of the post "
            + "that starts on `from` (with no `from`, the actor's only period in it) takes the end date `to`; failing "
            + "one, a new period is recorded. Titles in articles (`the Foreign Secretary`) name whoever held the post "
            + "on the article's day, so periods of one post may not overlap.")
    public @NonNull Actor setActorOffice(@NonNull @Description("The actor, the post and the dates.") OfficeInput input) {
        return service.setOffice(validator.check(input, "input"));
    }

    @Mutation("removeActorOffice")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Takes a post off the actor's record, every period of it, e.g. one read wrongly from an article: "
            + "the extractor names a speaker by the offices actors hold, so a wrong one names the wrong speaker.")
    public @NonNull Actor removeActorOffice(
            @NonNull @Id @Description("The actor.") Long actorId,
            @NonNull @Description("The post as `offices` lists it, e.g. `President of France` (case-insensitive).") String post) {
        return service.removeOffice(actorId, InputValidator.requireText(post, "post", 200));
    }

    @Mutation("mergeActors")
    @RolesAllowed(Roles.EDITOR)
    @Audited(subjects = { "survivorId", "duplicateId" })
    @Description("Merges a duplicate actor into another: statements, aliases, offices, event participations and positions move to the survivor, the duplicate's names become aliases, and the duplicate is deleted.")
    public @NonNull Actor mergeActors(
            @NonNull @Id @Description("The actor that remains.") Long survivorId,
            @NonNull @Id @Description("The actor folded into the survivor and deleted.") Long duplicateId) {
        return service.merge(survivorId, duplicateId);
    }


    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int actorTotal(@Source ActorConnection connection) {
        return connection.count();
    }
}
