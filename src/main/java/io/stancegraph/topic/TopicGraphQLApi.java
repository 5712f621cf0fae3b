package io.stancegraph.topic;

import java.util.List;

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
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.Audited;
import io.stancegraph.security.Roles;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
// Each resolver call in a transaction of its own, so it has a session of its own: the batches of one request run
// on several worker threads at once, and a session shared between them is not thread-safe.
@Transactional
@ReadOnlyQueries
public class TopicGraphQLApi {

    private final InputValidator validator;
    private final PageConfig pages;
    private final EntityManager em;

    public TopicGraphQLApi(InputValidator validator, PageConfig pages, EntityManager em) {
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
        List<Topic> rows = em.createQuery("select t from Topic t order by t.slug", Topic.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        return new TopicConnection(Page.of(rows, page),
                () -> em.createQuery("select count(t) from Topic t", Long.class).getSingleResult());
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
        if (input.keywords() != null) {
            input.keywords().stream().filter(keyword -> keyword != null && !keyword.isBlank())
                    .map(String::strip).forEach(topic.keywords::add);
        }
        topic.persist();
        return topic;
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int topicTotal(@Source TopicConnection connection) {
        return connection.count();
    }
}
