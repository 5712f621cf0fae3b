package io.stancegraph.platform;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("NOT_FOUND")
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object key, String field) {
        super(what + " " + key + " does not exist", field);
    }

    /** What a lookup by {@code key} found; refused, naming the argument {@code field}, when it found nothing. */
    public static <T> T unlessFound(T found, String what, Object key, String field) {
        if (found == null) {
            throw new NotFoundException(what, key, field);
        }
        return found;
    }
}
