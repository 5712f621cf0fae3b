package io.stancegraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EventKind")
@Description("What kind of occasion an event is.")
public enum EventKind {
    @Description("A phone or video call.") CALL,
    @Description("A meeting, dinner or summit session between named parties.") MEETING,
    @Description("A conference or summit, e.g. the Munich Security Conference.") CONFERENCE,
    @Description("A speech or address.") SPEECH,
    @Description("Negotiations or peace talks.") TALKS,
    @Description("A visit by an actor to a place.") VISIT,
    @Description("An interview, press conference, broadcast programme or remarks to reporters.") INTERVIEW,
    @Description("A parliamentary session, e.g. Foreign Office questions in the Commons.") PARLIAMENTARY,
    @Description("A military action.") MILITARY,
    @Description("Anything else.") OTHER
}
