package io.stancegraph.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.ResultPath;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import io.quarkus.arc.Arc;
import io.stancegraph.platform.NotificationListener;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Puts the operations that reach the resolvers without passing {@link GraphQLGate} through the gate's checks
 * ({@link OperationChecks}): those sent over the WebSocket (graphql-ws), whose documents travel inside the socket, and
 * every subscription. Each is checked once it is parsed and validated and before its first field runs, so a refused
 * one costs no SQL; the graphql-ws client gets an {@code error} message whose errors carry the code. Mutations are not
 * taken over the WebSocket at all: writes come with POST, where the gate and the cross-site guard see them.
 *
 * <p>Installed as SmallRye GraphQL builds its graphql-java engine (registered in META-INF/services): the execution
 * strategies are graphql-java's defaults with SmallRye's exception handler, as SmallRye sets them, checking first.
 */
public class WebSocketOperations implements EventingService {

    private static final Logger LOG = Logger.getLogger(WebSocketOperations.class);
    /** Where Quarkus's GraphQL handlers put the headers of the HTTP request (for a socket, of its upgrade). */
    private static final String HTTP_HEADERS = "httpHeaders";

    @Override
    public String getConfigKey() {
        // Always on: the checks are not an option.
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.queryExecutionStrategy(new CheckedQueries(new ExceptionHandler()))
                .mutationExecutionStrategy(new CheckedMutations(new ExceptionHandler()))
                .subscriptionExecutionStrategy(new CheckedSubscriptions(new ExceptionHandler()));
    }

    /** The answer that refuses the operation, or null when it may run. */
    static ExecutionResult refusal(ExecutionContext execution, ExecutionStrategyParameters parameters) {
        OperationDefinition.Operation type = execution.getOperationDefinition().getOperation();
        if (!parameters.getPath().isRootPath() || (type != OperationDefinition.Operation.SUBSCRIPTION
                && !overWebSocket(execution.getGraphQLContext()))) {
            return null; // checked by the gate
        }
        if (type == OperationDefinition.Operation.MUTATION) {
            return refused(GraphQLErrorResponse.error("INVALID_INPUT",
                    "Mutations are sent with POST, never over the WebSocket", null, null));
        }
        OperationChecks checks = Arc.container().instance(OperationChecks.class).get();
        if (!checks.admitsDocument(execution.getExecutionInput().getQuery())) {
            return refused(OperationChecks.persistedOnly("over the WebSocket, send an allow-listed document as it is"));
        }
        ExecutableNormalizedOperation operation;
        try {
            operation = execution.getNormalizedQueryTree().get();
        } catch (RuntimeException e) {
            // graphql-java's own bounds on a normalized operation.
            LOG.debugf("Operation not normalized: %s", e.toString());
            return refused(OperationChecks.tooCostly("it has too many fields", null));
        }
        ArgumentChecks.Problem notAnInt = IntArguments.check(execution.getGraphQLSchema(), execution.getDocument(),
                execution.getExecutionInput().getOperationName(), execution.getExecutionInput().getRawVariables().toMap());
        if (notAnInt != null) {
            return refused(notAnInt.error());
        }
        JsonObject checked = checks.refusal(execution.getGraphQLSchema(), operation);
        JsonObject error = checked != null ? checked : OperationChecks.resolversRefusal(operation);
        if (error == null && type == OperationDefinition.Operation.SUBSCRIPTION
                && !Arc.container().instance(NotificationListener.class).get().listening()) {
            // A feed started now would miss what is written until the listener is back: the client is to come again.
            error = GraphQLErrorResponse.error("UNAVAILABLE", "This server is not listening for changes at the moment (it is "
                    + "starting, or its database connection is being restored), so it cannot send live updates; subscribe "
                    + "again in a moment", null, null);
        }
        return error == null ? null : refused(error);
    }

    /** Runs the operation with the strategy it was given, unless {@link #refusal} refuses it. */
    private static CompletableFuture<ExecutionResult> checked(ExecutionContext execution,
            ExecutionStrategyParameters parameters,
            BiFunction<ExecutionContext, ExecutionStrategyParameters, CompletableFuture<ExecutionResult>> strategy) {
        ExecutionResult refused = refusal(execution, parameters);
        return refused != null ? CompletableFuture.completedFuture(refused) : strategy.apply(execution, parameters);
    }

    /**
     * Whether the operation came over a WebSocket, or by a way that does not say: everything else came through the
     * gate as an HTTP request.
     */
    private static boolean overWebSocket(GraphQLContext context) {
        if (!(context.get(HTTP_HEADERS) instanceof Map<?, ?> headers)) {
            return true;
        }
        for (Map.Entry<?, ?> header : headers.entrySet()) {
            if ("upgrade".equalsIgnoreCase(String.valueOf(header.getKey())) && header.getValue() instanceof List<?> values
                    && values.stream().anyMatch(value -> "websocket".equalsIgnoreCase(String.valueOf(value).strip()))) {
                return true;
            }
        }
        return false;
    }

    /** An answer without data, which graphql-ws sends as an {@code error} message. */
    private static ExecutionResult refused(JsonObject error) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(error.getString("message"))
                .extensions(map(error.getJsonObject("extensions")));
        if (error.getJsonArray("path") != null) {
            builder.path(ResultPath.fromList(error.getJsonArray("path").getList()));
        }
        GraphQLError graphQLError = builder.build();
        return ExecutionResultImpl.newExecutionResult().addError(graphQLError).build();
    }

    private static Map<String, Object> map(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return map(object);
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value;
    }

    // One subclass per graphql-java strategy, each running the shared check first: a strategy cannot wrap another,
    // since graphql-java calls the query strategy's own protected executeObject for nested fields.
    private static final class CheckedQueries extends AsyncExecutionStrategy {

        CheckedQueries(DataFetcherExceptionHandler handler) {
            super(handler);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext execution, ExecutionStrategyParameters parameters) {
            return checked(execution, parameters, super::execute);
        }
    }

    private static final class CheckedMutations extends AsyncSerialExecutionStrategy {

        CheckedMutations(DataFetcherExceptionHandler handler) {
            super(handler);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext execution, ExecutionStrategyParameters parameters) {
            return checked(execution, parameters, super::execute);
        }
    }

    private static final class CheckedSubscriptions extends SubscriptionExecutionStrategy {

        CheckedSubscriptions(DataFetcherExceptionHandler handler) {
            super(handler);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext execution, ExecutionStrategyParameters parameters) {
            return checked(execution, parameters, super::execute);
        }
    }
}
