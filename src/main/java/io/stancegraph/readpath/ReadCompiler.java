package io.stancegraph.readpath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.sql.Sql;
import io.stancegraph.position.CurrentPositionViews;
import io.stancegraph.statement.StatementFilter;
import io.stancegraph.statement.StatementOrder;
import io.stancegraph.statement.StatementQueries.Parent;
import io.stancegraph.statement.StatementSql;

/**
 * Compiles a normalized GraphQL query over the read graph (actors, statements, articles, events, topics, positions)
 * into one SQL statement that returns the response's {@code data} as JSON, so PostgreSQL assembles the nested result
 * in one round trip. A query that asks for anything it does not know is refused ({@link Unsupported}), and the
 * resolvers answer it instead; so are arguments the resolvers would reject, so that their error messages stay the
 * only ones. Columns come from {@link ReadColumns}; statement lists, filters and orders are the resolvers' own
 * ({@link StatementSql}) and current positions their views ({@link CurrentPositionViews#view}); a test compares the
 * two answers.
 */
final class ReadCompiler {

    /** A result key that can go into the SQL text as it is. */
    private static final Pattern RESULT_KEY = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    /** Thrown when a query is outside what the compiler knows; cheap, as it is an everyday outcome. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** The SQL and its parameters, in order. */
    record CompiledRead(String sql, List<Object> parameters) {
    }

