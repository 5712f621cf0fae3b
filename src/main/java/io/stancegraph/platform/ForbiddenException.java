package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is signed in but lacks the role. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message, null);
    }
}
