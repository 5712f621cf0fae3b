package io.stancegraph.extraction;

public enum QuoteKind { DIRECT, PARTIAL, INDIRECT }
