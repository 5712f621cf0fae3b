package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is signed in but lacks the role. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message, null);
    }

    /** Refused for what this field of the request claims, e.g. an editor's signature. */
    public ForbiddenException(String message, String field) {
        super(message, field);
    }
}
