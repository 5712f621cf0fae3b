package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One name per actor in an extraction, and no actor made of words that name none. Runs over a finished
 * extraction, after the name rules, so a store of actors gets the same names whatever rule found them:
 * <ul>
 * <li>role words glued before a person's name go: "County Executive Nadia Farouk" is Nadia Farouk;</li>
 * <li>a company's legal form goes: "Hanbit Electronics Co" is Hanbit Electronics;</li>
 * <li>a lone surname or given name is the one person of the article who bears it ("Kim" is Kim Jae-won), a lone
 * first word of a company the company ("Hanbit");</li>
 * <li>two spellings of one person in an article become the first ({@link ActorNames});</li>
 * <li>names of no actor are dropped, from the actors and as speakers: a place's adjective ("Ugandan",
 * "Boston-based"), a phrase opened by an article or a number ("a European", "One Labour MP", "The Small"), a day
 * ("Late Monday"), a capitalised common word standing alone ("Local", "Analysts").</li>
 * </ul>
 * A statement left without a speaker keeps its text but names nobody.
 */
public final class ActorNameCleanup {

    private static final Set<String> GLUED_ROLES = WordLists.set("glued-role-words");
    private static final Set<String> TITLE_WORDS = ActorNames.lower(WordLists.set("title-words-capitalised"));
    private static final Set<String> NOT_NAMES = WordLists.set("not-actor-names");
    private static final Set<String> OPENERS = Set.of("a", "an", "one", "two", "three", "four", "five", "some",
            "several", "many", "another", "other");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private ActorNameCleanup() {
    }

    /** The extraction with each actor under one clean name, and no actor whose name names none. */
    public static Extraction tidy(Extraction extraction) {
        Map<String, ActorKind> kinds = new LinkedHashMap<>();
        extraction.actors().forEach(mention -> kinds.putIfAbsent(mention.name(), mention.kind()));
        extraction.statements().forEach(statement -> statement.speakers()
                .forEach(speaker -> kinds.putIfAbsent(speaker.name(), speaker.kind())));
        Map<String, String> renamed = names(kinds);

        // A renamed actor takes the kind of the name it joins, else its own; a name with a legal form is a company's.
        Map<String, ActorKind> kindAfter = new HashMap<>();
        renamed.forEach((name, to) -> {
            if (to != null) {
                kindAfter.putIfAbsent(to, kinds.getOrDefault(to, kinds.get(name)));
                if (ActorNames.hasLegalForm(name)) {
                    kindAfter.put(to, ActorKind.ORGANIZATION);
                }
            }
        });

        Map<String, MentionBuilder> mentions = new LinkedHashMap<>();
        for (ActorMention mention : extraction.actors()) {
            String to = renamed.get(mention.name());
            if (to == null) {
                continue;
            }
            MentionBuilder merged = mentions.computeIfAbsent(to, name -> new MentionBuilder(name, kindAfter.get(name)));
            merged.aliases().addAll(mention.aliases());
            if (!to.equals(mention.name())) {
                merged.aliases().add(mention.name());
            }
            merged.tenures().addAll(mention.tenures());
        }
        List<ExtractedStatement> statements = renamedSpeakers(extraction.statements(), renamed, kindAfter, mentions);
        List<ExtractedEvent> events = renamedParticipants(extraction.events(), renamed);
        return new Extraction(statements, mentions.values().stream().map(MentionBuilder::build).toList(), events);
    }

    /** The statements with their speakers renamed; a speaker that names no actor is dropped, a kept one noted. */
    private static List<ExtractedStatement> renamedSpeakers(List<ExtractedStatement> extracted,
            Map<String, String> renamed, Map<String, ActorKind> kindAfter, Map<String, MentionBuilder> mentions) {
        List<ExtractedStatement> statements = new ArrayList<>();
        for (ExtractedStatement statement : extracted) {
            List<Speaker> speakers = new ArrayList<>();
            for (Speaker speaker : statement.speakers()) {
                String to = renamed.get(speaker.name());
                if (to == null) {
                    continue;
                }
                Speaker kept = to.equals(speaker.name()) ? speaker : new Speaker(to, kindAfter.get(to), speaker.role());
                if (speakers.stream().noneMatch(s -> s.name().equals(kept.name()))) {
                    speakers.add(kept);
                }
                mentions.computeIfAbsent(to, name -> new MentionBuilder(name, kindAfter.get(name)));
            }
            statements.add(speakers.equals(statement.speakers()) ? statement : new ExtractedStatement(statement.kind(),
                    statement.text(), speakers, statement.cue(), statement.paragraph(), statement.start(),
                    statement.end(), statement.saidOn(), statement.event(), statement.medium(), statement.speakerRule(),
                    statement.speakerDescription()));
        }
        return statements;
    }

    /** The events with their participants renamed; a participant that names no actor is dropped. */
    private static List<ExtractedEvent> renamedParticipants(List<ExtractedEvent> extracted, Map<String, String> renamed) {
        List<ExtractedEvent> events = new ArrayList<>();
        for (ExtractedEvent event : extracted) {
            Set<String> participants = new LinkedHashSet<>();
            event.participants().forEach(name -> {
                String to = renamed.get(name);
                if (to != null) {
                    participants.add(to);
                }
            });
            events.add(new ExtractedEvent(event.name(), event.kind(), event.date(), event.location(),
                    List.copyOf(participants), event.paragraph()));
        }
        return events;
    }

