package io.stancegraph.extraction;

public enum StatementKind { DIRECT, PARTIAL, INDIRECT }
