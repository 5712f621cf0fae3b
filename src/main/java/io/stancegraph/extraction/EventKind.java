package io.stancegraph.extraction;

public enum EventKind { CALL, MEETING, CONFERENCE, SPEECH, TALKS, VISIT, INTERVIEW, PARLIAMENTARY, MILITARY, OTHER }
