package io.stancegraph.topic;

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
public class TopicGraphQLApi {

    private final TopicService service;
    private final InputValidator validator;
    private final PageConfig pages;

    public TopicGraphQLApi(TopicService service, InputValidator validator, PageConfig pages) {
        this.service = service;
        this.validator = validator;
        this.pages = pages;
    }

    @Query("topic")
    @Description("A topic by id.")
    public Topic topic(@NonNull @Id @Description("The topic's id.") Long id) {
        return Topic.findById(id);
    }

    @Query("topicBySlug")
    @Description("A topic by slug, e.g. `us-security-guarantee`.")
    public Topic topicBySlug(@NonNull @Description("The slug.") String slug) {
        return Topic.findBySlug(slug);
    }

    @Query("topics")
    @Description("All topics by slug, a page at a time.")
    public @NonNull TopicConnection topics(
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new TopicConnection(PageRequest.of(first, after, pages), service.list());
    }

    @Mutation("createTopic")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Adds a topic to the catalogue.")
    public @NonNull Topic createTopic(@NonNull @Description("The topic.") TopicInput input) {
        return service.create(validator.check(input, "input"));
    }

    @Mutation("updateTopic")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Changes a topic's definition. New claims take effect at once: the stances of the topic's statements are judged again and the extractor's suggestions on it worked out again; editors' positions stay as they are.")
    public @NonNull Topic updateTopic(@NonNull @Id @Description("The topic's id.") Long id,
            @NonNull @Description("The changes.") TopicUpdate input) {
        return service.update(id, validator.check(input, "input"));
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int topicTotal(@Source TopicConnection connection) {
        return connection.count();
    }
}
