package io.stancegraph.statement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.Actor;
import io.stancegraph.event.Event;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.actor.StatementsOfActorsChanged;
import io.stancegraph.topic.Topic;

/**
 * Editors' corrections to statements. A corrected statement counts as curated and survives re-extraction; a change
 * of speakers or topics has the extractor's positions of the actors concerned assessed again.
 */
@ApplicationScoped
public class StatementService {

    private final jakarta.enterprise.event.Event<StatementsOfActorsChanged> statementsOfActorsChanged;

    public StatementService(jakarta.enterprise.event.Event<StatementsOfActorsChanged> statementsOfActorsChanged) {
        this.statementsOfActorsChanged = statementsOfActorsChanged;
    }

    /** Those of the statements just stored that a subscriber with this filter hears of. */
    @Transactional
    public List<Statement> added(List<Long> ids, StatementAddedFilter filter, StatementQueries queries) {
        return queries.among(ids, filter == null ? StatementFilter.NONE : filter.conditions());
    }

    @Transactional
    public Statement attachToEvent(Long statementId, Long eventId) {
        Statement statement = find(statementId);
        Event event = null;
        if (eventId != null) {
            event = NotFoundException.unlessFound(Event.findById(eventId), "Event", eventId, "eventId");
        }
        statement.attachTo(event);
        statement.origin = StatementOrigin.CURATED;
        return statement;
    }

    /**
     * Gives the statement its real speakers. The role the article gave the speaker ("the president of France")
     * describes whoever it was said of: it goes with the old speakers unless the editor words the new one's.
     */
    @Transactional
    public Statement correctSpeakers(Long statementId, List<Long> speakerIds, String speakerRole) {
        if (speakerIds == null || speakerIds.isEmpty()) {
            throw new InvalidInputException("A statement needs at least one speaker", "input.speakerIds");
        }
        String role = speakerRole == null || speakerRole.isBlank() ? null : speakerRole.strip();
        if (role != null && role.length() > 300) {
            throw new InvalidInputException("input.speakerRole must be at most 300 characters", "input.speakerRole");
        }
        Statement statement = find(statementId);
        Set<Long> concerned = new LinkedHashSet<>();
        statement.speakers.forEach(speaker -> concerned.add(speaker.id));
        Set<Actor> speakers = findEach(speakerIds, id -> Actor.<Actor>findById(id), "Actor", "input.speakerIds");
        if (role != null || !speakers.equals(statement.speakers)) {
            statement.speakerRole = role;
        }
        statement.speakers.clear();
        statement.speakers.addAll(speakers);
        statement.speakersCurated = true;
        statement.origin = StatementOrigin.CURATED;
        statement.speakerRule = "editor";
        statement.attributionConfidence = 1.0;
        statement.speakerDoubtful = false;
        speakers.forEach(speaker -> concerned.add(speaker.id));
        statementsOfActorsChanged.fire(new StatementsOfActorsChanged(concerned));
        return statement;
    }

    @Transactional
    public Statement tagTopics(Long statementId, List<String> topicSlugs) {
        Statement statement = find(statementId);
        Set<Topic> topics = findEach(topicSlugs == null ? List.of() : topicSlugs, Topic::findBySlug, "Topic", "topics");
        statement.topics.clear();
        statement.topics.addAll(topics);
        statement.origin = StatementOrigin.CURATED;
        Set<Long> speakers = new LinkedHashSet<>();
        statement.speakers.forEach(speaker -> speakers.add(speaker.id));
        statementsOfActorsChanged.fire(new StatementsOfActorsChanged(speakers));
        return statement;
    }

    /** The records with these keys, in the order given; a key that matches nothing is refused. */
    private static <K, T> Set<T> findEach(List<K> keys, Function<K, T> finder, String type, String field) {
        Set<T> found = new LinkedHashSet<>();
        for (K key : keys) {
            found.add(NotFoundException.unlessFound(finder.apply(key), type, key, field));
        }
        return found;
    }

    private static Statement find(Long statementId) {
        return NotFoundException.unlessFound(statementId == null ? null : Statement.findById(statementId), "Statement",
                statementId, "statementId");
    }
}
