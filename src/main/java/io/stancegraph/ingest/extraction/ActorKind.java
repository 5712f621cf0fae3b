package io.stancegraph.ingest.extraction;

public enum ActorKind { PERSON, ORGANIZATION, GOVERNMENT, COUNTRY, GROUP }
