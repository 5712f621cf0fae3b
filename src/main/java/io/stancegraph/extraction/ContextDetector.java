package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the circumstances of a statement from its sentence: when (date), at which event (named conferences,
 * summits, talks, parliamentary sessions, programmes, calls between named actors) and in which medium
 * ("told the BBC", "writing in the Sun on Sunday", "in a letter").
 */
final class ContextDetector {

    private static final Set<String> MEDIA = WordLists.set("media-outlets");
    /** "writing in the Sun on Sunday", "an interview with the Financial Times". */
    private static final Set<String> PUBLICATION_PIECES = WordLists.set("publication-pieces");
    private static final Map<String, EventKind> EVENT_WORDS = new HashMap<>();
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");
    /** "Mr Trump's Oval Office interview" names the event without the possessor. */
    private static final Pattern POSSESSOR = Pattern.compile("^(.*)[’']s ");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    static {
        WordLists.table("event-words").forEach((kind, words) -> {
            for (String w : words) {
                EVENT_WORDS.put(w, EventKind.valueOf(kind));
            }
        });
    }

    private final ArticleIndex index;
    private final MentionIndex mentions;
    final Map<String, ExtractedEvent> events = new LinkedHashMap<>();

    ContextDetector(ArticleIndex index, MentionIndex mentions) {
        this.index = index;
        this.mentions = mentions;
    }

    private Token tok(int i) {
        return index.token(i);
    }

