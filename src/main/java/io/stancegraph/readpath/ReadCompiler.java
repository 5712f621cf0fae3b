package io.stancegraph.readpath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.position.Position;
import io.stancegraph.statement.StatementKind;
import io.stancegraph.statement.StatementOrder;
import io.stancegraph.statement.StatementQueries;
import io.stancegraph.statement.StatementQueries.Parent;

/**
 * Compiles a normalized GraphQL query over the read graph (actors, statements, articles, events, topics, positions)
 * into one SQL statement that returns the response's {@code data} as JSON, so PostgreSQL assembles the nested result
 * in one round trip. A query that asks for anything it does not know is refused ({@link Unsupported}), and the
 * resolvers answer it instead; so are arguments the resolvers would reject, so that their error messages stay the
 * only ones. Orders, limits and the meaning of each field follow the resolvers'; a test compares the two answers.
 */
final class ReadCompiler {

    /** Thrown when a query is outside what the compiler knows; cheap, as it is an everyday outcome. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** The SQL and its parameters, in order. */
    record CompiledRead(String sql, List<Object> parameters) {
    }

    /** {@code PositionService.CURRENT} in SQL: no later position of the pair, an editor's outranking the extractor's. */
    private static final String CURRENT = """
             and not exists (select 1 from actor_position later where later.actor_id = p.actor_id
                and later.topic_id = p.topic_id
                and ((p.assessor = '%1$s' and later.assessor <> '%1$s')
                  or (((p.assessor = '%1$s' and later.assessor = '%1$s') or (p.assessor <> '%1$s' and later.assessor <> '%1$s'))
                    and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)))))"""
            .formatted(Position.EXTRACTOR);

    /** {@code PositionService.CURRENT_BY_SAME_ASSESSOR} in SQL: that assessor's latest position on the pair. */
    private static final String CURRENT_BY_SAME_ASSESSOR = """
             and not exists (select 1 from actor_position later where later.actor_id = p.actor_id
                and later.topic_id = p.topic_id and later.assessor = p.assessor
                and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)))""";

    private final int defaultPageSize;
    private final int maxPageSize;

