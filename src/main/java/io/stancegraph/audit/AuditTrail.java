package io.stancegraph.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.stancegraph.security.CurrentIdentity;

/** Writes the change log, in the transaction of the write it records when there is one. */
@ApplicationScoped
public class AuditTrail {

    /** Arguments longer than this (article texts, import files) are recorded by their length alone. */
    private static final int MAX_RECORDED_TEXT = 500;

    private final EntityManager em;
    private final ObjectMapper json;
    private final CurrentIdentity identity;

    public AuditTrail(EntityManager em, ObjectMapper json, CurrentIdentity identity) {
        this.em = em;
        this.json = json;
        this.identity = identity;
    }

    /** The records with these ids as they are now, before a write; records that do not exist are left out. */
    @Transactional
    Map<Long, Map<String, Object>> snapshots(Class<?> type, Collection<Long> ids) {
        Map<Long, Map<String, Object>> states = new LinkedHashMap<>();
        for (Long id : ids) {
            Object entity = em.find(type, id);
            if (entity != null) {
                states.put(id, AuditSnapshots.copy(AuditSnapshots.of(entity)));
            }
        }
        return states;
    }

    /** The state of a record now, or null when it is gone; pending changes are flushed first. */
    @Transactional
    Map<String, Object> snapshotNow(Class<?> type, Long id) {
        em.flush();
        Object entity = em.find(type, id);
        return entity == null ? null : AuditSnapshots.of(entity);
    }

    /** A write's arguments by name as the log keeps them: secrets are left out and long texts recorded by their length. */
    JsonNode arguments(Map<String, Object> named) {
        return redact(json.valueToTree(named));
    }

    @Transactional
    void record(String operation, String entityType, Long entityId, Object before, Object after, Object arguments) {
        Change change = new Change();
        change.changedBy = identity.name();
        change.roles = identity.roles();
        change.operation = operation;
        change.entityType = entityType;
        change.entityId = entityId;
        change.beforeValue = write(before);
        change.afterValue = write(after);
        change.arguments = write(arguments);
        change.persist();
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record a change as JSON", e);
        }
    }

    private static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("password", "token"));
            object.properties().forEach(entry -> entry.setValue(redact(entry.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redact(array.get(i)));
            }
        } else if (node.isTextual() && node.textValue().length() > MAX_RECORDED_TEXT) {
            return TextNode.valueOf(node.textValue().length() + " characters");
        }
        return node;
    }
}
