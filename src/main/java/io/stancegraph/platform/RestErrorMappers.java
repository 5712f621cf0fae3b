package io.stancegraph.platform;

import java.util.stream.Collectors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

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

    /**
     * A body that is not the JSON the endpoint reads: malformed (which the JSON reader wraps in a 400 with no body),
     * or of the wrong shape. Any other WebApplicationException keeps its own response.
     */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        Response response = e.getResponse();
        if (response.getStatus() == Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode() && !response.hasEntity()) {
            return Response.fromResponse(response).type(MediaType.APPLICATION_JSON).entity(new ErrorBody("INVALID_INPUT",
                    "This endpoint does not read a body of this Content-Type", "Content-Type")).build();
        }
        return response;
    }

    /** A method the path does not take: 405 with the {@code Allow} header the REST layer leaves out, and an error body. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String allowed = AllowedMethods.of(uri.getPath());
        Response.ResponseBuilder response = Response.status(Response.Status.METHOD_NOT_ALLOWED).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody("INVALID_INPUT", "This path does not take that method"
                        + (allowed.isEmpty() ? "" : "; it takes " + allowed), null));
        return allowed.isEmpty() ? response.build() : response.header("Allow", allowed).build();
    }

    /** Named as well as its parent, since the JSON reader's own mapper for it (a body of its own shape) would win. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : String.valueOf(reference.getIndex())).collect(Collectors.joining("."))
                : null;
        return respond(new InvalidInputException(field == null
                ? "The request body is not valid JSON of the form this endpoint reads"
                : "The request body's " + field + " is not of the form this endpoint reads", field));
    }

    private static Response respond(DomainException e) {
        Response.Status status = switch (e.getClass().getSimpleName()) {
            case "UnauthenticatedException" -> Response.Status.UNAUTHORIZED;
            case "ForbiddenException" -> Response.Status.FORBIDDEN;
            case "ConflictException" -> Response.Status.CONFLICT;
            case "InvalidInputException" -> Response.Status.BAD_REQUEST;
            case "UnsupportedMediaTypeException" -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case "NotFoundException" -> Response.Status.NOT_FOUND;
            case "UnavailableException", "QueryTooCostlyException" -> Response.Status.SERVICE_UNAVAILABLE;
            default -> Response.Status.INTERNAL_SERVER_ERROR;
        };
        ErrorCode code = e.getClass().getAnnotation(ErrorCode.class);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(code == null ? "INTERNAL" : code.value(), e.getMessage(), e.field())).build();
    }
}
