package io.stancegraph.gateway;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** A GraphQL response that carries only errors, in the shape the resolvers' errors have. */
public final class GraphQLErrorResponse {

    public static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    /** The code of the error the request was refused with, for the request metrics. */
    static final String REFUSED = "stancegraph.refused";

    private GraphQLErrorResponse() {
    }

    public static JsonObject error(String code, String message, List<String> path, String field) {
        JsonObject extensions = new JsonObject().put("code", code);
        if (field != null) {
            extensions.put("field", field);
        }
        JsonObject error = new JsonObject().put("message", message);
        if (path != null && !path.isEmpty()) {
            error.put("path", new JsonArray(List.copyOf(path)));
        }
        return error.put("extensions", extensions);
    }

    /** Whether the client asked for the GraphQL-over-HTTP media type, whose status codes tell request errors apart. */
    public static boolean wantsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(GRAPHQL_RESPONSE_JSON);
    }

    /** Whether the client takes a JSON answer: no Accept header, or one naming JSON, GraphQL's JSON or any type. */
    public static boolean acceptsJson(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.isBlank() || Arrays.stream(accept.split(","))
                .map(range -> range.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .anyMatch(range -> range.equals("*/*") || range.equals("application/json") || range.equals(GRAPHQL_RESPONSE_JSON));
    }

    public static void send(RoutingContext context, int status, JsonObject... errors) {
        String type = wantsGraphQLResponse(context) ? GRAPHQL_RESPONSE_JSON : "application/json";
        if (errors.length > 0) {
            context.put(REFUSED, errors[0].getJsonObject("extensions").getString("code"));
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray(List.of((Object[]) errors))).encode());
    }

    /**
     * A request that is well-formed but cannot run (invalid document, bad variables, too costly): 200 for
     * {@code application/json} clients, as they expect, and 400 for GraphQL-over-HTTP clients, as its spec says.
     */
    public static void refuse(RoutingContext context, JsonObject... errors) {
        send(context, wantsGraphQLResponse(context) ? 400 : 200, errors);
    }
}
