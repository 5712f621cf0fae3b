package io.stancegraph.ingest.extraction;

public enum EventKind { CALL, MEETING, CONFERENCE, SPEECH, TALKS, VISIT, INTERVIEW, PARLIAMENTARY, MILITARY, OTHER }
