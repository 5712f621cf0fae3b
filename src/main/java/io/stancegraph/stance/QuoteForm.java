package io.stancegraph.stance;

/**
 * How a statement reports what was said: quoted in full (DIRECT), in part (PARTIAL), or in the reporter's words
 * (INDIRECT). The form matters for "call": "called him a 'dictator'" only labels, "called for more spending" asks.
 */
public enum QuoteForm {
    DIRECT, PARTIAL, INDIRECT;

    /** The form of that name ("DIRECT", "PARTIAL", "INDIRECT"), or null for any other name or none. */
    public static QuoteForm named(String name) {
        for (QuoteForm form : values()) {
            if (form.name().equals(name)) {
                return form;
            }
        }
        return null;
    }
}
