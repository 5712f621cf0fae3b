package io.stancegraph.extraction;

/** A resolved speaker: canonical name, actor kind when inferable (may be null), role as written (may be null). */
public record Speaker(String name, ActorKind kind, String role) {
}
