package io.stancegraph.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import io.stancegraph.platform.PageConfig;
import io.vertx.core.json.JsonObject;

/**
 * The checks an operation passes before it runs, whichever way it arrives (HTTP through {@link GraphQLGate}, the
 * WebSocket through {@link WebSocketOperations}): the introspection switch, the cost limits, the arguments, and in
 * persisted-only mode the allow-list. Each refusal is a GraphQL error with a code, in the gate's JSON shape.
 */
@ApplicationScoped
public class OperationChecks {

    private final int maxDepth;
    private final int maxFields;
    private final long maxNodes;
    private final int maxAliases;
    private final boolean introspection;
    private final QueryCost cost;
    private final PersistedQueries persisted;

    public OperationChecks(
            @ConfigProperty(name = "stancegraph.graphql.max-depth") int maxDepth,
            @ConfigProperty(name = "stancegraph.graphql.max-fields") int maxFields,
            @ConfigProperty(name = "stancegraph.graphql.max-nodes") long maxNodes,
            @ConfigProperty(name = "stancegraph.graphql.max-aliases") int maxAliases,
            @ConfigProperty(name = "stancegraph.graphql.unbounded-list-size") int unboundedListSize,
            @ConfigProperty(name = "stancegraph.graphql.introspection") boolean introspection,
            PageConfig pages, PersistedQueries persisted) {
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
        this.maxNodes = maxNodes;
        this.maxAliases = maxAliases;
        this.introspection = introspection;
        this.cost = new QueryCost(pages.defaultSize(), unboundedListSize);
        this.persisted = persisted;
    }

    /** Whether the schema may be read: introspection, and the schema's text beside the endpoint. */
    public boolean introspectionAllowed() {
        return introspection;
    }

    /** Why a parsed, validated operation may not run (introspection, cost, an argument), or null when it may. */
    JsonObject refusal(GraphQLSchema schema, ExecutableNormalizedOperation operation) {
        if (!introspection && operation.getTopLevelFields().stream()
                .anyMatch(field -> field.getName().equals("__schema") || field.getName().equals("__type"))) {
            return GraphQLErrorResponse.error("FORBIDDEN", "Introspection is turned off on this server", null, null);
        }
        JsonObject tooCostly = limits(schema, operation);
        if (tooCostly != null) {
            return tooCostly;
        }
        return invalid(ArgumentChecks.check(schema, operation));
    }

    /**
     * Why the resolvers may not answer an operation, or null when they may: checked only where they answer, since the
     * compiled read path answers aliases of one nested field with other arguments correctly and they cannot.
     */
    static JsonObject resolversRefusal(ExecutableNormalizedOperation operation) {
        return invalid(BatchedListArguments.check(operation));
    }

    private static JsonObject invalid(ArgumentChecks.Problem problem) {
        return problem == null ? null : problem.error();
    }

    /** Whether the document may run as it is sent: always, except off the allow-list in persisted-only mode. */
    boolean admitsDocument(String document) {
        return !persisted.persistedOnly() || persisted.allowListed(PersistedQueries.sha256(document));
    }

    /** The refusal of a document off the allow-list; {@code how} says how to send one that is on it. */
    static JsonObject persistedOnly(String how) {
        return GraphQLErrorResponse.error("PERSISTED_QUERY_REQUIRED", "Only persisted operations run on this server: " + how,
                null, "query");
    }

    private JsonObject limits(GraphQLSchema schema, ExecutableNormalizedOperation operation) {
        QueryCost.Measure measure = cost.measure(schema, operation);
        String why = measure.refusal() != null ? measure.refusal()
                : measure.aliases() > maxAliases ? measure.aliases() + " aliases; at most " + maxAliases
                : measure.depth() > maxDepth ? "nesting depth " + measure.depth() + "; at most " + maxDepth
                : measure.fields() > maxFields ? measure.fields() + " fields; at most " + maxFields
                : measure.nodes() > maxNodes ? "it may fetch " + (measure.nodes() == Long.MAX_VALUE ? "too many" : measure.nodes())
                        + " records; at most " + maxNodes + " (each list multiplies what is under it by its `first`)"
                : null;
        if (why == null) {
            return null;
        }
        return tooCostly(why, new JsonObject().put("nodes", measure.nodes()).put("maxNodes", maxNodes)
                .put("depth", measure.depth()).put("maxDepth", maxDepth).put("aliases", measure.aliases())
                .put("maxAliases", maxAliases));
    }

    static JsonObject tooCostly(String why, JsonObject cost) {
        JsonObject error = GraphQLErrorResponse.error("QUERY_TOO_COSTLY", "The query is too costly to run: " + why, null, null);
        if (cost != null) {
            error.getJsonObject("extensions").put("cost", cost);
        }
        return error;
    }
}
