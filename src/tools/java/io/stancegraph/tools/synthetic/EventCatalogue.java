package io.stancegraph.tools.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import io.stancegraph.actor.ActorKind;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.event.EventKind;
import io.stancegraph.tools.synthetic.ActorCatalogue.Profile;
import io.stancegraph.tools.synthetic.SyntheticRows.EventRow;
import io.stancegraph.tools.synthetic.Vocabulary.Medium;

/** Events spread over the period, with participants drawn by prominence; ids follow the start date. */
final class EventCatalogue {

    private static final List<EventKind> KINDS = List.of(EventKind.MEETING, EventKind.CALL, EventKind.CONFERENCE,
            EventKind.SPEECH, EventKind.TALKS, EventKind.VISIT, EventKind.INTERVIEW, EventKind.PARLIAMENTARY,
            EventKind.MILITARY, EventKind.OTHER);
    private static final double[] KIND_WEIGHTS = { 20, 15, 10, 10, 8, 10, 12, 8, 5, 2 };

    /** An event with what articles need to write about it. */
    record Profiled(EventRow row, String mention, String medium) {
    }

    /**
     * What an event is called, how a sentence mentions it ("at the ..."), where it took place (null: nowhere in
     * particular) and the medium of an interview.
     */
    private record Naming(String name, String mention, String location, String medium) {
    }

    private record Draft(int index, String name, String mention, String medium, EventKind kind, LocalDate start,
            LocalDate end, DatePrecision precision, String location, List<Long> participants) {
    }

    final List<Profiled> events = new ArrayList<>();
    private final long[] startDays;

