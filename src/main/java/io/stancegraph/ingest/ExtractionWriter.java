package io.stancegraph.ingest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.stancegraph.actor.ActorAlias;
import io.stancegraph.ingest.extraction.ActorMention;
import io.stancegraph.ingest.extraction.Speaker;
import io.stancegraph.ingest.extraction.Statement;
import io.stancegraph.ingest.extraction.Tenure;

/**
 * Writes an extraction's many small rows (statements, speakers, aliases, offices, event links) as JDBC batches: a
 * handful of round trips per article instead of one per row, which keeps the serialised part of ingestion short.
 */
final class ExtractionWriter {

    private final Connection connection;
    private final java.util.function.BiPredicate<Long, String> knownName;

    /** {@code knownName} tells which aliases are stored already, so only new ones are sent. */
    ExtractionWriter(Connection connection, java.util.function.BiPredicate<Long, String> knownName) {
        this.connection = connection;
        this.knownName = knownName;
    }

    void write(long articleId, LocalDate publishedOn, List<Statement> statements, Map<String, Long> actorIds,
            Map<String, Long> eventIds, List<Object[]> eventLinks, List<ActorMention> mentions) throws SQLException {
        linkEvents(eventLinks);
        learnAliasesAndOffices(mentions, actorIds);
        long[] statementIds = insertStatements(articleId, publishedOn, statements, eventIds);
        TopicTagger tagger = new TopicTagger(topicKeywords());
        try (PreparedStatement topics = connection.prepareStatement(
                "insert into statement_topic (statement_id, topic_id) values (?, ?) on conflict do nothing")) {
            for (int i = 0; i < statements.size(); i++) {
                for (Long topic : tagger.topicsOf(statements.get(i).text())) {
                    topics.setLong(1, statementIds[i]);
                    topics.setLong(2, topic);
                    topics.addBatch();
                }
            }
            topics.executeBatch();
        }
        try (PreparedStatement speakers = connection.prepareStatement(
                "insert into statement_speaker (statement_id, actor_id) values (?, ?) on conflict do nothing")) {
            for (int i = 0; i < statements.size(); i++) {
                for (Speaker speaker : statements.get(i).speakers()) {
                    speakers.setLong(1, statementIds[i]);
                    speakers.setLong(2, actorIds.get(speaker.name()));
                    speakers.addBatch();
                }
            }
            speakers.executeBatch();
        }
    }