    ReadCompiler(int defaultPageSize, int maxPageSize) {
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    CompiledRead compile(ExecutableNormalizedOperation operation) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Unsupported("not a query");
        }
        Build build = new Build();
        List<String> entries = new ArrayList<>();
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            entries.add(build.root(field));
        }
        return new CompiledRead("select " + jsonObject(entries, operation.getTopLevelFields()) + "::text",
                build.parameters);
    }

    private static String jsonObject(List<String> expressions, List<ExecutableNormalizedField> fields) {
        if (fields.isEmpty() || fields.size() > 50) { // json_build_object takes at most 100 arguments
            throw new Unsupported("selection size");
        }
        StringBuilder sql = new StringBuilder("json_build_object(");
        for (int i = 0; i < fields.size(); i++) {
            String key = fields.get(i).getResultKey();
            if (!key.matches("[_A-Za-z][_0-9A-Za-z]*")) {
                throw new Unsupported("result key");
            }
            sql.append(i == 0 ? "" : ", ").append('\'').append(key).append("', ").append(expressions.get(i));
        }
        return sql.append(')').toString();
    }

    /**
     * One compilation: fresh table aliases, and the parameters in the order they appear in the SQL; they are numbered
     * in the order {@link #parameter} is called, so each expression is built in the order of the text.
     */
    private final class Build {

        final List<Object> parameters = new ArrayList<>();
        private int aliases;

        private String alias() {
            return "t" + (++aliases);
        }

        private String parameter(Object value) {
            parameters.add(value);
            return "?";
        }

        String root(ExecutableNormalizedField field) {
            Map<String, Object> arguments = field.getResolvedArguments();
            return switch (field.getName()) {
                case "__typename" -> "'Query'";
                case "actors" -> actorConnection(field, arguments);
                case "statements" -> statementConnection(field, arguments);
                case "searchStatements" -> searchConnection(field, arguments);
                case "actor" -> byId("actor", "Actor", field, arguments);
                case "statement" -> byId("statement", "Statement", field, arguments);
                case "article" -> byId("article", "Article", field, arguments);
                case "event" -> byId("event", "Event", field, arguments);
                case "topic" -> byId("topic", "Topic", field, arguments);
                case "topicBySlug" -> {
                    String t = alias();
                    yield "(select " + object("Topic", t, field) + " from topic " + t + " where " + t + ".slug = "
                            + parameter(string(arguments.get("slug"))) + ")";
                }
                default -> throw new Unsupported("Query." + field.getName());
            };
        }

        private String byId(String table, String type, ExecutableNormalizedField field, Map<String, Object> arguments) {
            long id = id(string(arguments.get("id")));
            String t = alias();
            return "(select " + object(type, t, field) + " from " + table + " " + t + " where " + t + ".id = "
                    + parameter(id) + ")";
        }

        /** {@code actors}: alphabetical pages of all actors (filters and the other order are left to the resolver). */
        private String actorConnection(ExecutableNormalizedField field, Map<String, Object> arguments) {
            if (arguments.get("filter") != null || !"NAME".equals(String.valueOf(arguments.get("orderBy")))) {
                throw new Unsupported("actors filter or order");
            }
            if (arguments.get("after") != null) {
                throw new Unsupported("actors cursor");
            }
            int limit = pageSize(arguments.get("first"));
            List<String> entries = new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                entries.add(switch (child.getName()) {
                    case "__typename" -> "'ActorConnection'";
                    case "totalCount" -> "(select count(*) from actor)";
                    case "nodes" -> {
                        String t = alias();
                        yield "coalesce((select json_agg(" + object("Actor", t, child) + " order by lower(" + t
                                + ".canonical_name), " + t + ".id) from (select a.* from actor a order by lower(a.canonical_name), a.id limit "
                                + parameter(limit) + ") " + t + "), '[]'::json)";
                    }
                    default -> throw new Unsupported("ActorConnection." + child.getName());
                });
            }
            return jsonObject(entries, field.getChildren());
        }

        /**
         * {@code searchStatements}: full-text matches, best first, as {@code StatementQueries.search} ranks and orders
         * them, with any filter but the speaker's name; the first page only.
         */
        private String searchConnection(ExecutableNormalizedField field, Map<String, Object> arguments) {
            String words = string(arguments.get("query"));
            if (words.isBlank() || words.length() > 500 || !words.equals(words.strip()) || arguments.get("after") != null) {
                throw new Unsupported("search words or cursor"); // the resolver reports or handles them
            }
            int limit = pageSize(arguments.get("first"));
            List<String> entries = new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                entries.add(switch (child.getName()) {
                    case "__typename" -> "'StatementSearchConnection'";
                    case "edges" -> {
                        String t = alias();
                        String edge = searchEdge(t, child);
                        // The page is ranked on the matches' narrow rows; whole statements are read for it alone.
                        yield "coalesce((select json_agg(" + edge + " order by " + t + ".ord) from ("
                                + "select st.*, r.rank, r.ord from (select s.id, s.rank, row_number() over (order by "
                                + StatementQueries.SEARCH_ORDER + ") as ord from "
                                + StatementQueries.searchMatches(parameter(words),
                                        "true" + statementConditions(arguments.get("filter"))) + " order by "
                                + StatementQueries.SEARCH_ORDER + " limit " + parameter(limit)
                                + ") r join statement st on st.id = r.id) " + t + "), '[]'::json)";
                    }
                    default -> throw new Unsupported("StatementSearchConnection." + child.getName());
                });
            }
            return jsonObject(entries, field.getChildren());
        }

        private String searchEdge(String t, ExecutableNormalizedField edges) {
            List<String> entries = new ArrayList<>();
            for (ExecutableNormalizedField child : edges.getChildren()) {
                entries.add(switch (child.getName()) {
                    case "__typename" -> "'StatementSearchEdge'";
                    case "rank" -> t + ".rank";
                    case "cursor" -> cursor(t + ".ord - 1");
                    case "node" -> object("Statement", t, child);
                    default -> throw new Unsupported("StatementSearchEdge." + child.getName());
                });
            }
            return jsonObject(entries, edges.getChildren());
        }

        /**
         * {@code statements}: one page of the filtered list, selected and ordered as {@code StatementQueries.page}
         * does (one speaker's statements by date off that speaker's dated link index), with offset cursors as
         * {@code Page} makes them. The page is read once, with one row more than asked, and every part of the
         * connection (nodes, edges, pageInfo) is built from it.
         */
        private String statementConnection(ExecutableNormalizedField field, Map<String, Object> arguments) {
            Map<?, ?> filter = filterFields(arguments.get("filter"));
            StatementOrder order = order(arguments.get("orderBy"));
            int limit = pageSize(arguments.get("first"));
            int offset;
            try {
                offset = PageRequest.offsetAfter(arguments.get("after") == null ? null : arguments.get("after").toString());
            } catch (InvalidInputException e) {
                throw new Unsupported("cursor"); // the resolver reports it
            }
            String page = alias();
            String rows;
            Object speaker = filter.get("speaker");
            if (speaker != null && order != StatementOrder.READING_ORDER) {
                String orderSql = Parent.SPEAKER.order(order);
                StringBuilder where = new StringBuilder("p.actor_id = " + parameter(id(speaker)));
                if (filter.get("from") != null) {
                    where.append(" and p.dated_on >= ").append(parameter(date(filter.get("from"))));
                }
                if (filter.get("to") != null) {
                    where.append(" and p.dated_on <= ").append(parameter(date(filter.get("to"))));
                }
                Map<Object, Object> others = new LinkedHashMap<>(filter);
                others.remove("speaker");
                rows = "select s.*, row_number() over (order by " + orderSql + ") as rn from statement_speaker p"
                        + " join statement s on s.id = p.statement_id where " + where + statementConditions(others)
                        + " order by " + orderSql;
            } else {
                rows = "select s.*, row_number() over (order by " + order.sql() + ") as rn from statement s where true"
                        + statementConditions(filter) + " order by " + order.sql();
            }
            // The row numbers count from the start of the whole list, so the cursor of a row is its number less one.
            rows += " limit " + parameter(limit + 1) + " offset " + parameter(offset);
            List<String> entries = new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                entries.add(switch (child.getName()) {
                    case "__typename" -> "'StatementConnection'";
                    case "totalCount" -> "(select count(*) from statement s where true" + statementConditions(filter) + ")";
                    case "nodes" -> "coalesce(" + overPage(page, offset, limit,
                            t -> "json_agg(" + object("Statement", t, child) + " order by " + t + ".rn)") + ", '[]'::json)";
                    case "edges" -> "coalesce(" + overPage(page, offset, limit,
                            t -> "json_agg(" + statementEdge(t, child) + " order by " + t + ".rn)") + ", '[]'::json)";
                    case "pageInfo" -> pageInfo(page, offset, limit, child);
                    default -> throw new Unsupported("StatementConnection." + child.getName());
                });
            }
            return "(with " + page + " as (" + rows + ") select " + jsonObject(entries, field.getChildren()) + ")";
        }

        private String statementEdge(String t, ExecutableNormalizedField edges) {
            List<String> entries = new ArrayList<>();
            for (ExecutableNormalizedField child : edges.getChildren()) {
                entries.add(switch (child.getName()) {
                    case "__typename" -> "'StatementEdge'";
                    case "cursor" -> cursor(t + ".rn - 1");
                    case "node" -> object("Statement", t, child);
                    default -> throw new Unsupported("StatementEdge." + child.getName());
                });
            }
            return jsonObject(entries, edges.getChildren());
        }

        /** {@code Page.pageInfo} over the page's rows (numbered from the start of the list, one more than asked). */
        private String pageInfo(String page, int offset, int limit, ExecutableNormalizedField field) {
            List<String> entries = new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                entries.add(switch (child.getName()) {
                    case "__typename" -> "'PageInfo'";
                    case "hasNextPage" -> {
                        String t = alias();
                        yield "exists (select 1 from " + page + " " + t + " where " + t + ".rn > "
                                + parameter(offset + limit) + ")";
                    }
                    case "hasPreviousPage" -> offset > 0 ? "true" : "false";
                    case "startCursor" -> overPage(page, offset, limit, t -> cursor("min(" + t + ".rn) - 1"));
                    case "endCursor" -> overPage(page, offset, limit, t -> cursor("max(" + t + ".rn) - 1"));
                    default -> throw new Unsupported("PageInfo." + child.getName());
                });
            }
            return jsonObject(entries, field.getChildren());
        }

        /**
         * One value over the rows of the page that were asked for, leaving out the extra row read to tell whether
         * more follow. The value is built before the bound's parameter is taken, as it comes first in the SQL.
         */
        private String overPage(String page, int offset, int limit, Function<String, String> valueOver) {
            String t = alias();
            String value = valueOver.apply(t);
            return "(select " + value + " from " + page + " " + t + " where " + t + ".rn <= " + parameter(offset + limit) + ")";
        }

        /** {@code PageRequest.cursor} in SQL: "offset:<position>", base64url without padding. */
        private String cursor(String position) {
            return "rtrim(translate(encode(convert_to('offset:' || (" + position + "), 'UTF8'), 'base64'), '+/', '-_'), '=')";
        }

        private Map<?, ?> filterFields(Object filter) {
            if (filter == null) {
                return Map.of();
            }
            if (!(filter instanceof Map<?, ?> fields)) {
                throw new Unsupported("filter");
            }
            return fields;
        }

        /** {@code StatementQueries.conditions} in SQL, as " and …" clauses; all but the speaker's name. */
        private String statementConditions(Object filter) {
            StringBuilder where = new StringBuilder();
            for (Map.Entry<?, ?> entry : filterFields(filter).entrySet()) {
                Object value = entry.getValue();
                if (value == null) {
                    continue;
                }
                switch (String.valueOf(entry.getKey())) {
                    case "speaker" -> where.append(" and exists (select 1 from statement_speaker fs where fs.statement_id = s.id and fs.actor_id = ")
                            .append(parameter(id(value))).append(')');
                    // An unknown slug matches nothing, as in the resolvers.
                    case "topic" -> where.append(" and exists (select 1 from statement_topic ft where ft.statement_id = s.id"
                            + " and ft.topic_id = (select ftt.id from topic ftt where ftt.slug = ").append(parameter(string(value))).append("))");
                    case "kinds" -> {
                        if (!(value instanceof List<?> kinds)) {
                            throw new Unsupported("kinds");
                        }
                        if (!kinds.isEmpty()) {
                            StringBuilder in = new StringBuilder();
                            for (Object kind : kinds) {
                                in.append(in.isEmpty() ? "" : ", ").append(parameter(StatementKind.valueOf(String.valueOf(kind)).name()));
                            }
                            where.append(" and s.kind in (").append(in).append(')');
                        }
                    }
                    case "from" -> where.append(" and s.dated_on >= ").append(parameter(date(value)));
                    case "to" -> where.append(" and s.dated_on <= ").append(parameter(date(value)));
                    case "event" -> where.append(" and s.event_id = ").append(parameter(id(value)));
                    case "article" -> where.append(" and s.article_id = ").append(parameter(id(value)));
                    case "outlet" -> where.append(" and exists (select 1 from article fa where fa.id = s.article_id"
                            + " and lower(fa.outlet) = lower(").append(parameter(string(value))).append("))");
                    default -> throw new Unsupported("filter " + entry.getKey());
                }
            }
            return where.toString();
        }

        private long id(Object value) {
            try {
                return Long.parseLong(value.toString());
            } catch (NumberFormatException e) {
                throw new Unsupported("id"); // the resolver reports it
            }
        }

        private java.sql.Date date(Object value) {
            return value instanceof java.time.LocalDate date ? java.sql.Date.valueOf(date)
                    : java.sql.Date.valueOf(java.time.LocalDate.parse(value.toString()));
        }

        /** The JSON object for one row of {@code type} under {@code alias}, with the fields the query selects. */
        private String object(String type, String t, ExecutableNormalizedField field) {
            List<String> entries = new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                if (child.getObjectTypeNames().size() != 1 || !child.getObjectTypeNames().contains(type)) {
                    throw new Unsupported("type condition");
                }
                if (child.getName().equals("__typename")) {
                    entries.add("'" + type + "'");
                    continue;
                }
                entries.add(switch (type) {
                    case "Actor" -> actorField(t, child);
                    case "Statement" -> statementField(t, child);
                    case "Article" -> articleField(t, child);
                    case "Event" -> eventField(t, child);
                    case "Topic" -> topicField(t, child);
                    case "Position" -> positionField(t, child);
                    default -> throw new Unsupported(type);
                });
            }
            return jsonObject(entries, field.getChildren());
        }

        private String actorField(String t, ExecutableNormalizedField field) {
            return switch (field.getName()) {
                case "id" -> t + ".id::text";
                case "name" -> t + ".canonical_name";
                case "kind" -> t + ".kind";
                case "country" -> t + ".country";
                case "wikidataId" -> t + ".wikidata_id";
                case "statements" -> statementList(Parent.SPEAKER, t + ".id", field);
                default -> throw new Unsupported("Actor." + field.getName());
            };
        }

        private String statementField(String t, ExecutableNormalizedField field) {
            return switch (field.getName()) {
                case "id" -> t + ".id::text";
                case "text" -> t + ".text";
                case "kind" -> t + ".kind";
                case "cue" -> t + ".cue";
                case "medium" -> t + ".medium";
                case "paragraph" -> t + ".paragraph";
                case "datedOn" -> t + ".dated_on";
                case "saidOn" -> t + ".said_on";
                case "saidOnPrecision" -> t + ".said_on_precision";
                case "speakerRole" -> t + ".speaker_role";
                case "origin" -> t + ".origin";
                case "article" -> toOne("article", "Article", t + ".article_id", field);
                case "event" -> toOne("event", "Event", t + ".event_id", field);
                case "topics" -> {
                    // As the topics resolver orders them: by slug.
                    String topic = alias();
                    String link = alias();
                    yield "coalesce((select json_agg(" + object("Topic", topic, field) + " order by " + topic + ".slug)"
                            + " from statement_topic " + link + " join topic " + topic + " on " + topic + ".id = " + link
                            + ".topic_id where " + link + ".statement_id = " + t + ".id), '[]'::json)";
                }
                case "speakers" -> {
                    // As the speakers resolver orders them: by canonical name, then id.
                    String a = alias();
                    String link = alias();
                    yield "coalesce((select json_agg(" + object("Actor", a, field) + " order by " + a + ".canonical_name, "
                            + a + ".id) from statement_speaker " + link + " join actor " + a + " on " + a + ".id = "
                            + link + ".actor_id where " + link + ".statement_id = " + t + ".id), '[]'::json)";
                }
                default -> throw new Unsupported("Statement." + field.getName());
            };
        }

        private String articleField(String t, ExecutableNormalizedField field) {
            return switch (field.getName()) {
                case "id" -> t + ".id::text";
                case "headline" -> t + ".headline";
                case "outlet" -> t + ".outlet";
                case "publishedOn" -> t + ".published_on";
                case "url" -> t + ".url";
                case "contentHash" -> t + ".content_hash";
                case "key" -> t + ".source_key";
                // As the article's statements resolver: in reading order, all of them up to the page maximum.
                case "statements" -> statements(Parent.ARTICLE, t + ".id", StatementOrder.READING_ORDER,
                        field.getResolvedArguments().get("first") == null ? maxPageSize
                                : pageSize(field.getResolvedArguments().get("first")),
                        field.getResolvedArguments().get("filter"), field);
                default -> throw new Unsupported("Article." + field.getName());
            };
        }

        private String eventField(String t, ExecutableNormalizedField field) {
            return switch (field.getName()) {
                case "id" -> t + ".id::text";
                case "name" -> t + ".name";
                case "kind" -> t + ".kind";
                case "location" -> t + ".location";
                case "startsOn" -> t + ".start_date";
                case "endsOn" -> t + ".end_date";
                case "datePrecision" -> t + ".date_precision";
                case "statements" -> statementList(Parent.EVENT, t + ".id", field);
                default -> throw new Unsupported("Event." + field.getName());
            };
        }

        private String topicField(String t, ExecutableNormalizedField field) {
            return switch (field.getName()) {
                case "id" -> t + ".id::text";
                case "slug" -> t + ".slug";
                case "name" -> t + ".name";
                case "description" -> t + ".description";
                case "positions" -> topicPositions(t, field);
                case "statements" -> statementList(Parent.TOPIC, t + ".id", field);
                default -> throw new Unsupported("Topic." + field.getName());
            };
        }

        private String positionField(String t, ExecutableNormalizedField field) {
            return switch (field.getName()) {
                case "id" -> t + ".id::text";
                case "stance" -> t + ".stance";
                case "validFrom" -> t + ".valid_from";
                case "confidence" -> t + ".confidence";
                case "assessor" -> t + ".assessor";
                case "note" -> t + ".note";
                case "actor" -> toOne("actor", "Actor", t + ".actor_id", field);
                case "topic" -> toOne("topic", "Topic", t + ".topic_id", field);
                // As the evidence resolver lists them: earliest first, at most a page.
                case "evidence" -> statements(Parent.EVIDENCE, t + ".id", StatementOrder.OLDEST_FIRST, maxPageSize, null, field);
                default -> throw new Unsupported("Position." + field.getName());
            };
        }

        private String toOne(String table, String type, String foreignKey, ExecutableNormalizedField field) {
            String t = alias();
            return "(select " + object(type, t, field) + " from " + table + " " + t + " where " + t + ".id = "
                    + foreignKey + ")";
        }

        /** A statement list field with the usual arguments: {@code orderBy}, {@code first} and {@code filter}. */
        private String statementList(Parent parent, String parentId, ExecutableNormalizedField field) {
            Map<String, Object> arguments = field.getResolvedArguments();
            return statements(parent, parentId, order(arguments.get("orderBy")), pageSize(arguments.get("first")),
                    arguments.get("filter"), field);
        }

        /**
         * A nested statement list: the first {@code limit} statements of the parent in the given order, with the
         * same link, key and order as the statement resolvers' one query for all parents.
         */
        private String statements(Parent parent, String parentId, StatementOrder order, int limit, Object filter,
                ExecutableNormalizedField field) {
            String t = alias();
            String orderSql = parent.order(order);
            return "coalesce((select json_agg(" + object("Statement", t, field) + " order by " + t + ".rn) from ("
                    + "select s.*, row_number() over (order by " + orderSql + ") as rn from statement s " + parent.join()
                    + " where " + parent.key() + " = " + parentId + statementConditions(filter) + " order by " + orderSql
                    + " limit " + parameter(limit) + ") " + t + "), '[]'::json)";
        }

        /**
         * A topic's positions, ordered as the positions resolver orders them (actor's name, latest first); "current"
         * as {@code PositionService} defines it: no later position of the pair, an editor's outranking the extractor's.
         */
        private String topicPositions(String topic, ExecutableNormalizedField field) {
            Map<String, Object> arguments = field.getResolvedArguments();
            boolean currentOnly = !Boolean.FALSE.equals(arguments.get("currentOnly"));
            Object stance = arguments.get("stance");
            Object assessor = arguments.get("assessor");
            // The row's object comes first in the SQL, so its parameters must be taken first.
            String t = alias();
            String position = object("Position", t, field);
            StringBuilder where = new StringBuilder("p.topic_id = " + topic + ".id");
            if (currentOnly) {
                where.append(" ").append(assessor == null ? CURRENT : CURRENT_BY_SAME_ASSESSOR);
            }
            if (stance != null) {
                where.append(" and p.stance = ").append(parameter(stance.toString()));
            }
            if (assessor != null) {
                where.append(" and p.assessor = ").append(parameter(string(assessor)));
            }
            String order = "a.canonical_name, p.valid_from desc, p.id desc";
            return "coalesce((select json_agg(" + position + " order by " + t + ".rn) from ("
                    + "select p.*, row_number() over (order by " + order + ") as rn from actor_position p join actor a"
                    + " on a.id = p.actor_id where " + where + ") " + t + "), '[]'::json)";
        }

        private int pageSize(Object first) {
            int size = first == null ? defaultPageSize : ((Number) first).intValue();
            if (size < 0 || size > maxPageSize) {
                throw new Unsupported("page size"); // the resolver reports it
            }
            return size;
        }

        private StatementOrder order(Object orderBy) {
            return StatementOrder.valueOf(String.valueOf(orderBy));
        }

        private String string(Object value) {
            if (value == null) {
                throw new Unsupported("missing argument");
            }
            return value.toString();
        }
    }
}