    /** Date expressions of the sentence outside [skipFrom, skipTo) and outside quotations; the first one wins. */
    FuzzyDate date(int sFrom, int sTo, int skipFrom, int skipTo) {
        if (index.article.publishedOn() == null) {
            return null;
        }
        for (int k = sFrom; k < sTo; k++) {
            if ((k >= skipFrom && k < skipTo) || tok(k).inQuote()) {
                continue;
            }
            FuzzyDate d = DateResolver.resolveAt(index, k, index.article.publishedOn());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    String medium(int sFrom, int sTo, int cue, int skipFrom, int skipTo) {
        for (int k = sFrom; k < sTo; k++) {
            if ((k >= skipFrom && k < skipTo) || tok(k).inQuote()) {
                continue;
            }
            Token t = tok(k);
            if ((t.is("letter") && tok(k - 1) != null && (tok(k - 1).is("a") || tok(k - 1).is("his")
                    || tok(k - 1).is("her")))
                    || (t.is("wrote") && tok(k + 1) != null && tok(k + 1).is("to"))) {
                return "letter";
            }
            if (PUBLICATION_PIECES.contains(t.lower) && tok(k + 1) != null
                    && (tok(k + 1).is("for") || tok(k + 1).is("in") || tok(k + 1).is("with"))) {
                String pub = capitalisedRun(k + 2, sTo);
                if (pub != null) {
                    return pub;
                }
            }
            if ("tell".equals(t.lemma)) {
                Mention m = mentions.at(k + 1);
                if (m != null && m.actor() != null && isMedia(m.actor().name)) {
                    return m.actor().name;
                }
            }
            if (t.is("on") && tok(k + 1) != null && tok(k + 1).text.equals("X")) {
                return "X";
            }
        }
        return null;
    }

    /** A broadcaster or agency: "BBC", "Reuters". */
    static boolean isMedia(String name) {
        return MEDIA.contains(name);
    }

    /** "the Sun on Sunday" -> "The Sun on Sunday". */
    private String capitalisedRun(int k, int sTo) {
        int start = k;
        if (tok(k) != null && tok(k).is("the")) {
            k++;
        }
        int end = k;
        while (end < sTo && tok(end) != null && (tok(end).capitalised() || (tok(end).is("on")
                && tok(end + 1) != null && tok(end + 1).capitalised()))) {
            end++;
        }
        if (end == k) {
            return null;
        }
        String name = POSSESSIVE_END.matcher(index.text(k, end)).replaceAll("");
        return start < k ? "The " + name : name;
    }

    /** The event named in the sentence outside the content span, registered for the article. */
    ExtractedEvent event(int sFrom, int sTo, int skipFrom, int skipTo, List<ExtractedActor> speakers, FuzzyDate date,
            int paragraph) {
        for (int k = sFrom; k < sTo; k++) {
            if ((k >= skipFrom && k < skipTo) || tok(k).inQuote()) {
                continue;
            }
            Token t = tok(k);
            // calls between named actors: "in a call with Mr Macron", "held his second call ... with X"
            if ((t.is("call") || t.is("conversation")) && !speakers.isEmpty()) {
                ExtractedActor partner = partnerAfter(k + 1, sTo, 8);
                if (partner == null && t.is("call")) {
                    partner = lastCallPartner(speakers);
                }
                if (partner != null && !speakers.contains(partner)) {
                    return register(callName(speakers.get(0), partner), EventKind.CALL, date, null,
                            participants(speakers, partner), paragraph);
                }
                if (t.is("conversation") || t.is("call")) {
                    ExtractedEvent existing = lastOfKind(EventKind.CALL, speakers);
                    if (existing != null) {
                        return existing;
                    }
                }
            }
            EventKind kind = EVENT_WORDS.get(t.lower);
            if (kind != null && k > sFrom && tok(k - 1).capitalised()) {
                int s = k - 1;
                while (s > sFrom && (tok(s - 1).capitalised() || tok(s - 1).is("of")) && !tok(s - 1).is("the")) {
                    s--;
                }
                // "After meeting Keir Starmer, ...": a word capitalised only as the sentence's first names nothing
                while (s < k && NameReader.STOP.contains(tok(s).text)) {
                    s++;
                }
                if (s == k) {
                    continue;
                }
                if (mentions.at(s) != null && mentions.at(s).type == Mention.Type.NAME && kind != EventKind.INTERVIEW
                        && kind != EventKind.PARLIAMENTARY && kind != EventKind.CONFERENCE) {
                    continue;
                }
                String name = POSSESSOR.matcher(index.text(s, k + (kind == EventKind.INTERVIEW ? 0 : 1)))
                        .replaceAll("");
                String location = locationAfter(k + 1, sTo);
                if (kind == EventKind.PARLIAMENTARY && tok(k + 1) != null && tok(k + 1).is("in")
                        && tok(k + 2) != null && tok(k + 2).is("the") && tok(k + 3) != null
                        && tok(k + 3).capitalised()) {
                    name = name + " in the " + tok(k + 3).text;
                    location = "House of " + tok(k + 3).text;
                }
                return register(name, kind, date, location, participants(speakers, null), paragraph);
            }
        }
        return null;
    }

    private ExtractedActor partnerAfter(int from, int sTo, int window) {
        boolean with = false;
        for (int k = from; k < Math.min(sTo, from + window); k++) {
            if (tok(k).is("with") || tok(k).is("between")) {
                with = true;
                continue;
            }
            Mention m = mentions.at(k);
            if (with && m != null && m.from == k && m.actor() != null
                    && (m.actor().kind == ActorKind.PERSON)) {
                return m.actor();
            }
        }
        return null;
    }

    private ExtractedActor lastCallPartner(List<ExtractedActor> speakers) {
        ExtractedEvent e = lastOfKind(EventKind.CALL, speakers);
        if (e == null) {
            return null;
        }
        for (String p : e.participants()) {
            if (!p.equals(speakers.get(0).name)) {
                return mentions.actor(p);
            }
        }
        return null;
    }

    private ExtractedEvent lastOfKind(EventKind kind, List<ExtractedActor> speakers) {
        ExtractedEvent found = null;
        for (ExtractedEvent e : events.values()) {
            if (e.kind() == kind && e.participants().contains(speakers.get(0).name)) {
                found = e;
            }
        }
        return found;
    }

    private String locationAfter(int k, int sTo) {
        if (tok(k) != null && tok(k).is("in") && tok(k + 1) != null && tok(k + 1).capitalised()) {
            Mention m = mentions.at(k + 1);
            String text = m != null ? m.surface : tok(k + 1).text;
            return LEADING_THE.matcher(text).replaceAll("");
        }
        return null;
    }

    private static List<String> participants(List<ExtractedActor> speakers, ExtractedActor partner) {
        List<String> names = new ArrayList<>();
        for (ExtractedActor a : speakers) {
            names.add(a.name);
        }
        if (partner != null && !names.contains(partner.name)) {
            names.add(partner.name);
        }
        return names;
    }

    /** Deterministic call name: surname–surname phone call, so that two articles agree. */
    static String callName(ExtractedActor a, ExtractedActor b) {
        return surname(a) + "–" + surname(b) + " phone call";
    }

    private static String surname(ExtractedActor a) {
        return a.surname != null ? a.surname : a.name;
    }

    private ExtractedEvent register(String name, EventKind kind, FuzzyDate date, String location,
            List<String> participants, int paragraph) {
        ExtractedEvent existing = events.get(name);
        if (existing != null) {
            List<String> merged = new ArrayList<>(existing.participants());
            for (String p : participants) {
                if (!merged.contains(p)) {
                    merged.add(p);
                }
            }
            ExtractedEvent e = new ExtractedEvent(name, kind, existing.date() != null ? existing.date() : date,
                    existing.location() != null ? existing.location() : location, merged, existing.paragraph());
            events.put(name, e);
            return e;
        }
        ExtractedEvent e = new ExtractedEvent(name, kind, date, location, participants, paragraph);
        events.put(name, e);
        return e;
    }
}
