package io.stancegraph.stance;

/** Where a statement, or an actor over several statements, stands on a topic. */
public enum StanceLabel { SUPPORTS, OPPOSES, MIXED, NEUTRAL }
