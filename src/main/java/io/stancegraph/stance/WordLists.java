package io.stancegraph.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stance engine's word lists, kept as resources ({@code stance/words/NAME.txt}: one entry a line, {@code #}
 * starts a comment) so that a linguist can change them without reading Java. Each list is read once, by the one
 * class that uses it.
 */
final class WordLists {

    private static final String FOLDER = "stance/words/";

    private WordLists() {
    }

    /** The entries in the order written; a list written by hand may repeat an entry, and keeps the first. */
    static List<String> entries(String name) {
        return lines(FOLDER + name + ".txt");
    }

    /** The lines of a resource of the stance engine, without comments and blank lines, each kept once. */
    static List<String> lines(String resource) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!entry.isEmpty() && !entries.contains(entry)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(entries);
    }

    /**
     * The entries as a set. A hash set rather than {@code Set.of}: the finders look words up several times per
     * token, and the hash set, which compares cached hash codes before strings, answers misses faster.
     */
    static Set<String> set(String name) {
        return Collections.unmodifiableSet(new HashSet<>(entries(name)));
    }

    /** Lines of two words, the first mapped to the second ("stood stand"). */
    static Map<String, String> pairs(String name) {
        Map<String, String> pairs = new HashMap<>();
        for (String entry : entries(name)) {
            String[] words = entry.split(" +");
            if (words.length != 2) {
                throw new IllegalStateException("the word list " + name + " wants two words a line: " + entry);
            }
            pairs.put(words[0], words[1]);
        }
        return Map.copyOf(pairs);
    }
}
