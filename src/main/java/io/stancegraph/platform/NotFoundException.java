package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("NOT_FOUND")
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object key, String field) {
        super(what + " " + key + " does not exist", field);
    }
}
