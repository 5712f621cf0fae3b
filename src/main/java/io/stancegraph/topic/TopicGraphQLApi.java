package io.stancegraph.topic;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Event;

import jakarta.persistence.EntityManager;
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
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.Audited;
import io.stancegraph.security.Roles;
import io.stancegraph.platform.TranslatedErrors;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

@GraphQLApi
@TranslatedErrors
@Transactional
@ReadOnlyQueries
public class TopicGraphQLApi {

    private final InputValidator validator;
    private final PageConfig pages;
    private final EntityManager em;
    private final Event<TopicDefinitionChanged> definitionChanged;

    public TopicGraphQLApi(InputValidator validator, PageConfig pages, EntityManager em,
            Event<TopicDefinitionChanged> definitionChanged) {
        this.definitionChanged = definitionChanged;
        this.validator = validator;
        this.pages = pages;
        this.em = em;
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
        PageRequest page = PageRequest.of(first, after, pages);
        FilteredQuery<Topic> all = new FilteredQuery<>(em, Topic.class, "t", Sql.TRUE);
        return new TopicConnection(all.page("t.slug", page), all::count);
    }

    @Mutation("createTopic")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Adds a topic to the catalogue.")
    @Transactional
    public @NonNull Topic createTopic(@NonNull @Description("The topic.") TopicInput input) {
        validator.check(input, "input");
        if (Topic.findBySlug(input.slug()) != null) {
            throw new ConflictException("A topic with slug " + input.slug() + " already exists", "input.slug");
        }
        Topic topic = new Topic();
        topic.slug = input.slug();
        topic.name = input.name().strip();
        topic.description = input.description();
        topic.keywords.addAll(phrases(input.keywords()));
        topic.proClaims.addAll(phrases(input.proClaims()));
        topic.conClaims.addAll(phrases(input.conClaims()));
        topic.persist();
        return topic;
    }

    @Mutation("updateTopic")
    @RolesAllowed(Roles.EDITOR)
    @Audited
    @Description("Changes a topic's definition. New claims take effect at once: the stances of the topic's statements are judged again and the extractor's suggestions on it worked out again; editors' positions stay as they are.")
    @Transactional
    public @NonNull Topic updateTopic(@NonNull @Id @Description("The topic's id.") Long id,
            @NonNull @Description("The changes.") TopicUpdate input) {
        validator.check(input, "input");
        Topic topic = Topic.findById(id);
        if (topic == null) {
            throw new NotFoundException("Topic", id, "id");
        }
        if (input.name() != null) {
            if (input.name().isBlank()) {
                throw new InvalidInputException("name must not be blank", "input.name");
            }
            topic.name = input.name().strip();
        }
        if (input.description() != null) {
            topic.description = input.description().isBlank() ? null : input.description().strip();
        }
        if (input.keywords() != null) {
            topic.keywords = new ArrayList<>(phrases(input.keywords()));
        }
        boolean claimsChanged = false;
        if (input.proClaims() != null) {
            claimsChanged |= !phrases(input.proClaims()).equals(topic.proClaims);
            topic.proClaims = new ArrayList<>(phrases(input.proClaims()));
        }
        if (input.conClaims() != null) {
            claimsChanged |= !phrases(input.conClaims()).equals(topic.conClaims);
            topic.conClaims = new ArrayList<>(phrases(input.conClaims()));
        }
        if (claimsChanged) {
            em.flush();
            definitionChanged.fire(new TopicDefinitionChanged(topic.id));
        }
        return topic;
    }

    /** The non-blank phrases of a list, trimmed, in order. */
    private static List<String> phrases(List<String> given) {
        return given == null ? List.of()
                : given.stream().filter(phrase -> phrase != null && !phrase.isBlank()).map(String::strip).distinct().toList();
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int topicTotal(@Source TopicConnection connection) {
        return connection.count();
    }
}
