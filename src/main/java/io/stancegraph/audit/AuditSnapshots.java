package io.stancegraph.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.Tenure;
import io.stancegraph.event.Event;
import io.stancegraph.platform.StoredEntity;
import io.stancegraph.position.Position;
import io.stancegraph.statement.Statement;
import io.stancegraph.topic.Topic;

/** What the change log keeps of each kind of record: the fields an editor can change, with linked records by id. */
final class AuditSnapshots {

    private static final Set<Class<?>> RECORDS = Set.of(Actor.class, Event.class, Statement.class, Position.class,
            Topic.class);

    private AuditSnapshots() {
    }

    static boolean isRecord(Class<?> type) {
        return RECORDS.contains(type);
    }

    static Long id(Object entity) {
        return entity instanceof StoredEntity stored ? stored.id : null;
    }

    static Map<String, Object> of(Object entity) {
        Map<String, Object> state = new LinkedHashMap<>();
        if (entity instanceof Actor actor) {
            state.put("name", actor.canonicalName);
            state.put("kind", actor.kind);
            state.put("country", actor.country);
            state.put("wikidataId", actor.wikidataId);
            state.put("aliases", actor.aliases.stream().map(alias -> alias.alias).toList());
            state.put("offices", Tenure.<Tenure>list("actor = ?1 order by startDate nulls first, id", actor).stream()
                    .map(AuditSnapshots::office).toList());
        } else if (entity instanceof Event event) {
            state.put("name", event.name);
            state.put("kind", event.kind);
            state.put("startsOn", event.startDate);
            state.put("endsOn", event.endDate);
            state.put("datePrecision", event.datePrecision);
            state.put("location", event.location);
            state.put("participantIds", sortedIds(event.participants));
        } else if (entity instanceof Statement statement) {
            state.put("articleId", statement.articleId);
            state.put("kind", statement.kind);
            state.put("text", statement.text);
            state.put("cue", statement.cue);
            state.put("saidOn", statement.saidOn);
            state.put("eventId", statement.event == null ? null : statement.event.id);
            state.put("speakerIds", sortedIds(statement.speakers));
            // By name too: the ids alone say nothing once an actor is merged away.
            state.put("speakers", statement.speakers.stream().map(actor -> actor.canonicalName).sorted().toList());
            state.put("speakerRole", statement.speakerRole);
            state.put("speakerRule", statement.speakerRule);
            state.put("attributionConfidence", statement.attributionConfidence);
            state.put("topics", statement.topics.stream().map(topic -> topic.slug).sorted().toList());
            state.put("origin", statement.origin);
        } else if (entity instanceof Position position) {
            state.put("actorId", position.actor.id);
            state.put("topic", position.topic.slug);
            state.put("stance", position.stance);
            state.put("validFrom", position.validFrom);
            state.put("assessor", position.assessor);
            state.put("confidence", position.confidence);
            state.put("note", position.note);
            state.put("evidenceStatementIds", sortedIds(position.evidence));
            state.put("reviewState", position.reviewState);
            state.put("published", position.published);
            state.put("reviewedBy", position.reviewedBy);
            state.put("reviewNote", position.reviewNote);
        } else if (entity instanceof Topic topic) {
            state.put("slug", topic.slug);
            state.put("name", topic.name);
            state.put("description", topic.description);
            state.put("keywords", List.copyOf(topic.keywords));
            state.put("proClaims", List.copyOf(topic.proClaims));
            state.put("conClaims", List.copyOf(topic.conClaims));
        } else {
            throw new IllegalArgumentException("no snapshot for " + entity.getClass());
        }
        return state;
    }

    /** Linked records by id, sorted, so that two snapshots differ only where the links do. */
    private static List<Long> sortedIds(Collection<? extends StoredEntity> records) {
        return records.stream().map(linked -> linked.id).sorted().toList();
    }

    /** A tenure as the change log shows it: the post and its dates, null when not known or not over. */
    private static Map<String, Object> office(Tenure tenure) {
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("post", tenure.post.label);
        office.put("from", tenure.startDate);
        office.put("to", tenure.endDate);
        return office;
    }

    /** Lists are copied, so that a snapshot taken before a write does not change with the record. */
    static Map<String, Object> copy(Map<String, Object> state) {
        Map<String, Object> copy = new LinkedHashMap<>();
        state.forEach((key, value) -> copy.put(key, value instanceof List<?> list ? List.copyOf(list) : value));
        return copy;
    }
}
