package io.stancegraph.platform;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** A REST body of a content type the endpoint does not read: answered 415, naming the types it reads. */
@ErrorCode("INVALID_INPUT")
public class UnsupportedMediaTypeException extends DomainException {

    public UnsupportedMediaTypeException(String contentType, List<String> accepted) {
        super((contentType == null || contentType.isBlank() ? "A body without Content-Type"
                : "Content-Type " + contentType.split(";", 2)[0].strip()) + " is not read here: send "
                + String.join(", ", accepted.subList(0, accepted.size() - 1))
                + (accepted.size() > 1 ? " or " : "") + accepted.get(accepted.size() - 1), "Content-Type");
    }
}
