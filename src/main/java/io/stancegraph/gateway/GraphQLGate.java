package io.stancegraph.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.stancegraph.security.Roles;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The door every GraphQL request passes before anything runs, for the compiled read path and the resolvers alike:
 * the body must be JSON that holds a document; the document must parse and validate, its variables coerce, its ids be
 * canonical; what it may fetch must fit the cost limits ({@link OperationChecks}, which the operations sent over the
 * WebSocket pass too); a write needs a signed-in caller. A request refused here gets a GraphQL error with a code and
 * costs no SQL. What passes goes on with its normalized operation attached, so
 * the compiled read path does not parse it again.
 */
@ApplicationScoped
public class GraphQLGate {

    /** The request's normalized operation, for the compiled read path. */
    public static final String OPERATION = "stancegraph.graphql.operation";
    /** The request's decoded body ({query, variables, operationName}), so that it is decoded once. */
    public static final String REQUEST = "stancegraph.graphql.request";
    /** Set when the database could not be reached while answering: the response goes out as 503. */
    public static final String UNAVAILABLE = io.stancegraph.platform.TranslatedErrorsInterceptor.UNAVAILABLE;
    /** Set when answering needed a signed-in caller and there was none: the response goes out as 401. */
    static final String UNAUTHENTICATED = io.stancegraph.platform.TranslatedErrorsInterceptor.UNAUTHENTICATED;

    private static final Logger LOG = Logger.getLogger(GraphQLGate.class);
    private static final int DOCUMENT_CACHE_SIZE = 500;
    private static final String OPERATION_TAGS = "stancegraph.graphql.operation-tags";
    /** Set to the code of the first error a resolver raised while answering, for the request metrics. */
    private static final String ANSWERED_WITH_ERROR = io.stancegraph.platform.TranslatedErrorsInterceptor.FAILED_WITH;
    /** graphql-java's argument errors repeat the value written in the document, which may be long or private. */
    private static final Pattern VALUE_IN_MESSAGE = Pattern.compile(" with value '.*?' (is not a valid|must not be null"
            + "|must be an object type|is missing required fields|contains a field not in)", Pattern.DOTALL);
    private static final Pattern ARGUMENT_IN_MESSAGE = Pattern.compile("argument '([^']+)'");
    private static final Pattern UNKNOWN_INPUT_FIELD = Pattern.compile("contains a field not in '[^']+': '([^']+)'");
    private static final Pattern VARIABLE_IN_MESSAGE = Pattern.compile("[Vv]ariable '([^']+)'");

    /** Set when the request's operation is one an earlier request with the same document and variables passed. */
    public static final String REUSED = "stancegraph.graphql.operation-reused";
    private static final int CHECKED_CACHE_SIZE = 1000;
    private static final int MAX_REPEATABLE_CHARS = 4096;

    /** What passed the checks for one document, operation name and variables. */
    private record Checked(ExecutableNormalizedOperation operation, String[] tags) {
    }

    private record TimerKey(String operation, String type, String execution, String outcome) {
    }

    private record CheckKey(String query, String operationName, JsonObject variables) {
    }

    /** A parsed document, or the errors that make it unusable. */
    private record Parsed(Document document, List<JsonObject> errors) {
    }

    private final String path;
    private final long maxBodyBytes;
    private final boolean readersOnly;
    private final OperationChecks checks;
    private final PersistedQueries persisted;
    private final Instance<GraphQLSchema> schemas;
    private final Cache<String, Parsed> documents = Caffeine.newBuilder().maximumSize(DOCUMENT_CACHE_SIZE).build();
    private final Cache<CheckKey, Checked> checked = Caffeine.newBuilder().maximumSize(CHECKED_CACHE_SIZE).build();
    private final MeterRegistry registry;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private volatile GraphQLSchema schema;

    public GraphQLGate(
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") io.quarkus.runtime.configuration.MemorySize maxBody,
            @ConfigProperty(name = "stancegraph.security.read-access") String readAccess,
            Instance<GraphQLSchema> schemas, MeterRegistry registry, PersistedQueries persisted, OperationChecks checks) {
        this.registry = registry;
        this.persisted = persisted;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.maxBodyBytes = maxBody.asLongValue();
        this.checks = checks;
        if (!readAccess.equals("anonymous") && !readAccess.equals("readers")) {
            throw new IllegalArgumentException("stancegraph.security.read-access must be anonymous or readers, was " + readAccess);
        }
        this.readersOnly = readAccess.equals("readers");
        this.schemas = schemas;
    }

