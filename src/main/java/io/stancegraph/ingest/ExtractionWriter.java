package io.stancegraph.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.stancegraph.actor.ActorAlias;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.extraction.ActorKind;
import io.stancegraph.extraction.ActorMention;
import io.stancegraph.extraction.AttributionConfidence;
import io.stancegraph.extraction.ExtractedEvent;
import io.stancegraph.extraction.ExtractedStatement;
import io.stancegraph.extraction.Extraction;
import io.stancegraph.extraction.Speaker;
import io.stancegraph.extraction.TitleTenure;

/**
 * Writes one extraction: creates the actors, events and posts it needs, then its many small rows (statements with
 * their speakers and topics, aliases, offices, event links). Each kind of row travels as one statement over arrays,
 * whatever their number, so an article costs a handful of round trips and the server keeps every statement
 * prepared.
 * <p>
 * Concurrency (see {@link IngestLock}): before writing, {@link #keysToLock} names what this extraction may create
 * that the database did not hold when it looked; the caller locks those keys, and the writer then looks again
 * before creating. Shared rows that another ingestion may insert at the same moment are inserted with
 * {@code ON CONFLICT DO NOTHING} in sorted order.
 */
final class ExtractionWriter {

    private final Connection connection;
    private final ActorDirectory directory;
    /** Posts by lower-cased label, and their labels by id; read when the extraction names an office. */
    private Map<String, Long> posts;
    private Map<Long, String> labels;
    /** Whether a post was missing when the keys were chosen, so posts must be read again under the lock. */
    private boolean postsMissing;

    ExtractionWriter(Connection connection, ActorDirectory directory) {
        this.connection = connection;
        this.directory = directory;
    }

    /** Events of an extraction: their ids in the extraction's order, and how many were created. */
    record Events(long[] ids, int created) {
    }

    /**
     * The speakers of an extraction that the database does not hold, by name, sorted, with the kind the article's
     * mention gives. Only a source of statements becomes an actor: a place, a team or a firm merely mentioned does
     * not; an actor already stored still learns the article's aliases and offices.
     */
    static Map<String, ActorKind> missingActors(Extraction extraction, Map<String, Long> actorIds) {
        Map<String, ActorKind> mentioned = new HashMap<>();
        extraction.actors().forEach(mention -> mentioned.putIfAbsent(mention.name(), mention.kind()));
        Map<String, ActorKind> missing = new TreeMap<>();
        extraction.statements().forEach(statement -> statement.speakers().forEach(speaker -> missing
                .putIfAbsent(speaker.name(), mentioned.getOrDefault(speaker.name(), speaker.kind()))));
        missing.keySet().removeAll(actorIds.keySet());
        return missing;
    }

    /** The forms an article gives an actor: its canonical name there, then every alias. */
    static List<String> surfaceForms(ActorMention mention) {
        List<String> forms = new ArrayList<>();
        forms.add(mention.name());
        forms.addAll(mention.aliases());
        return forms;
    }

    /**
     * The lock keys for what this extraction may create: the names of missing actors and of aliases not yet known
     * (one key space, since an alias added by one article and an actor created by another may be the same name),
     * and posts not yet stored or gaining an office. Known rows need no key, which keeps the
     * usual article, about actors already stored, free of locks.
     */
    Set<String> keysToLock(Extraction extraction, Map<String, Long> actorIds, Collection<String> missing)
            throws SQLException {
        Set<String> keys = new TreeSet<>();
        missing.forEach(name -> keys.add(nameKey(ActorAlias.normalize(name))));
        for (ActorMention mention : extraction.actors()) {
            Long actorId = actorIds.get(mention.name());
            for (String alias : surfaceForms(mention)) {
                String normalized = ActorAlias.normalize(alias);
                if (aliasable(normalized) && (actorId == null || !directory.knows(actorId, normalized))) {
                    keys.add(nameKey(normalized));
                }
            }
            for (TitleTenure tenure : mention.tenures()) {
                if (tenure.title() == null || tenure.title().isBlank()) {
                    continue;
                }
                String title = tenure.title().strip();
                Long postId = post(title);
                postsMissing |= postId == null;
                if (postId == null || actorId == null || !directory.holds(actorId, labels.get(postId))) {
                    // One key per post covers creating it and recording anyone's office in it.
                    keys.add("post:" + (postId == null ? title : labels.get(postId)).toLowerCase(Locale.ROOT));
                }
            }
        }
        return keys;
    }

