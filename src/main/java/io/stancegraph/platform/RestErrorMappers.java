package io.stancegraph.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.graphql.api.ErrorCode;

/** Domain errors over REST: 4xx with a JSON body naming the problem, never a stack trace. */
public class RestErrorMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return respond(Response.Status.BAD_REQUEST, "INVALID_INPUT", e);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(Response.Status.NOT_FOUND, "NOT_FOUND", e);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return respond(Response.Status.CONFLICT, "CONFLICT", e);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthenticatedException e) {
        return respond(Response.Status.UNAUTHORIZED, "UNAUTHENTICATED", e);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Response.Status.FORBIDDEN, "FORBIDDEN", e);
    }

    /** The security layer's refusals and any other failure, in the same contract as GraphQL's errors. */
    @ServerExceptionMapper({ io.quarkus.security.UnauthorizedException.class, io.quarkus.security.ForbiddenException.class,
            jakarta.persistence.PersistenceException.class, java.sql.SQLException.class, IllegalStateException.class,
            NullPointerException.class, UnsupportedOperationException.class, ClassCastException.class,
            IllegalArgumentException.class, org.hibernate.HibernateException.class })
    public Response other(Exception e) {
        DomainException translated = Failures.translate(e, "REST request");
        Response.Status status = switch (translated.getClass().getSimpleName()) {
            case "UnauthenticatedException" -> Response.Status.UNAUTHORIZED;
            case "ForbiddenException" -> Response.Status.FORBIDDEN;
            case "ConflictException" -> Response.Status.CONFLICT;
            case "InvalidInputException" -> Response.Status.BAD_REQUEST;
            case "NotFoundException" -> Response.Status.NOT_FOUND;
            case "UnavailableException" -> Response.Status.SERVICE_UNAVAILABLE;
            case "QueryTooCostlyException" -> Response.Status.SERVICE_UNAVAILABLE;
            default -> Response.Status.INTERNAL_SERVER_ERROR;
        };
        ErrorCode code = translated.getClass().getAnnotation(ErrorCode.class);
        return respond(status, code == null ? "INTERNAL" : code.value(), translated);
    }

    private static Response respond(Response.Status status, String code, DomainException e) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(code, e.getMessage(), e.field())).build();
    }
}
