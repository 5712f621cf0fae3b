package io.stancegraph.readpath;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.normalized.ExecutableNormalizedOperation;
import io.stancegraph.gateway.GraphQLErrorResponse;
import io.stancegraph.gateway.GraphQLGate;
import io.stancegraph.platform.PageConfig;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers GraphQL queries over the read graph with one SQL statement each ({@link ReadCompiler}), in front of the
 * resolvers; anything else (mutations, introspection, fields or arguments the compiler does not know, invalid
 * documents, depth or complexity over the limits) goes on to the resolvers unchanged, as does a request with the
 * header {@code Stancegraph-Execution: resolvers}. Answers it gives carry {@code Stancegraph-Execution: compiled}.
 */
@ApplicationScoped
public class CompiledReadRoute {

    public static final String EXECUTION_HEADER = "Stancegraph-Execution";
    private static final Logger LOG = Logger.getLogger(CompiledReadRoute.class);
    private static final int COMPILED_CACHE_SIZE = 1000;
    private static final byte[] DATA_PREFIX = "{\"data\":".getBytes(StandardCharsets.UTF_8);

    private final boolean enabled;
    private final String path;
    private final int maxDepth;
    private final int maxComplexity;
    private final long maxBodyBytes;
    private final long maxResponseBytes;
    private final DataSource dataSource;
    private final ReadCompiler compiler;
    private final int concurrency;
    /**
     * Compiled reads of operations the gate reuses, by identity (an operation has no equality of its own); an entry
     * goes when the gate lets its operation go.
     */
    private final Cache<ExecutableNormalizedOperation, Optional<ReadCompiler.CompiledRead>> compiled = Caffeine.newBuilder()
            .weakKeys().maximumSize(COMPILED_CACHE_SIZE).build();
    /** Runs the compiled statements, at most {@link #concurrency} at a time; the others wait their turn in order. */
    private WorkerExecutor executor;

    public CompiledReadRoute(
            @ConfigProperty(name = "stancegraph.graphql.compiled-reads", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") Optional<Integer> maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") Optional<Integer> maxComplexity,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") io.quarkus.runtime.configuration.MemorySize maxBody,
            @ConfigProperty(name = "stancegraph.graphql.compiled-reads.concurrency", defaultValue = "0") int concurrency,
            @ConfigProperty(name = "stancegraph.graphql.max-response-bytes") long maxResponseBytes,
            DataSource dataSource, PageConfig pages) {
        this.enabled = enabled;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.maxDepth = maxDepth.orElse(Integer.MAX_VALUE);
        this.maxComplexity = maxComplexity.orElse(Integer.MAX_VALUE);
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxResponseBytes = maxResponseBytes;
        this.dataSource = dataSource;
        this.compiler = new ReadCompiler(pages.defaultSize(), pages.maxSize());
        // PostgreSQL does the work of a compiled read; more statements at once than there are cores to run them
        // only makes each wait longer, and in the operating system's scheduler rather than in order.
        this.concurrency = concurrency > 0 ? concurrency : Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    void register(@Observes Router router, Vertx vertx) {
        if (enabled) {
            executor = vertx.createSharedWorkerExecutor("stancegraph-compiled-reads", concurrency);
            router.post(path).order(-100).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                    .handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        ReadCompiler.CompiledRead compiled = compile(context);
        if (compiled == null) {
            context.next();
            return;
        }
        executor.executeBlocking(() -> run(compiled), false).onComplete(result -> {
            if (result.succeeded() && result.result().length > maxResponseBytes) {
                GraphQLErrorResponse.refuse(context, GraphQLErrorResponse.error("QUERY_TOO_COSTLY",
                        "The answer would be larger than " + maxResponseBytes + " bytes; ask for less", null, null));
            } else if (result.succeeded()) {
                byte[] data = result.result();
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(EXECUTION_HEADER, "compiled")
                        .end(Buffer.buffer(data.length + DATA_PREFIX.length + 1).appendBytes(DATA_PREFIX)
                                .appendBytes(data).appendByte((byte) '}'));
            } else {
                // The resolvers answer instead, and report the problem if it persists.
                LOG.warnf("Compiled read failed, answering with the resolvers: %s", result.cause().toString());
                context.next();
            }
        });
    }

    /**
     * The compiled query, or null when the resolvers are to answer. {@code GraphQLGate} runs first on this path and
     * hands on only operations it has parsed, validated and normalized; without one (a persisted-query hash with
     * no document) the resolvers answer.
     */
    private ReadCompiler.CompiledRead compile(RoutingContext context) {
        ExecutableNormalizedOperation operation = context.get(GraphQLGate.OPERATION);
        if (operation == null || "resolvers".equalsIgnoreCase(context.request().getHeader(EXECUTION_HEADER))
                || operation.getOperationDepth() > maxDepth || operation.getOperationFieldCount() > maxComplexity) {
            return null;
        }
        if (!Boolean.TRUE.equals(context.get(GraphQLGate.REUSED))) {
            return compile(operation);
        }
        // The gate hands the same operation to every request that repeats a document and its variables.
        return compiled.get(operation, reused -> Optional.ofNullable(compile(reused))).orElse(null);
    }

    private ReadCompiler.CompiledRead compile(ExecutableNormalizedOperation operation) {
        try {
            ReadCompiler.CompiledRead compiled = compiler.compile(operation);
            LOG.debugf("Compiled read: %s with %s", compiled.sql(), compiled.parameters());
            return compiled;
        } catch (ReadCompiler.Unsupported e) {
            LOG.debugf("Answered by the resolvers: %s", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            // Arguments the resolvers reject (an unknown enum value, a malformed date): their errors name them.
            LOG.debugf("Answered by the resolvers: %s", e);
            return null;
        }
    }

    /** The JSON text as PostgreSQL sends it (UTF-8), so it goes out without being decoded and encoded again. */
    private byte[] run(ReadCompiler.CompiledRead compiled) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
            List<Object> parameters = compiled.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBytes(1);
            }
        }
    }
}
