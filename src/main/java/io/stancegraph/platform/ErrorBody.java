package io.stancegraph.platform;

/** A REST error: a machine-readable code, a message that names the problem, and the field to blame if any. */
public record ErrorBody(String code, String message, String field) {
}
