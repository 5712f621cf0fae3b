package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

/** A failure of the service itself; the details are in its log, under the id in the message. */
@ErrorCode("INTERNAL")
public class InternalException extends DomainException {

    public InternalException(String message) {
        super(message, null);
    }
}
