package io.stancegraph.ingest.extraction;

public enum StatementKind { DIRECT, PARTIAL, INDIRECT }