    /**
     * Creates the missing actors, unless the database holds them now (another ingestion created them while this
     * one waited for their keys), and adds every id to {@code actorIds}. Call under the keys of
     * {@link #keysToLock}.
     */
    int createActors(Map<String, ActorKind> missing, Map<String, Long> actorIds) throws SQLException {
        if (missing.isEmpty()) {
            return 0;
        }
        actorIds.putAll(ActorLookup.existing(connection, missing.keySet()));
        List<String> names = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        missing.forEach((name, kind) -> {
            if (!actorIds.containsKey(name)) {
                names.add(name);
                kinds.add((kind == null ? ActorKind.PERSON : kind).name());
            }
        });
        if (names.isEmpty()) {
            return 0;
        }
        int created = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into actor (canonical_name, kind)
                select n, k from unnest(?::text[], ?::text[]) as a(n, k) order by n
                on conflict do nothing returning id, canonical_name""")) {
            insert.setArray(1, array("text", names));
            insert.setArray(2, array("text", kinds));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    actorIds.put(rows.getString(2), rows.getLong(1));
                    created++;
                }
            }
        }
        if (created < names.size()) {
            // An editor created one of them with the same name and kind meanwhile.
            actorIds.putAll(ActorLookup.existing(connection, names.stream().filter(name -> !actorIds.containsKey(name)).toList()));
        }
        return created;
    }

    /** Events found (by name and start date) or created, in one statement: their ids, in the extraction's order. */
    Events events(List<ExtractedEvent> found) throws SQLException {
        long[] ids = new long[found.size()];
        if (found.isEmpty()) {
            return new Events(ids, 0);
        }
        int created = 0;
        Map<List<Object>, ExtractedEvent> wanted = new LinkedHashMap<>();
        found.forEach(event -> wanted.putIfAbsent(eventKey(event), event));
        List<String> names = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> precisions = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        wanted.values().forEach(event -> {
            names.add(event.name());
            kinds.add(event.kind().name());
            starts.add(event.date() == null ? null : event.date().date().toString());
            precisions.add(event.date() == null ? DatePrecision.UNKNOWN.name() : event.date().precision().name());
            locations.add(event.location());
        });
        Map<List<Object>, Long> idsByKey = new HashMap<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                with wanted as (
                    select * from unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[])
                        as w(name, kind, start_date, date_precision, location)),
                created as (
                    insert into event (name, kind, start_date, date_precision, location)
                    select name, kind, start_date, date_precision, location from wanted order by name, start_date
                    on conflict on constraint uq_event_name_start do nothing
                    returning id, name, start_date)
                select id, name, start_date, true from created
                union all
                select e.id, e.name, e.start_date, false from event e
                where exists (select 1 from wanted w where w.name = e.name and w.start_date is not distinct from e.start_date)""")) {
            upsert.setArray(1, array("text", names));
            upsert.setArray(2, array("text", kinds));
            upsert.setArray(3, array("date", starts));
            upsert.setArray(4, array("text", precisions));
            upsert.setArray(5, array("text", locations));
            try (ResultSet rows = upsert.executeQuery()) {
                while (rows.next()) {
                    Date start = rows.getDate(3);
                    idsByKey.put(List.of(rows.getString(2), start == null ? "" : start.toLocalDate().toString()),
                            rows.getLong(1));
                    created += rows.getBoolean(4) ? 1 : 0;
                }
            }
        }
        for (Map.Entry<List<Object>, ExtractedEvent> entry : wanted.entrySet()) {
            if (!idsByKey.containsKey(entry.getKey())) {
                // Committed by another ingestion after this statement began: the insert saw it, the select could not.
                idsByKey.put(entry.getKey(), committedEvent(entry.getValue()));
            }
        }
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idsByKey.get(eventKey(found.get(i)));
        }
        return new Events(ids, created);
    }

    /**
     * Stores the statements with their speakers and topics, links the events to the article and their participants,
     * and learns aliases and offices. Returns the statements' ids, in the order given.
     */
    long[] write(long articleId, LocalDate publishedOn, List<ExtractedStatement> statements, Map<String, Long> actorIds,
            List<ExtractedEvent> events, long[] eventIds, List<ActorMention> mentions) throws SQLException {
        Map<String, Long> eventIdsByName = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            eventIdsByName.put(events.get(i).name(), eventIds[i]);
        }
        linkEvents(articleId, events, eventIds, actorIds);
        learnAliases(mentions, actorIds);
        learnOffices(mentions, actorIds);
        return insertStatements(articleId, publishedOn, statements, actorIds, eventIdsByName);
    }

    private long[] insertStatements(long articleId, LocalDate publishedOn, List<ExtractedStatement> statements,
            Map<String, Long> actorIds, Map<String, Long> eventIds) throws SQLException {
        long[] ids = new long[statements.size()];
        if (statements.isEmpty()) {
            return ids;
        }
        int n = statements.size();
        String[] kinds = new String[n], texts = new String[n], cues = new String[n], saidOn = new String[n],
                precisions = new String[n], datedOn = new String[n], media = new String[n], roles = new String[n],
                rules = new String[n];
        Double[] confidences = new Double[n];
        Integer[] paragraphs = new Integer[n], starts = new Integer[n], ends = new Integer[n];
        Long[] events = new Long[n];
        List<Long> speakerRows = new ArrayList<>(), speakerActors = new ArrayList<>();
        List<Long> topicRows = new ArrayList<>(), topicIds = new ArrayList<>();
        TopicTagger tagger = new TopicTagger(topicKeywords());
        for (int i = 0; i < n; i++) {
            ExtractedStatement found = statements.get(i);
            LocalDate said = found.saidOn() == null ? null : found.saidOn().date();
            kinds[i] = found.kind().name();
            texts[i] = found.text();
            cues[i] = found.cue();
            paragraphs[i] = found.paragraph();
            starts[i] = found.start();
            ends[i] = found.end();
            saidOn[i] = said == null ? null : said.toString();
            precisions[i] = found.saidOn() == null ? null : found.saidOn().precision().name();
            datedOn[i] = (said != null ? said : publishedOn).toString();
            events[i] = found.event() == null ? null : eventIds.get(found.event());
            media[i] = found.medium();
            // a speaker the article does not name keeps its description as the role: "a senior government official"
            roles[i] = found.speakers().stream().map(Speaker::role).filter(Objects::nonNull).findFirst()
                    .orElse(found.speakerDescription());
            rules[i] = found.speakerRule();
            confidences[i] = AttributionConfidence.of(found.speakerRule());
            long row = i + 1L;
            found.speakers().stream().map(speaker -> actorIds.get(speaker.name())).distinct().forEach(actor -> {
                speakerRows.add(row);
                speakerActors.add(actor);
            });
            for (Long topic : tagger.topicsOf(found.text())) {
                topicRows.add(row);
                topicIds.add(topic);
            }
        }
        // Ids are drawn from the sequence in the statements' order, so speakers and topics join them by position.
        try (PreparedStatement insert = connection.prepareStatement("""
                with input as materialized (
                    select nextval('statement_id_seq') as id, s.*
                    from unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::date[], ?::text[],
                                ?::date[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::float8[]) with ordinality
                        as s(kind, text, cue, paragraph, span_start, span_end, said_on, said_on_precision, dated_on,
                             event_id, medium, speaker_role, speaker_rule, attribution_confidence, n)),
                stored as (
                    insert into statement (id, article_id, kind, text, cue, paragraph, span_start, span_end, said_on,
                                           said_on_precision, dated_on, event_id, medium, speaker_role, speaker_rule,
                                           attribution_confidence, origin)
                    select id, ?, kind, text, cue, paragraph, span_start, span_end, said_on, said_on_precision, dated_on,
                           event_id, medium, speaker_role, speaker_rule, attribution_confidence, 'EXTRACTED'
                    from input order by n),
                speakers as (
                    insert into statement_speaker (statement_id, actor_id, dated_on)
                    select i.id, l.actor_id, i.dated_on from unnest(?::bigint[], ?::bigint[]) as l(n, actor_id)
                    join input i on i.n = l.n),
                topics as (
                    insert into statement_topic (statement_id, topic_id)
                    select i.id, l.topic_id from unnest(?::bigint[], ?::bigint[]) as l(n, topic_id) join input i on i.n = l.n)
                select id from input order by n""")) {
            insert.setArray(1, array("text", kinds));
            insert.setArray(2, array("text", texts));
            insert.setArray(3, array("text", cues));
            insert.setArray(4, array("integer", paragraphs));
            insert.setArray(5, array("integer", starts));
            insert.setArray(6, array("integer", ends));
            insert.setArray(7, array("date", saidOn));
            insert.setArray(8, array("text", precisions));
            insert.setArray(9, array("date", datedOn));
            insert.setArray(10, array("bigint", events));
            insert.setArray(11, array("text", media));
            insert.setArray(12, array("text", roles));
            insert.setArray(13, array("text", rules));
            insert.setArray(14, array("float8", confidences));
            insert.setLong(15, articleId);
            insert.setArray(16, array("bigint", speakerRows));
            insert.setArray(17, array("bigint", speakerActors));
            insert.setArray(18, array("bigint", topicRows));
            insert.setArray(19, array("bigint", topicIds));
            try (ResultSet rows = insert.executeQuery()) {
                for (int i = 0; i < n && rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
        }
        return ids;
    }

    /** The article to each event, and each event's participants (in sorted order: others may add the same). */
    private void linkEvents(long articleId, List<ExtractedEvent> events, long[] eventIds, Map<String, Long> actorIds)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        List<Long> linked = new ArrayList<>(), participantEvents = new ArrayList<>(), participants = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            linked.add(eventIds[i]);
            for (String participant : events.get(i).participants()) {
                Long actorId = actorIds.get(participant);
                if (actorId != null) {
                    participantEvents.add(eventIds[i]);
                    participants.add(actorId);
                }
            }
        }
        write("""
                with articles as (
                    insert into event_article (event_id, article_id)
                    select distinct e, ? from unnest(?::bigint[]) as e order by 1 on conflict do nothing)
                insert into event_participant (event_id, actor_id)
                select distinct e, a from unnest(?::bigint[], ?::bigint[]) as p(e, a) order by 1, 2
                on conflict do nothing""",
                articleId, array("bigint", linked), array("bigint", participantEvents), array("bigint", participants));
    }

    /** Surface forms not yet known become aliases of their actor, unless they are its canonical name. */
    private void learnAliases(List<ActorMention> mentions, Map<String, Long> actorIds) throws SQLException {
        Map<List<Object>, String> aliases = new TreeMap<>(ExtractionWriter::compareKeys);
        for (StoredMention stored : stored(mentions, actorIds)) {
            for (String alias : surfaceForms(stored.mention())) {
                String normalized = ActorAlias.normalize(alias);
                if (aliasable(normalized) && !directory.knows(stored.actorId(), normalized)) {
                    aliases.putIfAbsent(List.of(stored.actorId(), normalized), alias.strip());
                }
            }
        }
        if (aliases.isEmpty()) {
            return;
        }
        List<Object> actors = new ArrayList<>(), normalized = new ArrayList<>();
        aliases.keySet().forEach(key -> {
            actors.add(key.get(0));
            normalized.add(key.get(1));
        });
        write("""
                insert into actor_alias (actor_id, alias, normalized)
                select l.actor_id, l.alias, l.normalized
                from unnest(?::bigint[], ?::text[], ?::text[]) with ordinality as l(actor_id, alias, normalized, n)
                where not exists (select 1 from actor a where a.id = l.actor_id and lower(a.canonical_name) = l.normalized)
                order by n
                on conflict do nothing""",
                array("bigint", actors), array("text", aliases.values()), array("text", normalized));
    }

    /** Offices named in the article's appositions become tenures, once per actor and post. */
    private void learnOffices(List<ActorMention> mentions, Map<String, Long> actorIds) throws SQLException {
        Map<List<Object>, TitleTenure> offices = new TreeMap<>(ExtractionWriter::compareKeys);
        for (StoredMention stored : stored(mentions, actorIds)) {
            Long actorId = stored.actorId();
            for (TitleTenure tenure : stored.mention().tenures()) {
                if (tenure.title() == null || tenure.title().isBlank()) {
                    continue;
                }
                if (postsMissing) {
                    // Chosen before the lock: another ingestion may have created the post since.
                    readPosts();
                    postsMissing = false;
                }
                String title = tenure.title().strip();
                Long postId = post(title);
                if (postId == null) {
                    postId = createPost(title);
                }
                if (!directory.holds(actorId, labels.get(postId))) {
                    offices.putIfAbsent(List.of(actorId, postId), tenure);
                }
            }
        }
        if (offices.isEmpty()) {
            return;
        }
        List<Object> actors = new ArrayList<>(), postIds = new ArrayList<>(), from = new ArrayList<>(), to = new ArrayList<>();
        offices.forEach((key, tenure) -> {
            actors.add(key.get(0));
            postIds.add(key.get(1));
            from.add(tenure.from() == null ? null : tenure.from().toString());
            to.add(tenure.to() == null ? null : tenure.to().toString());
        });
        write("""
                insert into tenure (actor_id, post_id, start_date, end_date)
                select t.actor_id, t.post_id, t.start_date, t.end_date
                from unnest(?::bigint[], ?::bigint[], ?::date[], ?::date[]) with ordinality as t(actor_id, post_id, start_date, end_date, n)
                where not exists (select 1 from tenure x where x.actor_id = t.actor_id and x.post_id = t.post_id)
                order by n
                on conflict do nothing""",
                array("bigint", actors), array("bigint", postIds), array("date", from), array("date", to));
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

    private void readPosts() throws SQLException {
        posts = new HashMap<>();
        labels = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, label from post");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                posts.put(rows.getString(2).toLowerCase(Locale.ROOT), rows.getLong(1));
                labels.put(rows.getLong(1), rows.getString(2));
            }
        }
    }

    /** The post with this title, or with this title "of" somewhere ("Foreign Secretary of the United Kingdom"). */
    private Long post(String title) throws SQLException {
        if (posts == null) {
            readPosts();
        }
        String key = title.toLowerCase(Locale.ROOT);
        Long id = posts.get(key);
        if (id == null) {
            id = posts.entrySet().stream().filter(entry -> entry.getKey().startsWith(key + " of "))
                    .map(Map.Entry::getValue).min(Long::compare).orElse(null);
        }
        return id;
    }

    private long createPost(String title) throws SQLException {
        Long id = null;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into post (label) values (?) on conflict (label) do nothing returning id")) {
            insert.setString(1, title);
            try (ResultSet row = insert.executeQuery()) {
                if (row.next()) {
                    id = row.getLong(1);
                }
            }
        }
        if (id == null) {
            // An editor stored the same label meanwhile.
            try (PreparedStatement select = connection.prepareStatement("select id from post where label = ?")) {
                select.setString(1, title);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
        }
        posts.put(title.toLowerCase(Locale.ROOT), id);
        labels.put(id, title);
        return id;
    }

    private long committedEvent(ExtractedEvent event) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from event where name = ? and start_date is not distinct from ?::date")) {
            select.setString(1, event.name());
            select.setString(2, event.date() == null ? null : event.date().date().toString());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A mention of an actor already stored, with the actor's id. */
    private record StoredMention(Long actorId, ActorMention mention) {
    }

    private static List<StoredMention> stored(List<ActorMention> mentions, Map<String, Long> actorIds) {
        return mentions.stream().filter(mention -> actorIds.get(mention.name()) != null)
                .map(mention -> new StoredMention(actorIds.get(mention.name()), mention)).toList();
    }

    /** Runs a write with its parameters in order (arrays, as a rule: one statement for all the rows). */
    private void write(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private Array array(String type, Collection<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }

    private Array array(String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    private static boolean aliasable(String normalized) {
        return !normalized.isEmpty() && normalized.length() <= 300;
    }

    private static String nameKey(String normalized) {
        return "name:" + normalized;
    }

    private static List<Object> eventKey(ExtractedEvent event) {
        return List.of(event.name(), event.date() == null ? "" : event.date().date().toString());
    }

    /** Orders (actor id, name or post id) keys, the order in which rows others may also insert are written. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
