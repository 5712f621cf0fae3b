package io.stancegraph.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

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

    private static Response respond(Response.Status status, String code, DomainException e) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(code, e.getMessage(), e.field())).build();
    }
}
