package io.stancegraph.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.graphql.api.ErrorCode;

/** Domain errors over REST: 4xx with a JSON body naming the problem, never a stack trace. */
public class RestErrorMappers {

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return respond(e);
    }

    /** The security layer's refusals and any other failure, in the same contract as GraphQL's errors. */
    @ServerExceptionMapper({ io.quarkus.security.UnauthorizedException.class, io.quarkus.security.ForbiddenException.class,
            jakarta.persistence.PersistenceException.class, java.sql.SQLException.class, IllegalStateException.class,
            NullPointerException.class, UnsupportedOperationException.class, ClassCastException.class,
            IllegalArgumentException.class, org.hibernate.HibernateException.class })
    public Response other(Exception e) {
        return respond(Failures.translate(e, "REST request"));
    }

    private static Response respond(DomainException e) {
        Response.Status status = switch (e.getClass().getSimpleName()) {
            case "UnauthenticatedException" -> Response.Status.UNAUTHORIZED;
            case "ForbiddenException" -> Response.Status.FORBIDDEN;
            case "ConflictException" -> Response.Status.CONFLICT;
            case "InvalidInputException" -> Response.Status.BAD_REQUEST;
            case "NotFoundException" -> Response.Status.NOT_FOUND;
            case "UnavailableException", "QueryTooCostlyException" -> Response.Status.SERVICE_UNAVAILABLE;
            default -> Response.Status.INTERNAL_SERVER_ERROR;
        };
        ErrorCode code = e.getClass().getAnnotation(ErrorCode.class);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(code == null ? "INTERNAL" : code.value(), e.getMessage(), e.field())).build();
    }
}
