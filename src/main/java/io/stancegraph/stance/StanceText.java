package io.stancegraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A statement's words as the stance assessor reads them: lower case, contractions opened ("won't" -> "will not"),
 * each word with its possible lemmas, grouped into clauses. Clauses end at sentence ends, semicolons, colons and
 * dashes, and before a conjunction that opens a new clause ("but", "although", "and that", ", which", "and" followed
 * by a verb), because a stance word rarely reaches across them.
 */
final class StanceText {

    /**
     * One word; {@code lemmas} are its candidate base forms, the word itself first. {@code capitalised}: written
     * with a capital, as names are ("Russia" the country, not a topic word).
     */
    record Word(String lower, String[] lemmas, boolean capitalised) {
        boolean is(String lemma) {
            for (String candidate : lemmas) {
                if (candidate.equals(lemma)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return lower;
        }
    }

    /**
     * A clause: its words, the sentence it belongs to, whether it opens with a contrast ("but ...") and whether its
     * sentence is a question.
     */
    record Clause(List<Word> words, int sentence, boolean contrast, boolean question) {
    }

    private static final Set<String> CONTRASTS = WordLists.set("contrasts");
    private static final Set<String> AFTER_COMMA_OPENERS = WordLists.set("comma-clause-openers");
    /** A conjunction followed closely by one of these starts a clause of its own: "... and Nato membership is ...". */
    private static final Set<String> FINITE = WordLists.set("finite-verbs");
    private static final Set<String> ABBREVIATIONS = WordLists.set("abbreviations");
    private static final Set<String> PRONOUNS_WITH_IS = WordLists.set("pronouns-with-is");
    private static final Map<String, String> IRREGULAR = WordLists.pairs("irregular-forms");

    private StanceText() {
    }

    /** The text cut into clauses. */
    static List<Clause> clauses(String text) {
        List<Clause> clauses = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        List<Boolean> questions = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String s = normalise(text);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(s, i);
                current.addAll(open(s.substring(i, end)));
                i = end;
                continue;
            }
            if (c == '.' && !current.isEmpty() && abbreviation(current.get(current.size() - 1).toLowerCase(Locale.ROOT))) {
                i++;
                continue;
            }
            switch (c) {
                case '.', '!', '?', '\n' -> {
                    if (!current.isEmpty()) {
                        sentences.add(current);
                        questions.add(c == '?');
                        current = new ArrayList<>();
                    } else if (c == '?' && !questions.isEmpty()) {
                        questions.set(questions.size() - 1, true);
                    }
                }
                case ';', ':', '—', '–', '…' -> current.add("|");
                case '-' -> current.add("|"); // a hyphen inside a word is part of the word; a free-standing one is a dash
                case ',' -> current.add(",");
                default -> {
                    // quote marks, brackets and other symbols carry no stance
                }
            }
            i++;
        }
        if (!current.isEmpty()) {
            sentences.add(current);
            questions.add(false);
        }
        for (int n = 0; n < sentences.size(); n++) {
            split(sentences.get(n), n, questions.get(n), clauses);
        }
        return clauses;
    }

    /** "Mr. Putin", "U.S. sanctions", "Gen. Syrskyi": a full stop that ends a word, not a sentence. */
    private static boolean abbreviation(String word) {
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    /** A phrase (a topic keyword) as words, with the same normalisation as statements, ignoring punctuation. */
    static List<Word> words(String phrase) {
        List<Word> words = new ArrayList<>();
        for (Clause clause : clauses(phrase)) {
            words.addAll(clause.words());
        }
        return words;
    }

    private static void split(List<String> tokens, int sentence, boolean question, List<Clause> out) {
        List<Word> words = new ArrayList<>();
        boolean contrast = false;
        for (int i = 0; i < tokens.size(); i++) {
            String original = tokens.get(i);
            String token = original.toLowerCase(Locale.ROOT);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).toLowerCase(Locale.ROOT) : "";
            if (token.equals("|")) {
                flush(words, sentence, contrast, question, out);
                contrast = false;
            } else if (token.equals(",")) {
                if (AFTER_COMMA_OPENERS.contains(next)) {
                    flush(words, sentence, contrast, question, out);
                    contrast = CONTRASTS.contains(next);
                    i++;
                }
            } else if (CONTRASTS.contains(token)) {
                flush(words, sentence, contrast, question, out);
                contrast = true;
            } else if (!words.isEmpty() && (token.equals("and") || token.equals("or"))
                    && (next.equals("that") || finiteVerbFollows(tokens, i + 1))) {
                flush(words, sentence, contrast, question, out);
                contrast = false;
                if (next.equals("that")) {
                    i++;
                }
            } else {
                words.add(word(original));
            }
        }
        flush(words, sentence, contrast, question, out);
    }

