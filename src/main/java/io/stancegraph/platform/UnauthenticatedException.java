package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is not signed in. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String message) {
        super(message, null);
    }
}
