package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

/** The request would take more than the service allows. */
@ErrorCode("QUERY_TOO_COSTLY")
public class QueryTooCostlyException extends DomainException {

    public QueryTooCostlyException(String message) {
        super(message, null);
    }
}
