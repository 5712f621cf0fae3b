package io.stancegraph.importer;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One line of the JSON Lines import format (docs/import-format.md). Records refer to each other by natural keys:
 * topics by slug, actors by canonical name, articles by key, events by name, statements by article and span.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ImportRecord.TopicRecord.class, name = "topic"),
        @JsonSubTypes.Type(value = ImportRecord.ActorRecord.class, name = "actor"),
        @JsonSubTypes.Type(value = ImportRecord.ArticleRecord.class, name = "article"),
        @JsonSubTypes.Type(value = ImportRecord.EventRecord.class, name = "event"),
        @JsonSubTypes.Type(value = ImportRecord.StatementRecord.class, name = "statement"),
        @JsonSubTypes.Type(value = ImportRecord.PositionRecord.class, name = "position") })
@RegisterForReflection(targets = { ImportRecord.TopicRecord.class, ImportRecord.ActorRecord.class,
        ImportRecord.TenureRecord.class, ImportRecord.ArticleRecord.class, ImportRecord.EventRecord.class,
        ImportRecord.StatementRecord.class, ImportRecord.PositionRecord.class, ImportRecord.EvidenceRef.class })
public sealed interface ImportRecord {

    record TopicRecord(String slug, String name, String description, List<String> keywords, List<String> proClaims,
            List<String> conClaims) implements ImportRecord {
    }

    record ActorRecord(String name, String kind, String country, String wikidataId, List<String> aliases,
            List<TenureRecord> tenures) implements ImportRecord {
    }

    record TenureRecord(String post, String organization, LocalDate from, LocalDate to) {
    }

    record ArticleRecord(String key, String outlet, String url, String headline, LocalDate publishedOn, String body)
            implements ImportRecord {
    }

    record EventRecord(String name, String kind, LocalDate start, LocalDate end, String precision, String location,
            List<String> participants, List<String> articles) implements ImportRecord {
    }

    record StatementRecord(String article, String kind, List<String> speakers, String text, String cue,
            Integer paragraph, List<Integer> span, LocalDate saidOn, String saidOnPrecision, String event,
            String medium, String speakerRole, List<String> topics) implements ImportRecord {
    }

    record PositionRecord(String actor, String topic, String stance, LocalDate validFrom, String assessor,
            Double confidence, List<EvidenceRef> evidence, String note) implements ImportRecord {
    }

    record EvidenceRef(String article, List<Integer> span) {
    }
}
