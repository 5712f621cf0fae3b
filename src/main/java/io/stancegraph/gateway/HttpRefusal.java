package io.stancegraph.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.stancegraph.platform.ErrorBody;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * A request refused before it reaches GraphQL or REST, in the shape its endpoint answers errors in: a GraphQL error
 * response on the GraphQL path, the REST error body ({@link ErrorBody}) everywhere else.
 */
@ApplicationScoped
public class HttpRefusal {

    private final String graphqlPath;

    public HttpRefusal(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        this.graphqlPath = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
    }

    void send(RoutingContext context, int status, String code, String message) {
        if (context.normalizedPath().startsWith(graphqlPath)) {
            GraphQLErrorResponse.send(context, status, GraphQLErrorResponse.error(code, message, null, null));
        } else {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(JsonObject.mapFrom(new ErrorBody(code, message, null)).encode());
        }
    }
}