    /** Each name to the name it stands for (often itself), or to null when it names no actor. */
    static Map<String, String> names(Map<String, ActorKind> kinds) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, ActorKind> entry : kinds.entrySet()) {
            String name = entry.getKey();
            renamed.put(name, namesNoActor(name, entry.getValue()) ? null : withoutGluedWords(name, entry.getValue()));
        }
        // Lone words and second spellings resolve among the cleaned full names.
        Map<String, ActorKind> full = new LinkedHashMap<>();
        renamed.forEach((name, clean) -> {
            if (clean != null && clean.contains(" ")) {
                full.putIfAbsent(clean, kinds.get(name));
            }
        });
        for (Map.Entry<String, String> entry : renamed.entrySet()) {
            String clean = entry.getValue();
            if (clean == null) {
                continue;
            }
            ActorKind kind = kinds.get(entry.getKey());
            String resolved = clean.contains(" ") ? firstSpelling(clean, kind, full) : bearerOf(clean, kind, full);
            if (resolved != null) {
                entry.setValue(resolved);
            } else if (!clean.contains(" ") && NOT_NAMES.contains(clean.toLowerCase(Locale.ROOT))) {
                entry.setValue(null);
            }
        }
        return renamed;
    }

    /** Whether the words cannot name an actor, whatever the article says around them. */
    static boolean namesNoActor(String name, ActorKind kind) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).endsWith("-based")) {
            return true;
        }
        if (OPENERS.contains(first)) {
            return true;
        }
        for (String word : words) {
            if (DAYS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        if (kind != ActorKind.PERSON) {
            return false;
        }
        if (words.length == 1) {
            // "Ugandan": an adjective of a country, which the gazetteer speaks for as the country itself.
            String country = Gazetteer.countryOfWord(name);
            return country != null && !country.equalsIgnoreCase(name);
        }
        // "The Small": an article and one word that is no plural body ("The Greens" is a party).
        return words.length == 2 && first.equals("the") && !words[1].endsWith("s");
    }

    /** "Stevenage MP Rachel Oduya" is Rachel Oduya: a person's name after the last role word glued before it. */
    static String withoutGluedWords(String name, ActorKind kind) {
        String clean = ActorNames.withoutLegalForm(name);
        if (kind != ActorKind.PERSON) {
            return stripLeadingRival(clean);
        }
        String[] words = clean.split("\\s+");
        int cut = -1;
        for (int i = 0; i <= words.length - 3; i++) {
            String word = words[i].toLowerCase(Locale.ROOT).replace(".", "");
            if (GLUED_ROLES.contains(word) || TITLE_WORDS.contains(word)) {
                cut = i;
            }
        }
        if (cut < 0) {
            return stripLeadingRival(clean);
        }
        for (int i = cut + 1; i < words.length; i++) {
            if (!Character.isUpperCase(words[i].charAt(0))) {
                return clean;
            }
        }
        return String.join(" ", List.of(words).subList(cut + 1, words.length));
    }

    private static String stripLeadingRival(String name) {
        return name.startsWith("Rival ") && name.indexOf(' ', 6) > 0 ? name.substring(6) : name;
    }

    /** The one full name a lone word belongs to: "Kim" to Kim Jae-won, "Hanbit" to Hanbit Electronics. */
    private static String bearerOf(String word, ActorKind kind, Map<String, ActorKind> full) {
        String folded = ActorNames.fold(word);
        String found = null;
        for (Map.Entry<String, ActorKind> candidate : full.entrySet()) {
            if (kind != ActorKind.PERSON && candidate.getValue() == ActorKind.PERSON) {
                continue;
            }
            String[] words = ActorNames.fold(candidate.getKey()).split(" ");
            boolean bears = words[0].equals(folded) || kind == ActorKind.PERSON
                    && candidate.getValue() == ActorKind.PERSON && ActorNames.sameSurname(folded, words[words.length - 1]);
            if (bears) {
                if (found != null && !found.equals(candidate.getKey())) {
                    return null; // two bearers: the word alone does not say which
                }
                found = candidate.getKey();
            }
        }
        return found;
    }

    /** The first name in the article that is a spelling of this one, or null. */
    private static String firstSpelling(String name, ActorKind kind, Map<String, ActorKind> full) {
        for (Map.Entry<String, ActorKind> candidate : full.entrySet()) {
            if (candidate.getKey().equals(name)) {
                return null;
            }
            Optional<ActorNames.Likeness> likeness = ActorNames.compare(candidate.getKey(), candidate.getValue(), name, kind);
            if (likeness.isPresent() && likeness.get().verdict() == ActorNames.Verdict.SAME) {
                return candidate.getKey();
            }
        }
        return null;
    }

    /** An actor of the tidied extraction as it is gathered from the names that join it. */
    private record MentionBuilder(String name, ActorKind kind, Set<String> aliases, List<TitleTenure> tenures) {
        MentionBuilder(String name, ActorKind kind) {
            this(name, kind, new LinkedHashSet<>(), new ArrayList<>());
        }

        ActorMention build() {
            return new ActorMention(name, kind, List.copyOf(aliases), List.copyOf(tenures));
        }
    }
}
