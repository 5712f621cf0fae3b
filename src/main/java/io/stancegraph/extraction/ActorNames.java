package io.stancegraph.extraction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether two actor names are spellings of one actor: "Volodymyr Zelenskiy", "Volodymyr Zelenskyy" and "Vladimir
 * Zelensky" are one person; "Hanbit Electronics Co" is "Hanbit Electronics". {@link Verdict#SAME} is kept for
 * what is safe to match without an editor (a surname in one transliteration family with a compatible given name,
 * or a company name up to its legal form); everything weaker is {@link Verdict#PROBABLY_SAME}, for an editor.
 */
public final class ActorNames {

    /** How sure a likeness is. */
    public enum Verdict {
        /** One actor: safe to match automatically. */
        SAME,
        /** Probably one actor; an editor decides. */
        PROBABLY_SAME
    }

    /** Why two names look alike, and how much (0–1). */
    public record Likeness(Verdict verdict, double score, String reason) {
    }

    private static final Set<String> LEGAL_FORMS = lower(WordLists.set("legal-forms"));
    private static final Set<String> HYPHENATED_PARTICLES = WordLists.set("name-particles-hyphenated");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /** Surnames this close (and sounding alike) are spellings of one name: Zelensky / Zelenskiy is 0.98. */
    private static final double SURNAME_SIMILARITY = 0.9;

    private ActorNames() {
    }

    /** Lower case without accents, dots and apostrophes: "Deschênes" and "deschenes" compare equal. */
    public static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[.'’]", "").replaceAll("\\s+", " ").strip();
    }

    /** The name without a trailing legal form: "Daesan Semiconductor Co. Ltd." is "Daesan Semiconductor". */
    public static String withoutLegalForm(String name) {
        List<String> words = new java.util.ArrayList<>(List.of(name.strip().split("\\s+")));
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1).replaceAll("[.,]", "")
                .toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        String kept = String.join(" ", words);
        return kept.endsWith(",") ? kept.substring(0, kept.length() - 1) : kept;
    }

    /**
     * The key two spellings of one name share, for finding candidates cheaply: the first four letters of the
     * folded last word. Transliterations differ at the end ("Zelensk-y/-iy/-yy"), rarely at the start.
     */
    public static String surnameBlock(String name) {
        String[] words = fold(name).split(" ");
        String last = words[words.length - 1];
        return last.length() <= 4 ? last : last.substring(0, 4);
    }

    /**
     * How alike two names of actors of the given kinds are, or empty when they name different actors as far as
     * the names tell.
     */
    public static Optional<Likeness> compare(String a, ActorKind kindA, String b, ActorKind kindB) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return Optional.empty();
        }
        if (fa.equals(fb)) {
            return Optional.of(kindA == kindB ? new Likeness(Verdict.SAME, 1.0, "the same name")
                    : new Likeness(Verdict.PROBABLY_SAME, 0.9, "the same name as another kind of actor"));
        }
        if (kindA == ActorKind.PERSON && kindB == ActorKind.PERSON) {
            Optional<Likeness> people = comparePeople(fa.split(" "), fb.split(" "));
            if (people.isPresent()) {
                return people;
            }
        }
        return compareOrganisations(a, kindA, b, kindB);
    }

    private static Optional<Likeness> comparePeople(String[] a, String[] b) {
        if (a.length == 1 || b.length == 1) {
            String[] single = a.length == 1 ? a : b;
            String[] full = a.length == 1 ? b : a;
            if (full.length > 1 && (sameSurname(single[0], full[full.length - 1]) || single[0].equals(full[0]))) {
                // "Kim" and "Kim Jae-won", "Peskov" and "Dmitry Peskov": likely, but a surname is shared by many.
                return Optional.of(new Likeness(Verdict.PROBABLY_SAME, 0.6, "one name is part of the other"));
            }
            return Optional.empty();
        }
        String surnameA = a[a.length - 1];
        String surnameB = b[b.length - 1];
        if (!sameSurname(surnameA, surnameB)) {
            return Optional.empty();
        }
        if (a.length == b.length && !middlesAgree(a, b)) {
            return Optional.empty(); // "Md Shahidul Islam" and "Md Nazrul Islam": two people
        }
        String givenA = a[0];
        String givenB = b[0];
        double score = JARO_WINKLER.apply(String.join(" ", a), String.join(" ", b));
        boolean surnameSpelt = !surnameA.equals(surnameB);
        if (givenA.equals(givenB) && a.length == b.length) {
            return Optional.of(new Likeness(Verdict.SAME, score,
                    surnameSpelt ? "the surname spelt two ways" : "the same name"));
        }
        if (a.length == b.length && soundAlike(givenA, givenB)) {
            // Volodymyr / Vladimir: one given name in two transliterations.
            return Optional.of(new Likeness(Verdict.SAME, score, "the given name transliterated two ways"));
        }
        if (isInitialOf(givenA, givenB) || isInitialOf(givenB, givenA)) {
            return Optional.of(new Likeness(Verdict.PROBABLY_SAME, Math.min(score, 0.8), "an initial for the given name"));
        }
        if (givenA.equals(givenB)) {
            return Optional.of(new Likeness(Verdict.PROBABLY_SAME, Math.min(score, 0.8), "a middle name on one of them"));
        }
        return Optional.empty();
    }

    /** Whether the words between the first and the last of two names of one length are alike, one by one. */
    private static boolean middlesAgree(String[] a, String[] b) {
        for (int i = 1; i < a.length - 1; i++) {
            if (!a[i].equals(b[i]) && !isInitialOf(a[i], b[i]) && !isInitialOf(b[i], a[i]) && !soundAlike(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Likeness> compareOrganisations(String a, ActorKind kindA, String b, ActorKind kindB) {
        if (kindA == ActorKind.PERSON && kindB == ActorKind.PERSON && a.contains(" ") && b.contains(" ")
                && !hasLegalForm(a) && !hasLegalForm(b)) {
            return Optional.empty(); // two full personal names, already compared as people
        }
        String plainA = fold(withoutLegalForm(a));
        String plainB = fold(withoutLegalForm(b));
        Verdict safe = kindA == kindB && kindA != ActorKind.PERSON ? Verdict.SAME : Verdict.PROBABLY_SAME;
        if (plainA.equals(plainB)) {
            return Optional.of(new Likeness(safe, 0.95, "the same name with and without its legal form"));
        }
        String shorter = plainA.length() < plainB.length() ? plainA : plainB;
        String longer = shorter == plainA ? plainB : plainA;
        if (shorter.length() >= 4 && longer.startsWith(shorter + " ")) {
            // "Hanbit" and "Hanbit Electronics"; but "Labour" and "Labour MPs" are two.
            return Optional.of(new Likeness(Verdict.PROBABLY_SAME, 0.7, "a short form of the longer name"));
        }
        return Optional.empty();
    }

    static boolean hasLegalForm(String name) {
        return !withoutLegalForm(name).equals(name.strip());
    }

    /** Equal, or sounding alike and spelt nearly alike with the same consonants: one surname's transliterations. */
    static boolean sameSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String restA = withoutParticle(a);
        String restB = withoutParticle(b);
        if (restA.length() < a.length() && restB.length() < b.length()) {
            // "el-Sherbiny" and "al-Sherbini": the particle is transliterated too
            return sameSurname(restA, restB);
        }
        return METAPHONE.isDoubleMetaphoneEqual(a, b) && JARO_WINKLER.apply(a, b) >= SURNAME_SIMILARITY
                && consonants(a).equals(consonants(b));
    }

    /** The surname after a hyphenated particle ("sherbiny" of "el-sherbiny"), else the surname. */
    private static String withoutParticle(String surname) {
        int hyphen = surname.indexOf('-');
        return hyphen > 0 && HYPHENATED_PARTICLES.contains(surname.substring(0, hyphen))
                ? surname.substring(hyphen + 1) : surname;
    }

    /** Given names alike in sound and consonants, with the same initial: Volodymyr / Vladimir, Dmitry / Dmitriy. */
    static boolean soundAlike(String a, String b) {
        return a.length() > 1 && b.length() > 1 && a.charAt(0) == b.charAt(0) && METAPHONE.isDoubleMetaphoneEqual(a, b)
                && consonants(a).equals(consonants(b));
    }

    private static boolean isInitialOf(String initial, String name) {
        return initial.length() == 1 && name.length() > 1 && name.charAt(0) == initial.charAt(0);
    }

    /** The consonants of a folded word, vowel-like letters (y, j, w between vowels) treated as vowels. */
    private static String consonants(String word) {
        return word.replaceAll("[aeiouyjh\\-]", "").replace('w', 'v').replaceAll("(.)\\1+", "$1");
    }

    static Set<String> lower(Set<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }
}
