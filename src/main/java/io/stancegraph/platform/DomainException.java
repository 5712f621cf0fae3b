package io.stancegraph.platform;

/** A request the domain refuses; its message is shown to the client, together with a machine-readable code. */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** Path of the offending argument or input field, e.g. `input.name`, when one is to blame. */
    public String field() {
        return field;
    }
}