    private static void flush(List<Word> words, int sentence, boolean contrast, boolean question, List<Clause> out) {
        if (!words.isEmpty()) {
            out.add(new Clause(List.copyOf(words), sentence, contrast, question));
            words.clear();
        }
    }

    /** "and Nato membership is ...": a finite verb within three words after the conjunction. */
    private static boolean finiteVerbFollows(List<String> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
            String token = tokens.get(i).toLowerCase(Locale.ROOT);
            if (token.equals(",") || token.equals("|")) {
                return false;
            }
            if (FINITE.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '’', '‘', '`', '′' -> '\'';
                case '\r' -> '\n';
                default -> c;
            });
        }
        return out.toString();
    }

    /** A word runs over letters and digits, an apostrophe or hyphen inside it, "2.5" and "2.5%". */
    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean nextIsLetterOrDigit = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '-') && nextIsLetterOrDigit) {
                i++;
            } else if ((c == '.' || c == ',') && i > start && Character.isDigit(s.charAt(i - 1)) && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else if (c == '%' && Character.isDigit(s.charAt(i - 1))) {
                return i + 1;
            } else {
                break;
            }
        }
        // "allies'" and "Zelensky's" end on an apostrophe or a possessive; the bare mark is not part of the word
        return i;
    }

    /** Opens contractions and drops possessives: "won't" -> will not, "can't" -> can not, "Ukraine's" -> Ukraine. */
    private static List<String> open(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        if (word.equals("cannot")) {
            return List.of("can", "not");
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            return List.of(written);
        }
        if (word.endsWith("n't")) {
            String base = word.substring(0, word.length() - 3);
            base = switch (base) {
                case "wo" -> "will";
                case "ca" -> "can";
                case "sha" -> "shall";
                case "ai" -> "is";
                default -> base;
            };
            return List.of(base, "not");
        }
        String base = written.substring(0, apostrophe);
        String suffix = word.substring(apostrophe + 1);
        return switch (suffix) {
            case "s" -> PRONOUNS_WITH_IS.contains(base.toLowerCase(Locale.ROOT)) ? List.of(base, "is") : List.of(base);
            case "re" -> List.of(base, "are");
            case "ll" -> List.of(base, "will");
            case "ve" -> List.of(base, "have");
            case "d" -> List.of(base, "would");
            case "m" -> List.of(base, "am");
            default -> List.of(written);
        };
    }

    static Word word(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return new Word(lower, lemmas(lower), Character.isUpperCase(written.charAt(0)));
    }

    /** Candidate base forms by suffix: "backed" -> back, backe; "committed" -> commit; "rules" -> rule. */
    static String[] lemmas(String w) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.add(irregular);
        }
        int n = w.length();
        if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
            out.add(w.substring(0, n - 3) + "y");
        }
        if (n > 3 && w.endsWith("es")) {
            out.add(w.substring(0, n - 2));
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, n - 1));
        }
        if (n > 4 && w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            out.add(stem);
            out.add(w.substring(0, n - 1));
            addUndoubled(stem, out);
        }
        if (n > 5 && w.endsWith("ing")) {
            String stem = w.substring(0, n - 3);
            out.add(stem);
            out.add(stem + "e");
            addUndoubled(stem, out);
        }
        return out.toArray(String[]::new);
    }

    /** "committ" -> commit, "stopp" -> stop. */
    private static void addUndoubled(String stem, List<String> out) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            out.add(stem.substring(0, n - 1));
        }
    }
}
