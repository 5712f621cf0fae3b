package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

/** The database cannot be reached; the request can be retried. */
@ErrorCode("UNAVAILABLE")
public class UnavailableException extends DomainException {

    public UnavailableException(String message) {
        super(message, null);
    }
}