    /** In one statement a topic's id is selected in place; a speaker's name is left to the resolvers. */
    private static final StatementSql.Lookups IN_PLACE = new StatementSql.Lookups() {
        @Override
        public Sql actorNamed(String name) {
            throw new Unsupported("filter speakerName");
        }

        @Override
        public Sql topicWithSlug(String slug) {
            // An unknown slug matches nothing, as in the resolvers.
            return Sql.of("(select ftt.id from topic ftt where ftt.slug = ", Sql.value(slug), ")");
        }
    };

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
        Sql.Rendered sql = Sql.of("select ", jsonObject("Query", operation.getTopLevelFields(), this::root), "::text").jdbc();
        return new CompiledRead(sql.text(), sql.values());
    }

    /**
     * The JSON object of the selected fields of a {@code type}: each field's value as {@code value} gives it, null
     * for a field the compiler does not know.
     */
    private static Sql jsonObject(String type, List<ExecutableNormalizedField> fields,
            Function<ExecutableNormalizedField, Sql> value) {
        if (fields.isEmpty() || fields.size() > 50) { // json_build_object takes at most 100 arguments
            throw new Unsupported("selection size");
        }
        List<Sql> entries = new ArrayList<>(fields.size());
        for (ExecutableNormalizedField field : fields) {
            String key = field.getResultKey();
            if (!RESULT_KEY.matcher(key).matches()) {
                throw new Unsupported("result key");
            }
            if (field.getObjectTypeNames().size() != 1 || !field.getObjectTypeNames().contains(type)) {
                throw new Unsupported("type condition");
            }
            Sql entry = field.getName().equals("__typename") ? Sql.of("'" + type + "'") : value.apply(field);
            if (entry == null) {
                throw new Unsupported(type + "." + field.getName());
            }
            entries.add(Sql.of("'" + key + "', ", entry));
        }
        return Sql.of("json_build_object(", Sql.join(entries, ", "), ")");
    }

    /** The JSON array of {@code element} over the rows of {@code from}, in order; {@code []} when there are none. */
    private static Sql jsonArray(Sql element, Sql order, Sql from) {
        return Sql.of("coalesce((select json_agg(", element, " order by ", order, ") from ", from, "), '[]'::json)");
    }

    private Sql root(ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        return switch (field.getName()) {
            case "actors" -> actorConnection(field, arguments);
            case "statements" -> statementConnection(field, arguments);
            case "searchStatements" -> searchConnection(field, arguments);
            case "actor", "statement", "article", "event", "topic" -> row(
                    Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1), field, "id",
                    Sql.value(ReadArguments.id(arguments.get("id"))));
            case "topicBySlug" -> row("Topic", field, "slug", Sql.value(ReadArguments.string(arguments.get("slug"))));
            default -> null;
        };
    }

    /** The JSON object of the row of {@code type} whose {@code column} is {@code value}, or null when there is none. */
    private Sql row(String type, ExecutableNormalizedField field, String column, Sql value) {
        Sql t = Sql.alias("t");
        return Sql.of("(select ", object(type, t, field), " from ", ReadColumns.of(type).name(), " ", t, " where ", t,
                ".", column, " = ", value, ")");
    }

    /** The JSON object for the row of {@code type} under the alias {@code t}, with the fields the query selects. */
    private Sql object(String type, Sql t, ExecutableNormalizedField field) {
        Map<String, String> columns = ReadColumns.of(type).columns();
        return jsonObject(type, field.getChildren(), child -> {
            String column = columns.get(child.getName());
            if (column == null) {
                return relation(type, t, child);
            }
            return Sql.of(t, ".", column, column.equals("id") ? "::text" : ""); // ids are strings in GraphQL
        });
    }

    /** A field that reads other rows, as its resolver reads them (orders, limits); null for any other field. */
    private Sql relation(String type, Sql t, ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        return switch (type + "." + field.getName()) {
            case "Actor.statements" -> statementList(Parent.SPEAKER, t, field);
            case "Statement.article" -> row("Article", field, "id", Sql.of(t, ".article_id"));
            case "Statement.event" -> row("Event", field, "id", Sql.of(t, ".event_id"));
            case "Statement.topics" -> linked("Topic", "statement_topic", "topic_id", List.of("slug"), t, field);
            case "Statement.speakers" -> linked("Actor", "statement_speaker", "actor_id", List.of("canonical_name", "id"), t, field);
            // As the article's statements resolver: in reading order, all of them up to the page maximum.
            case "Article.statements" -> statements(Parent.ARTICLE, t, StatementOrder.READING_ORDER,
                    arguments.get("first") == null ? maxPageSize : pageSize(arguments.get("first")),
                    ReadArguments.statementFilter(arguments.get("filter")), field);
            case "Event.statements" -> statementList(Parent.EVENT, t, field);
            case "Topic.statements" -> statementList(Parent.TOPIC, t, field);
            case "Topic.positions" -> topicPositions(t, field);
            case "Position.actor" -> row("Actor", field, "id", Sql.of(t, ".actor_id"));
            case "Position.topic" -> row("Topic", field, "id", Sql.of(t, ".topic_id"));
            // As the evidence resolver lists them: earliest first, at most a page.
            case "Position.evidence" -> statements(Parent.EVIDENCE, t, StatementOrder.OLDEST_FIRST, maxPageSize,
                    StatementFilter.NONE, field);
            default -> null;
        };
    }

    /** The rows of {@code type} linked to the statement {@code statement}, in the order of the given columns. */
    private Sql linked(String type, String link, String key, List<String> orderColumns, Sql statement,
            ExecutableNormalizedField field) {
        Sql row = Sql.alias("t");
        Sql l = Sql.alias("t");
        Sql order = Sql.join(orderColumns.stream().map(column -> Sql.of(row, ".", column)).toList(), ", ");
        return jsonArray(object(type, row, field), order, Sql.of(link, " ", l, " join ", ReadColumns.of(type).name(),
                " ", row, " on ", row, ".id = ", l, ".", key, " where ", l, ".statement_id = ", statement, ".id"));
    }

    /** {@code actors}: alphabetical pages of all actors (filters and the other order are left to the resolver). */
    private Sql actorConnection(ExecutableNormalizedField field, Map<String, Object> arguments) {
        if (arguments.get("filter") != null || !"NAME".equals(String.valueOf(arguments.get("orderBy")))) {
            throw new Unsupported("actors filter or order");
        }
        if (arguments.get("after") != null) {
            throw new Unsupported("actors cursor");
        }
        int limit = pageSize(arguments.get("first"));
        return jsonObject("ActorConnection", field.getChildren(), child -> switch (child.getName()) {
            case "totalCount" -> Sql.of("(select count(*) from actor)");
            case "nodes" -> {
                Sql t = Sql.alias("t");
                yield jsonArray(object("Actor", t, child), Sql.of("lower(", t, ".canonical_name), ", t, ".id"),
                        Sql.of("(select a.* from actor a order by lower(a.canonical_name), a.id limit ", Sql.value(limit),
                                ") ", t));
            }
            default -> null;
        });
    }

    /**
     * {@code searchStatements}: full-text matches, best first, as {@code StatementQueries.search} ranks and orders
     * them, with any filter but the speaker's name; the first page only.
     */
    private Sql searchConnection(ExecutableNormalizedField field, Map<String, Object> arguments) {
        String words = ReadArguments.string(arguments.get("query"));
        if (words.isBlank() || words.length() > 500 || !words.equals(words.strip()) || arguments.get("after") != null) {
            throw new Unsupported("search words or cursor"); // the resolver reports or handles them
        }
        int limit = pageSize(arguments.get("first"));
        StatementFilter filter = ReadArguments.statementFilter(arguments.get("filter"));
        return jsonObject("StatementSearchConnection", field.getChildren(), child -> {
            if (!child.getName().equals("edges")) {
                return null;
            }
            Sql t = Sql.alias("t");
            // The page is ranked on the matches' narrow rows; whole statements are read for it alone.
            return jsonArray(searchEdge(t, child), Sql.of(t, ".ord"), Sql.of("(select st.*, r.rank, r.ord from (",
                    "select s.id, s.rank, row_number() over (order by ", StatementSql.SEARCH_ORDER, ") as ord from ",
                    StatementSql.searchMatches(words, filter, IN_PLACE), " order by ", StatementSql.SEARCH_ORDER,
                    " limit ", Sql.value(limit), ") r join statement st on st.id = r.id) ", t));
        });
    }

    private Sql searchEdge(Sql t, ExecutableNormalizedField edges) {
        return jsonObject("StatementSearchEdge", edges.getChildren(), child -> switch (child.getName()) {
            case "rank" -> Sql.of(t, ".rank");
            case "cursor" -> cursor(Sql.of(t, ".ord - 1"));
            case "node" -> object("Statement", t, child);
            default -> null;
        });
    }

    /**
     * {@code statements}: one page of the filtered list, selected and ordered as {@code StatementQueries.page}
     * does, with offset cursors as {@code Page} makes them. The page is read once, with one row more than asked, and
     * every part of the connection (nodes, edges, pageInfo) is built from it.
     */
    private Sql statementConnection(ExecutableNormalizedField field, Map<String, Object> arguments) {
        StatementFilter filter = ReadArguments.statementFilter(arguments.get("filter"));
        StatementOrder order = ReadArguments.order(arguments.get("orderBy"));
        int limit = pageSize(arguments.get("first"));
        int offset;
        try {
            offset = PageRequest.offsetAfter(arguments.get("after") == null ? null : arguments.get("after").toString());
        } catch (InvalidInputException e) {
            throw new Unsupported("cursor"); // the resolver reports it
        }
        Sql page = Sql.alias("t");
        StatementSql.Source source = StatementSql.page(filter, order, IN_PLACE);
        // The row numbers count from the start of the whole list, so the cursor of a row is its number less one.
        Sql rows = Sql.of("select s.*, row_number() over (order by ", source.order(), ") as rn ", source.fromWhere(),
                " order by ", source.order(), " limit ", Sql.value(limit + 1), " offset ", Sql.value(offset));
        Sql connection = jsonObject("StatementConnection", field.getChildren(), child -> switch (child.getName()) {
            case "totalCount" -> Sql.of("(", StatementSql.count(filter, IN_PLACE), ")");
            case "nodes" -> pageArray(page, offset + limit, t -> object("Statement", t, child));
            case "edges" -> pageArray(page, offset + limit, t -> statementEdge(t, child));
            case "pageInfo" -> pageInfo(page, offset, limit, child);
            default -> null;
        });
        return Sql.of("(with ", page, " as (", rows, ") select ", connection, ")");
    }

    private Sql statementEdge(Sql t, ExecutableNormalizedField edges) {
        return jsonObject("StatementEdge", edges.getChildren(), child -> switch (child.getName()) {
            case "cursor" -> cursor(Sql.of(t, ".rn - 1"));
            case "node" -> object("Statement", t, child);
            default -> null;
        });
    }

    /** {@code Page.pageInfo} over the page's rows (numbered from the start of the list, one more than asked). */
    private Sql pageInfo(Sql page, int offset, int limit, ExecutableNormalizedField field) {
        return jsonObject("PageInfo", field.getChildren(), child -> switch (child.getName()) {
            case "hasNextPage" -> {
                Sql t = Sql.alias("t");
                yield Sql.of("exists (select 1 from ", page, " ", t, " where ", t, ".rn > ", Sql.value(offset + limit), ")");
            }
            case "hasPreviousPage" -> Sql.of(offset > 0 ? "true" : "false");
            case "startCursor" -> overPage(page, offset + limit, t -> cursor(Sql.of("min(", t, ".rn) - 1")));
            case "endCursor" -> overPage(page, offset + limit, t -> cursor(Sql.of("max(", t, ".rn) - 1")));
            default -> null;
        });
    }

    /** The JSON array of the page's rows that were asked for, in order. */
    private Sql pageArray(Sql page, int last, Function<Sql, Sql> element) {
        return Sql.of("coalesce(", overPage(page, last, t -> Sql.of("json_agg(", element.apply(t), " order by ", t,
                ".rn)")), ", '[]'::json)");
    }

    /** One value over the rows of the page that were asked for, leaving out the extra row read to tell whether more follow. */
    private Sql overPage(Sql page, int last, Function<Sql, Sql> valueOver) {
        Sql t = Sql.alias("t");
        return Sql.of("(select ", valueOver.apply(t), " from ", page, " ", t, " where ", t, ".rn <= ", Sql.value(last), ")");
    }

    /** {@code PageRequest.cursor} in SQL: "offset:<position>", base64url without padding. */
    private static Sql cursor(Sql position) {
        return Sql.of("rtrim(translate(encode(convert_to('offset:' || (", position,
                "), 'UTF8'), 'base64'), '+/', '-_'), '=')");
    }

    /** A statement list field with the usual arguments: {@code orderBy}, {@code first} and {@code filter}. */
    private Sql statementList(Parent parent, Sql parentRow, ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        return statements(parent, parentRow, ReadArguments.order(arguments.get("orderBy")), pageSize(arguments.get("first")),
                ReadArguments.statementFilter(arguments.get("filter")), field);
    }

    /**
     * A nested statement list: the first {@code limit} statements of the parent in the given order, as the statement
     * resolvers' one query for all parents selects them.
     */
    private Sql statements(Parent parent, Sql parentRow, StatementOrder order, int limit, StatementFilter filter,
            ExecutableNormalizedField field) {
        Sql t = Sql.alias("t");
        return jsonArray(object("Statement", t, field), Sql.of(t, ".rn"), Sql.of("(", StatementSql.firsts(parent,
                Sql.of(parentRow, ".id"), filter, order, Sql.value(limit), IN_PLACE), ") ", t));
    }

    /**
     * A topic's positions, ordered as the positions resolver orders them (actor's name, latest first); "current"
     * read from the views the resolvers read, published or with suggestions.
     */
    private Sql topicPositions(Sql topic, ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        boolean currentOnly = !Boolean.FALSE.equals(arguments.get("currentOnly"));
        Object assessor = arguments.get("assessor");
        List<Sql> where = new ArrayList<>();
        where.add(Sql.of("p.topic_id = ", topic, ".id"));
        if (arguments.get("stance") != null) {
            where.add(Sql.of("p.stance = ", Sql.value(arguments.get("stance").toString())));
        }
        if (assessor != null) {
            where.add(Sql.of("p.assessor = ", Sql.value(ReadArguments.string(assessor))));
        }
        boolean includeSuggested = Boolean.TRUE.equals(arguments.get("includeSuggested"));
        if (!currentOnly) {
            where.add(Sql.of(includeSuggested ? "p.review_state <> 'REJECTED'" : "p.published"));
        }
        String positions = currentOnly ? CurrentPositionViews.view(assessor == null ? null : assessor.toString(),
                includeSuggested) : ReadColumns.of("Position").name();
        Sql t = Sql.alias("t");
        return jsonArray(object("Position", t, field), Sql.of(t, ".rn"), Sql.of("(select p.*, row_number() over (order by",
                " a.canonical_name, p.valid_from desc, p.id desc) as rn from ", positions, " p join actor a on a.id = p.actor_id",
                " where ", Sql.and(where), ") ", t));
    }

    private int pageSize(Object first) {
        int size = first == null ? defaultPageSize : ((Number) first).intValue();
        if (size < 0 || size > maxPageSize) {
            throw new Unsupported("page size"); // the resolver reports it
        }
        return size;
    }
}
