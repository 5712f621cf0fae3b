package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("CONFLICT")
public class ConflictException extends DomainException {

    public ConflictException(String message, String field) {
        super(message, field);
    }
}