    EventCatalogue(int count, long seed, ActorCatalogue actors) {
        Draw.Weighted<EventKind> kinds = new Draw.Weighted<>(KINDS, KIND_WEIGHTS);
        Draw.Weighted<Integer> ranks = Draw.Weighted.zipf(actors.byProminence.length, SyntheticDataGenerator.ZIPF_EXPONENT);
        Set<String> taken = new HashSet<>();
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom random = Draw.random(seed, Streams.EVENTS, i);
            drafts.add(draft(i, random, kinds, ranks, actors, taken));
        }
        drafts.sort(Comparator.comparing(Draft::start).thenComparingInt(Draft::index));
        startDays = new long[drafts.size()];
        for (Draft draft : drafts) {
            long id = events.size() + 1;
            startDays[events.size()] = draft.start.toEpochDay();
            events.add(new Profiled(new EventRow(id, draft.name, draft.kind, draft.start, draft.end, draft.precision,
                    draft.location, draft.participants), draft.mention, draft.medium));
        }
    }

    Profiled event(long id) {
        return events.get((int) (id - 1));
    }

    /** Events that started in [from, to], in id order. */
    List<Profiled> startingBetween(LocalDate from, LocalDate to) {
        int first = lowerBound(from.toEpochDay());
        int last = lowerBound(to.toEpochDay() + 1);
        return events.subList(first, last);
    }

    private int lowerBound(long day) {
        int low = 0;
        int high = startDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startDays[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Draft draft(int index, SplittableRandom random, Draw.Weighted<EventKind> kinds,
            Draw.Weighted<Integer> ranks, ActorCatalogue actors, Set<String> taken) {
        LocalDate start = SyntheticDataGenerator.FIRST_DAY.plusDays(random.nextLong(SyntheticDataGenerator.DAYS));
        EventKind kind = kinds.pick(random);
        int wanted = kind == EventKind.CALL ? 2 : 2 + random.nextInt(5);
        LinkedHashSet<Long> participants = new LinkedHashSet<>();
        for (int attempt = 0; participants.size() < Math.min(wanted, actors.byProminence.length) && attempt < 50;
                attempt++) {
            participants.add(actors.byProminence[ranks.pick(random)]);
        }
        List<Profile> people = participants.stream().map(actors::profile).toList();
        String city = Draw.one(random, Vocabulary.CITIES);
        DatePrecision precision = Draw.chance(random, 0.04) ? DatePrecision.MONTH : DatePrecision.DAY;
        if (precision == DatePrecision.MONTH) {
            start = start.withDayOfMonth(1);
        }
        LocalDate end = null;
        boolean severalDays = kind == EventKind.CONFERENCE || kind == EventKind.TALKS || kind == EventKind.VISIT;
        if (precision == DatePrecision.DAY && severalDays && Draw.chance(random, 0.5)) {
            end = start.plusDays(1 + random.nextInt(3));
        }
        Naming naming = naming(kind, random, people, city);
        String name = naming.name;
        for (int attempt = 0; !taken.add(name + "|" + start); attempt++) {
            // Same name on the same day: another place, as a second event that day would be; then a numbered session.
            city = Draw.one(random, Vocabulary.CITIES);
            naming = naming(kind, random, people, city);
            name = attempt < 5 ? naming.name : naming.name + " (session " + (attempt - 3) + ")";
        }
        return new Draft(index, name, naming.mention, naming.medium, kind, start, end, precision, naming.location,
                List.copyOf(participants));
    }

    private static Naming naming(EventKind kind, SplittableRandom random, List<Profile> people, String city) {
        Profile first = people.get(0);
        Profile second = people.size() > 1 ? people.get(1) : first;
        String organization = Draw.one(random, List.of("Nato", "EU", "G7", "OSCE", "UN"));
        return switch (kind) {
            case CALL -> {
                String name = "Call between " + mentionOf(first) + " and " + mentionOf(second);
                yield new Naming(name, "during a " + name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1),
                        null, null);
            }
            case MEETING -> Draw.chance(random, 0.5)
                    ? of("Meeting of " + mentionOf(first) + " and " + mentionOf(second) + " in " + city,
                            "at a meeting in " + city, city)
                    : of(organization + " ministers’ meeting in " + city,
                            "at a meeting of " + organization + " ministers in " + city, city);
            case CONFERENCE -> Draw.chance(random, 0.5)
                    ? of(city + " Security Conference", "at the " + city + " Security Conference", city)
                    : of(organization + " summit in " + city, "at the " + organization + " summit in " + city, city);
            case SPEECH -> of(mentionOf(first) + "’s speech in " + city, "in a speech in " + city, city);
            case TALKS -> of("Peace talks in " + city, "at peace talks in " + city, city);
            case VISIT -> of(mentionOf(first) + "’s visit to " + city, "during a visit to " + city, city);
            case INTERVIEW -> {
                if (Draw.chance(random, 0.6)) {
                    Medium medium = Draw.one(random, Vocabulary.MEDIA);
                    yield new Naming("Interview of " + mentionOf(first) + " with " + medium.name(),
                            "in an interview with " + medium.phrase(), null, medium.name());
                }
                yield of("Press conference in " + city, "at a press conference in " + city, city);
            }
            case PARLIAMENTARY -> Draw.one(random, List.of(
                    of("Prime Minister’s Questions", "at Prime Minister’s Questions", "House of Commons"),
                    of("Foreign Office questions in the Commons", "at Foreign Office questions in the Commons",
                            "House of Commons"),
                    of("Defence debate in the Commons", "during a defence debate in the Commons", "House of Commons"),
                    of("Debate in the European Parliament", "during a debate in the European Parliament", "Strasbourg"),
                    of("Hearing of the Senate Foreign Relations Committee",
                            "at a hearing of the Senate Foreign Relations Committee", "Washington")));
            case MILITARY -> {
                String town = Draw.one(random, Vocabulary.FRONT_LINE_TOWNS);
                yield Draw.chance(random, 0.5) ? of("Missile strike on " + town, "after the missile strike on " + town, town)
                        : of("Drone attack on " + town, "after the drone attack on " + town, town);
            }
            case OTHER -> of("Signing ceremony in " + city, "at a signing ceremony in " + city, city);
        };
    }

    private static Naming of(String name, String mention, String location) {
        return new Naming(name, mention, location, null);
    }

    private static String mentionOf(Profile profile) {
        return profile.kind == ActorKind.PERSON ? profile.canonicalName : profile.fullName;
    }
}
