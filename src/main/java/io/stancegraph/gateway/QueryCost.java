package io.stancegraph.gateway;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a query may fetch, counted before anything runs, the way GitHub's and PostGraphile's APIs count nodes: every
 * object a field can return counts once for each parent it can appear under. A list with a {@code first} argument
 * yields that many (the page size when absent); a connection's {@code nodes} and {@code edges} yield its page; any
 * other list counts as {@link #unboundedListSize} items. Introspection is not counted here but checked for shape.
 */
public final class QueryCost {

    /** Introspection lists that may not nest within themselves: nested, they multiply without bound. */
    private static final Set<String> INTROSPECTION_LISTS = Set.of("types", "fields", "inputFields", "interfaces",
            "possibleTypes", "enumValues", "args", "directives");

    /** What a query costs, or why its shape is refused. */
    public record Measure(long nodes, int depth, int aliases, int fields, String refusal) {
    }

    private final int defaultPageSize;
    private final int unboundedListSize;

    public QueryCost(int defaultPageSize, int unboundedListSize) {
        this.defaultPageSize = defaultPageSize;
        this.unboundedListSize = unboundedListSize;
    }

    public Measure measure(GraphQLSchema schema, ExecutableNormalizedOperation operation) {
        Walk walk = new Walk(schema);
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            walk.field(field, 1, 1, new HashSet<>(), false);
        }
        return new Measure(walk.nodes, walk.depth, walk.aliases, walk.fields, walk.refusal);
    }

    private final class Walk {
        private final GraphQLSchema schema;
        long nodes;
        int depth;
        int aliases;
        int fields;
        String refusal;

        Walk(GraphQLSchema schema) {
            this.schema = schema;
        }

        void field(ExecutableNormalizedField field, long parents, int level, Set<String> introspectionPath,
                boolean introspection) {
            fields++;
            if (field.getAlias() != null && !field.getAlias().equals(field.getName())) {
                aliases++;
            }
            boolean inIntrospection = introspection || field.getName().startsWith("__") && !field.getName().equals("__typename");
            if (inIntrospection) {
                if (INTROSPECTION_LISTS.contains(field.getName()) && !introspectionPath.add(field.getName())) {
                    if (refusal == null) {
                        refusal = "introspection nests `" + field.getName() + "` within itself";
                    }
                    return;
                }
                for (ExecutableNormalizedField child : field.getChildren()) {
                    field(child, parents, level + 1, introspectionPath, true);
                }
                introspectionPath.remove(field.getName());
                return;
            }
            depth = Math.max(depth, level);
            GraphQLOutputType type = type(field);
            long count = parents;
            if (type != null && !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
                count = saturatingMultiply(parents, fanOut(field, type));
                // A connection's nodes, edges and edges' nodes are the page counted at the connection, not more records.
                if (!withinPage(field)) {
                    nodes = saturatingAdd(nodes, count);
                }
            }
            for (ExecutableNormalizedField child : field.getChildren()) {
                field(child, count, level + 1, introspectionPath, false);
            }
        }

        private long fanOut(ExecutableNormalizedField field, GraphQLOutputType type) {
            Map<String, Object> arguments = field.getResolvedArguments();
            GraphQLFieldDefinition definition = definition(field);
            if (definition != null && definition.getArgument("first") != null) {
                return arguments.get("first") instanceof Number first ? Math.max(0, first.longValue()) : defaultPageSize;
            }
            if (!isList(type)) {
                return 1;
            }
            // A connection's page was counted at the connection: its nodes and edges are that page.
            return parentsAll(field, "Connection") ? 1 : unboundedListSize;
        }

        private static boolean withinPage(ExecutableNormalizedField field) {
            return parentsAll(field, "Connection") && (field.getName().equals("nodes") || field.getName().equals("edges"))
                    || parentsAll(field, "Edge") && field.getName().equals("node");
        }

        private static boolean parentsAll(ExecutableNormalizedField field, String typeSuffix) {
            return field.getObjectTypeNames().stream().allMatch(name -> name.endsWith(typeSuffix));
        }

        private GraphQLFieldDefinition definition(ExecutableNormalizedField field) {
            for (String typeName : field.getObjectTypeNames()) {
                GraphQLType parent = schema.getType(typeName);
                if (parent instanceof graphql.schema.GraphQLObjectType object && object.getFieldDefinition(field.getName()) != null) {
                    return object.getFieldDefinition(field.getName());
                }
            }
            return null;
        }

        private GraphQLOutputType type(ExecutableNormalizedField field) {
            GraphQLFieldDefinition definition = definition(field);
            return definition == null ? null : definition.getType();
        }
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }

    private static long saturatingMultiply(long a, long b) {
        long result = a * b;
        return (a != 0 && (result / a != b || result < 0)) ? Long.MAX_VALUE : result;
    }

    private static long saturatingAdd(long a, long b) {
        long result = a + b;
        return result < 0 ? Long.MAX_VALUE : result;
    }
}