    private long[] insertStatements(long articleId, LocalDate publishedOn, List<Statement> statements,
            Map<String, Long> eventIds) throws SQLException {
        long[] ids = new long[statements.size()];
        if (statements.isEmpty()) {
            return ids;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into statement (article_id, kind, text, cue, paragraph, span_start, span_end, said_on,
                    said_on_precision, dated_on, event_id, medium, speaker_role, origin)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EXTRACTED')""", new String[] { "id" })) {
            for (Statement found : statements) {
                LocalDate saidOn = found.saidOn() == null ? null : found.saidOn().date();
                insert.setLong(1, articleId);
                insert.setString(2, found.kind().name());
                insert.setString(3, found.text());
                insert.setString(4, found.cue());
                insert.setInt(5, found.paragraph());
                insert.setInt(6, found.start());
                insert.setInt(7, found.end());
                insert.setObject(8, saidOn == null ? null : Date.valueOf(saidOn), Types.DATE);
                insert.setString(9, found.saidOn() == null ? null : found.saidOn().precision().name());
                insert.setDate(10, Date.valueOf(saidOn != null ? saidOn : publishedOn));
                Long eventId = found.event() == null ? null : eventIds.get(found.event());
                insert.setObject(11, eventId, Types.BIGINT);
                insert.setString(12, found.medium());
                insert.setString(13, found.speakers().stream().map(Speaker::role).filter(role -> role != null)
                        .findFirst().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int i = 0; i < ids.length && keys.next(); i++) {
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    private void linkEvents(List<Object[]> links) throws SQLException {
        try (PreparedStatement articles = connection.prepareStatement(
                "insert into event_article (event_id, article_id) values (?, ?) on conflict do nothing");
                PreparedStatement participants = connection.prepareStatement(
                        "insert into event_participant (event_id, actor_id) values (?, ?) on conflict do nothing")) {
            for (Object[] link : links) {
                PreparedStatement target = link[1] == null ? articles : participants;
                target.setLong(1, (Long) link[0]);
                target.setLong(2, (Long) (link[1] == null ? link[2] : link[1]));
                target.addBatch();
            }
            articles.executeBatch();
            participants.executeBatch();
        }
    }

    /** Surface forms become aliases; offices named in the article's appositions become tenures. */
    private void learnAliasesAndOffices(List<ActorMention> mentions, Map<String, Long> actorIds) throws SQLException {
        Map<String, Long> posts = null;
        try (PreparedStatement aliases = connection.prepareStatement("""
                insert into actor_alias (actor_id, alias, normalized)
                select ?, ?, ? where not exists (select 1 from actor where id = ? and lower(canonical_name) = ?)
                on conflict do nothing""");
                PreparedStatement tenures = connection.prepareStatement("""
                        insert into tenure (actor_id, post_id, start_date, end_date)
                        select ?, ?, ?, ? where not exists (select 1 from tenure where actor_id = ? and post_id = ?)""")) {
            for (ActorMention mention : mentions) {
                Long actorId = actorIds.get(mention.name());
                if (actorId == null) {
                    continue;
                }
                for (String alias : mention.aliases()) {
                    String normalized = ActorAlias.normalize(alias);
                    if (normalized.isEmpty() || normalized.length() > 300 || knownName.test(actorId, normalized)) {
                        continue;
                    }
                    aliases.setLong(1, actorId);
                    aliases.setString(2, alias.strip());
                    aliases.setString(3, normalized);
                    aliases.setLong(4, actorId);
                    aliases.setString(5, normalized);
                    aliases.addBatch();
                }
                for (Tenure tenure : mention.tenures()) {
                    if (tenure.title() == null || tenure.title().isBlank()) {
                        continue;
                    }
                    if (posts == null) {
                        posts = posts();
                    }
                    long postId = post(posts, tenure.title().strip());
                    tenures.setLong(1, actorId);
                    tenures.setLong(2, postId);
                    tenures.setObject(3, tenure.from() == null ? null : Date.valueOf(tenure.from()), Types.DATE);
                    tenures.setObject(4, tenure.to() == null ? null : Date.valueOf(tenure.to()), Types.DATE);
                    tenures.setLong(5, actorId);
                    tenures.setLong(6, postId);
                    tenures.addBatch();
                }
            }
            aliases.executeBatch();
            tenures.executeBatch();
        }
    }

    private Map<Long, List<String>> topicKeywords() throws SQLException {
        Map<Long, List<String>> keywords = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, keywords from topic where cardinality(keywords) > 0");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keywords.put(rows.getLong(1), List.of((String[]) rows.getArray(2).getArray()));
            }
        }
        return keywords;
    }

    private Map<String, Long> posts() throws SQLException {
        Map<String, Long> posts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, lower(label) from post");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                posts.put(rows.getString(2), rows.getLong(1));
            }
        }
        return posts;
    }

    /** The post with this title, or with this title "of" somewhere ("Foreign Secretary of the United Kingdom"). */
    private long post(Map<String, Long> posts, String title) throws SQLException {
        String key = title.toLowerCase(Locale.ROOT);
        Long id = posts.get(key);
        if (id == null) {
            id = posts.entrySet().stream().filter(entry -> entry.getKey().startsWith(key + " of "))
                    .map(Map.Entry::getValue).min(Long::compare).orElse(null);
        }
        if (id == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into post (label) values (?) on conflict (label) do update set label = excluded.label returning id")) {
                insert.setString(1, title);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
        }
        posts.put(key, id);
        return id;
    }
}
