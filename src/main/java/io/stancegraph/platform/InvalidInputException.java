package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("INVALID_INPUT")
public class InvalidInputException extends DomainException {

    public InvalidInputException(String message, String field) {
        super(message, field);
    }
}
