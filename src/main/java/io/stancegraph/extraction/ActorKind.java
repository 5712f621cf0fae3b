package io.stancegraph.extraction;

public enum ActorKind { PERSON, ORGANIZATION, GOVERNMENT, COUNTRY, GROUP }