    void register(@Observes Router router) {
        // After authentication (a filter of priority 200, so route order -200), ahead of the compiled read path
        // (-100) and the resolvers.
        router.route(path).order(-150).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes)).handler(this::handle);
        // SmallRye serves the schema's text beside the endpoint, and the web client's JSDoc types describe the schema's
        // fields too (the pages do not load them; they are for checking the pages' code): with introspection off,
        // neither is to be read.
        router.route(path + "/schema.graphql").order(-150).handler(this::onlyWithIntrospection);
        router.route("/app/generated/*").order(-150).handler(this::onlyWithIntrospection);
        // After the compiled read path (order -100), which answers what it can, and before the resolvers.
        router.route(path).order(-99).handler(this::beforeResolvers);
    }

    /** What describes the schema is not found while introspection is off. */
    private void onlyWithIntrospection(RoutingContext context) {
        if (checks.introspectionAllowed()) {
            context.next();
        } else {
            context.response().setStatusCode(404).end();
        }
    }

    private void beforeResolvers(RoutingContext context) {
        ExecutableNormalizedOperation operation = context.get(OPERATION);
        JsonObject refusal = operation == null ? null : OperationChecks.resolversRefusal(operation);
        if (refusal == null) {
            context.next();
        } else {
            GraphQLErrorResponse.refuse(context, refusal);
        }
    }

    private void handle(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS) {
            context.next(); // CORS preflight
            return;
        }
        if (method != HttpMethod.POST && method != HttpMethod.GET) {
            context.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            GraphQLErrorResponse.send(context, 405, GraphQLErrorResponse.error("INVALID_INPUT",
                    "GraphQL requests are sent with POST, or GET for queries; not with " + method.name(), null, null));
            return;
        }
        if (method == HttpMethod.GET && "websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE))) {
            // graphql-ws: the operations travel inside the socket, and WebSocketOperations puts each one through the
            // same checks as it arrives. They run as whoever opened the socket, so reading may need a reader here.
            if (!readersOnly) {
                context.next();
                return;
            }
            identity(context).subscribe().with(identity -> {
                if (mayRun(context, false, identity)) {
                    context.next();
                }
            }, failure -> GraphQLErrorResponse.send(context, 401, GraphQLErrorResponse.error("UNAUTHENTICATED",
                    CredentialCheck.REFUSAL, null, null)));
            return;
        }
        if (!GraphQLErrorResponse.acceptsJson(context)) {
            GraphQLErrorResponse.send(context, 406, GraphQLErrorResponse.error("INVALID_INPUT", "Answers are JSON: "
                    + "accept application/json or application/graphql-response+json", null, null));
            return;
        }
        long started = System.nanoTime();
        // When the answer's headers go out: the body is complete by then on every path, and the resolvers' endpoint
        // takes the response's end handler for itself.
        context.addHeadersEndHandler(ignored -> measure(context, started));
        JsonObject request = request(context);
        if (request == null) {
            return; // refused
        }
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        Object extensions = request.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            badRequest(context, "`extensions` must be a JSON object");
            return;
        }
        if ((variables != null && !(variables instanceof JsonObject)) || (operationName != null && !(operationName instanceof String))) {
            GraphQLErrorResponse.send(context, 400, GraphQLErrorResponse.error("INVALID_INPUT",
                    "`variables` must be a JSON object and `operationName` a string", null, null));
            return;
        }
        String query = request.getValue("query") instanceof String text && !text.isBlank() ? text : null;
        Object persistedQuery = extensions == null ? null : ((JsonObject) extensions).getValue("persistedQuery");
        if (persistedQuery != null) {
            String hash = persistedHash(persistedQuery);
            if (hash == null) {
                GraphQLErrorResponse.refuse(context, GraphQLErrorResponse.error("INVALID_INPUT", "`extensions.persistedQuery` "
                        + "must be {\"version\": 1, \"sha256Hash\": \"<64 lowercase hex digits>\"}", null, "extensions.persistedQuery"));
                return;
            }
            if (query == null) {
                persisted.find(hash).onComplete(found -> {
                    if (found.failed()) {
                        LOG.warnf("Persisted query lookup failed: %s", found.cause().toString());
                        GraphQLErrorResponse.send(context, 503, GraphQLErrorResponse.error("UNAVAILABLE",
                                "The database cannot be reached; retry", null, null));
                    } else if (found.result() == null) {
                        // The message and code Apollo's clients look for before they send the document with its hash.
                        GraphQLErrorResponse.refuse(context, GraphQLErrorResponse.error("PERSISTED_QUERY_NOT_FOUND",
                                "PersistedQueryNotFound", null, "extensions.persistedQuery.sha256Hash"));
                    } else {
                        supply(context, request, found.result());
                        check(context, method, request, found.result(), null);
                    }
                });
                return;
            }
            if (!PersistedQueries.sha256(query).equals(hash)) {
                GraphQLErrorResponse.refuse(context, GraphQLErrorResponse.error("INVALID_INPUT", "`extensions.persistedQuery"
                        + ".sha256Hash` is not the SHA-256 of the document in `query` (lowercase hex of its UTF-8 text)",
                        null, "extensions.persistedQuery.sha256Hash"));
                return;
            }
            if (query.length() > persisted.maxDocumentBytes()
                    && query.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > persisted.maxDocumentBytes()) {
                GraphQLErrorResponse.refuse(context, GraphQLErrorResponse.error("INVALID_INPUT", "The document is larger than the "
                        + persisted.maxDocumentBytes() + " bytes a persisted query may have", null, "query"));
                return;
            }
            check(context, method, request, query, persisted.allowListed(hash) ? null : hash);
            return;
        }
        if (query == null) {
            GraphQLErrorResponse.send(context, 400, GraphQLErrorResponse.error("INVALID_INPUT",
                    "The request has no GraphQL document: send {\"query\": \"…\"}", null, "query"));
            return;
        }
        if (!checks.admitsDocument(query)) {
            persistedOnly(context);
            return;
        }
        check(context, method, request, query, null);
    }

    /**
     * Parses, validates and measures the document; {@code registration}, when not null, is the hash under which the
     * document is stored once it has passed every check.
     */
    private void check(RoutingContext context, HttpMethod method, JsonObject request, String query, String registration) {
        Object variables = request.getValue("variables");
        Object operationName = request.getValue("operationName");
        CheckKey key = repeatable(context, query) ? new CheckKey(query, (String) operationName, (JsonObject) variables) : null;
        Checked known = key == null ? null : checked.getIfPresent(key);
        if (known != null) {
            context.put(REUSED, Boolean.TRUE);
        } else {
            known = checkAnew(context, query, variables, (String) operationName);
            if (known == null) {
                return; // refused
            }
            if (key != null) {
                checked.put(key, known);
            }
        }
        ExecutableNormalizedOperation operation = known.operation();
        boolean write = operation.getOperation() != OperationDefinition.Operation.QUERY;
        context.put(OPERATION_TAGS, known.tags());
        if (write && method == HttpMethod.GET) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            GraphQLErrorResponse.send(context, 405, GraphQLErrorResponse.error("INVALID_INPUT",
                    "Mutations are sent with POST, never GET", null, null));
            return;
        }
        context.put(REQUEST, request);
        if (!write && !readersOnly && registration == null) {
            admit(context, operation, false, null, null); // an open read: who asks does not matter
            return;
        }
        identity(context).subscribe().with(identity -> admit(context, operation, write, identity,
                registration == null ? null : new String[] { registration, query }),
                failure -> GraphQLErrorResponse.send(context, 401, GraphQLErrorResponse.error("UNAUTHENTICATED",
                        "The credentials were not accepted", null, null)));
    }

    /**
     * Parses, validates, normalizes and measures a document with its variables; null after refusing it. A document
     * that passes gives the same operation every time it comes with the same variables.
     */
    private Checked checkAnew(RoutingContext context, String query, Object variables, String operationName) {
        GraphQLSchema schema = schema();
        Parsed parsed = parse(schema, query);
        if (!parsed.errors().isEmpty()) {
            GraphQLErrorResponse.refuse(context, parsed.errors().toArray(JsonObject[]::new));
            return null;
        }
        Map<String, Object> raw = variables == null ? Map.of() : ((JsonObject) variables).getMap();
        JsonObject unfit = operationAndVariables(parsed.document(), operationName, raw);
        if (unfit != null) {
            GraphQLErrorResponse.refuse(context, unfit);
            return null;
        }
        ArgumentChecks.Problem notAnInt = IntArguments.check(schema, parsed.document(), operationName, raw);
        if (notAnInt != null) {
            GraphQLErrorResponse.refuse(context, notAnInt.error());
            return null;
        }
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(schema,
                    parsed.document(), operationName, RawVariables.of(raw));
        } catch (RuntimeException e) {
            GraphQLErrorResponse.refuse(context, variableError(e));
            return null;
        }
        String[] tags = { operationLabel(parsed.document(), operationName, query),
                operation.getOperation().name().toLowerCase(java.util.Locale.ROOT) };
        context.put(OPERATION_TAGS, tags);
        JsonObject refusal = checks.refusal(schema, operation);
        if (refusal != null) {
            GraphQLErrorResponse.refuse(context, refusal);
            return null;
        }
        return new Checked(operation, tags);
    }

    /**
     * Whether what the checks find for this request may be kept for the next that sends the same: reads whose
     * request is small, so the kept entries stay small (an article sent as a variable is not kept).
     */
    private static boolean repeatable(RoutingContext context, String query) {
        if (query.length() > MAX_REPEATABLE_CHARS) {
            return false;
        }
        if (context.request().method() == HttpMethod.GET) {
            String uri = context.request().uri();
            return uri.length() <= MAX_REPEATABLE_CHARS * 2;
        }
        io.vertx.core.buffer.Buffer body = context.body().buffer();
        return body != null && body.length() <= MAX_REPEATABLE_CHARS * 2;
    }

    private void admit(RoutingContext context, ExecutableNormalizedOperation operation, boolean write, SecurityIdentity identity,
            String[] registration) {
        if (!mayRun(context, write, identity)) {
            return;
        }
        String admin = identity != null && !identity.isAnonymous() && identity.hasRole(Roles.ADMIN)
                ? identity.getPrincipal().getName() : null;
        if (registration != null && persisted.persistedOnly() && admin == null) {
            persistedOnly(context);
            return;
        }
        context.put(OPERATION, operation);
        // One media type whichever path answers: the GraphQL-over-HTTP type when the client asks for it, else JSON.
        String type = GraphQLErrorResponse.wantsGraphQLResponse(context) ? GraphQLErrorResponse.GRAPHQL_RESPONSE_JSON
                : "application/json";
        context.addHeadersEndHandler(ignored -> context.response().putHeader(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8"));
        context.addHeadersEndHandler(ignored -> {
            if (Boolean.TRUE.equals(context.get(UNAVAILABLE))) {
                context.response().setStatusCode(503);
            } else if (Boolean.TRUE.equals(context.get(UNAUTHENTICATED))) {
                // A read that needs sign-in (reviewQueue, changes…): its field is non-null, so data is null, and
                // the spec lets such a response have a 4xx status.
                context.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer");
            }
        });
        if (registration == null) {
            context.next();
            return;
        }
        persisted.register(registration[0], registration[1], admin).onComplete(stored -> {
            if (stored.failed()) {
                // The request still runs; the next one with the hash alone is answered PersistedQueryNotFound.
                LOG.warnf("Persisted query not stored: %s", stored.cause().toString());
            }
            context.next();
        });
    }

    /** Whether the caller may write (when {@code write}) or read; false after refusing the request. */
    private boolean mayRun(RoutingContext context, boolean write, SecurityIdentity identity) {
        boolean anonymous = identity == null || identity.isAnonymous();
        if ((write || readersOnly) && anonymous) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            GraphQLErrorResponse.send(context, 401, GraphQLErrorResponse.error("UNAUTHENTICATED", write
                    ? "Writing needs a signed-in editor: send `Authorization: Bearer <token>` (or HTTP Basic)"
                    : "Reading needs a signed-in reader: send `Authorization: Bearer <token>` (or HTTP Basic)", null, null));
            return false;
        }
        if (readersOnly && (identity == null || !identity.hasRole(Roles.READER))) {
            GraphQLErrorResponse.send(context, 403, GraphQLErrorResponse.error("FORBIDDEN",
                    "Reading needs the role reader", null, null));
            return false;
        }
        return true;
    }

    private static void persistedOnly(RoutingContext context) {
        GraphQLErrorResponse.refuse(context, OperationChecks.persistedOnly(
                "send the SHA-256 of an allow-listed document in `extensions.persistedQuery`"));
    }

    /** The hash of {"version": 1, "sha256Hash": "…"}, or null when it is not of that form. */
    private static String persistedHash(Object persistedQuery) {
        if (persistedQuery instanceof JsonObject reference && reference.getValue("version") instanceof Number version
                && version.doubleValue() == 1 && reference.getValue("sha256Hash") instanceof String hash
                && PersistedQueries.isHash(hash)) {
            return hash;
        }
        return null;
    }

    /**
     * Hands the resolved document on to the resolvers' endpoint, which reads the request again: in the body of a
     * POST, in the parameters of a GET (which that endpoint URL-decodes once more).
     */
    private static void supply(RoutingContext context, JsonObject request, String document) {
        request.put("query", document);
        if (context.request().method() == HttpMethod.GET) {
            context.queryParams().set("query", java.net.URLEncoder.encode(document, java.nio.charset.StandardCharsets.UTF_8));
        } else {
            ((io.vertx.ext.web.impl.RoutingContextInternal) context).setBody(io.vertx.core.buffer.Buffer.buffer(request.encode()));
        }
    }

    /**
     * Time per request by operation, type, the path that answered it, and outcome: ok, or the code of the error that
     * refused it before it ran, or of the first error a resolver raised while answering it.
     */
    private void measure(RoutingContext context, long started) {
        String[] tags = context.get(OPERATION_TAGS);
        String refused = context.get(GraphQLErrorResponse.REFUSED);
        String failed = context.get(ANSWERED_WITH_ERROR);
        String outcome = refused != null ? refused : failed != null ? failed
                : Boolean.TRUE.equals(context.get(UNAVAILABLE)) ? "UNAVAILABLE" : "ok";
        String execution = refused != null ? "gate"
                : "compiled".equals(context.response().headers().get("Stancegraph-Execution")) ? "compiled" : "resolvers";
        String operation = tags == null ? "-" : tags[0];
        String type = tags == null ? "-" : tags[1];
        timers.computeIfAbsent(new TimerKey(operation, type, execution, outcome), key -> Timer
                .builder("stancegraph.graphql.requests").description("GraphQL requests, from arrival to the last byte of the answer")
                .tags("operation", operation, "type", type, "execution", execution, "outcome", outcome).register(registry))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /**
     * The operation's name when its document is on the allow-list (the operations file, or registered by an admin), so
     * that clients cannot add label values at will; "other" for any other named operation, "anonymous" for an
     * unnamed one.
     */
    private String operationLabel(Document document, String requested, String query) {
        String name = requested;
        if (name == null || name.isEmpty()) {
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            name = operations.size() == 1 ? operations.get(0).getName() : null;
        }
        if (name == null) {
            return "anonymous";
        }
        return persisted.allowListed(PersistedQueries.sha256(query)) ? name : "other";
    }

    private static Uni<SecurityIdentity> identity(RoutingContext context) {
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(context, null);
        return identity == null ? Uni.createFrom().nullItem() : identity;
    }

    /** The request as {query, variables, operationName, extensions}; null after refusing it. */
    private JsonObject request(RoutingContext context) {
        if (context.request().method() == HttpMethod.GET) {
            JsonObject request = new JsonObject();
            try {
                for (String name : List.of("query", "operationName")) {
                    request.put(name, context.request().getParam(name));
                }
                for (String name : List.of("variables", "extensions")) {
                    String value = context.request().getParam(name);
                    request.put(name, value == null ? null : new JsonObject(value));
                }
            } catch (DecodeException | ClassCastException e) {
                badRequest(context, "The `variables` or `extensions` parameter is not a JSON object");
                return null;
            }
            return request;
        }
        String type = mediaType(context);
        if (type.equals("application/graphql")) {
            return new JsonObject().put("query", context.body().asString());
        }
        try {
            Object body = context.body().buffer() == null ? null : io.vertx.core.json.Json.decodeValue(context.body().buffer());
            if (body instanceof JsonObject object) {
                return object;
            }
            badRequest(context, "The request body must be a JSON object: {\"query\": \"…\", \"variables\": {…}}");
        } catch (DecodeException e) {
            badRequest(context, "The request body is not valid JSON (or nests deeper than JSON parsing allows)");
        }
        return null;
    }

    private static String mediaType(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void badRequest(RoutingContext context, String message) {
        GraphQLErrorResponse.send(context, 400, GraphQLErrorResponse.error("INVALID_INPUT", message, null, null));
    }

    private Parsed parse(GraphQLSchema schema, String query) {
        Parsed known = documents.getIfPresent(query);
        if (known != null) {
            return known;
        }
        Parsed parsed;
        try {
            Document document = Parser.parse(query);
            List<ValidationError> errors = ParseAndValidate.validate(schema, document);
            List<JsonObject> problems = new ArrayList<>();
            for (ValidationError error : errors) {
                problems.add(validationError(error));
            }
            parsed = new Parsed(document, problems);
        } catch (InvalidSyntaxException e) {
            JsonObject error = GraphQLErrorResponse.error("INVALID_INPUT", "The document does not parse: " + e.getMessage(), null, null);
            locations(error, e.toInvalidSyntaxError().getLocations());
            parsed = new Parsed(null, List.of(error));
        } catch (RuntimeException e) {
            parsed = new Parsed(null, List.of(GraphQLErrorResponse.error("QUERY_TOO_COSTLY",
                    "The document is too large to parse", null, null)));
        }
        documents.put(query, parsed);
        return parsed;
    }

    /** A validation error without the offending value echoed back, naming the argument when there is one. */
    private static JsonObject validationError(ValidationError error) {
        String message = VALUE_IN_MESSAGE.matcher(error.getDescription() == null ? error.getMessage() : error.getDescription())
                .replaceAll(" $1");
        int detail = message.indexOf(" - ");
        if (detail > 0) {
            message = message.substring(0, detail);
        }
        Matcher argument = ARGUMENT_IN_MESSAGE.matcher(message);
        String field = argument.find() ? argument.group(1) : null;
        Matcher unknown = UNKNOWN_INPUT_FIELD.matcher(message);
        if (field != null && unknown.find()) {
            field = field + "." + unknown.group(1);
        }
        JsonObject result = GraphQLErrorResponse.error("INVALID_INPUT", message, error.getQueryPath(), field);
        locations(result, error.getLocations());
        return result;
    }

    /**
     * Which operation to run and the variables it cannot do without, said plainly: an error when the document has
     * several operations and none is named, when the named one is not there, or when a required variable is missing
     * or null; null when they fit (the variables' values are checked as the operation is normalized).
     */
    private static JsonObject operationAndVariables(Document document, String operationName, Map<String, Object> raw) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition chosen = null;
        for (OperationDefinition operation : operations) {
            if (operationName == null || operationName.isEmpty() ? operations.size() == 1 : operationName.equals(operation.getName())) {
                chosen = operation;
            }
        }
        if (chosen == null) {
            return GraphQLErrorResponse.error("INVALID_INPUT", operationName == null || operationName.isEmpty()
                    ? "The document has " + operations.size() + " operations: name the one to run in `operationName`"
                    : "The document has no operation named " + operationName, null, "operationName");
        }
        for (VariableDefinition definition : chosen.getVariableDefinitions()) {
            if (definition.getType() instanceof NonNullType && definition.getDefaultValue() == null
                    && raw.get(definition.getName()) == null) {
                String name = definition.getName();
                String type = AstPrinter.printAst(definition.getType());
                return GraphQLErrorResponse.error("INVALID_INPUT", raw.containsKey(name)
                        ? "Variable $" + name + " is null, but the operation needs a value of type " + type
                        : "Variable $" + name + " is missing: the operation needs it, of type " + type, null, name);
            }
        }
        return null;
    }

    private static JsonObject variableError(RuntimeException e) {
        if (!(e instanceof GraphQLError)) {
            LOG.debugf("Variables refused: %s", e.toString());
        }
        Matcher variable = VARIABLE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        String name = variable.find() ? variable.group(1) : null;
        String message = name != null ? "Variable $" + name + " does not fit its type (check its format, e.g. dates as YYYY-MM-DD)"
                : e.getClass().getSimpleName().contains("UnknownOperation") ? "No operation with that name in the document"
                : "The variables or the operation name do not fit the document";
        return GraphQLErrorResponse.error("INVALID_INPUT", message, null, name);
    }

    private static void locations(JsonObject error, List<SourceLocation> locations) {
        if (locations != null && !locations.isEmpty()) {
            JsonArray array = new JsonArray();
            locations.forEach(location -> array.add(new JsonObject().put("line", location.getLine()).put("column", location.getColumn())));
            error.put("locations", array);
        }
    }

    private GraphQLSchema schema() {
        GraphQLSchema current = schema;
        if (current == null) {
            current = schemas.get();
            schema = current;
        }
        return current;
    }
}
