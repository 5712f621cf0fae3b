package io.stancegraph.topic;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

@ApplicationScoped
public class TopicService {

    private final EntityManager em;
    private final Event<TopicDefinitionChanged> definitionChanged;

    public TopicService(EntityManager em, Event<TopicDefinitionChanged> definitionChanged) {
        this.em = em;
        this.definitionChanged = definitionChanged;
    }

    /** All topics, by slug. */
    public Listing<Topic> list() {
        return new FilteredQuery<>(em, Topic.class, "t", Sql.TRUE, "t.slug");
    }

    @Transactional
    public Topic create(TopicInput input) {
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

    /** Applies the fields given; changed claims are announced, so that the topic's stances are judged again. */
    @Transactional
    public Topic update(Long id, TopicUpdate input) {
        Topic topic = NotFoundException.unlessFound(Topic.findById(id), "Topic", id, "id");
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
            List<String> claims = phrases(input.proClaims());
            claimsChanged |= !claims.equals(topic.proClaims);
            topic.proClaims = new ArrayList<>(claims);
        }
        if (input.conClaims() != null) {
            List<String> claims = phrases(input.conClaims());
            claimsChanged |= !claims.equals(topic.conClaims);
            topic.conClaims = new ArrayList<>(claims);
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
}
