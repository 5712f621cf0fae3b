package io.stancegraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's word lists, read once from the class path: {@code extraction/words/<name>.txt}, UTF-8, one entry a
 * line, as written (case matters), blank lines and lines starting with {@code #} ignored. A table has one row a
 * line, {@code key: value, value, ...}. An entry or key written twice in one file is an error, so that each word
 * has one place. The native image carries the files ({@code quarkus.native.resources.includes}).
 * <p>
 * Sets are hash sets rather than {@code Set.of}: the finders look words up several times per token, and a hash set,
 * which compares cached hash codes before strings, answers misses faster.
 */
final class WordLists {

    static final String DIRECTORY = "/extraction/words/";

    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

    private WordLists() {
    }

    /** The entries of a list, as an unmodifiable set. */
    static Set<String> set(String name) {
        return Collections.unmodifiableSet(new HashSet<>(entries(name)));
    }

    /** The entries of a list, in file order. */
    static List<String> entries(String name) {
        List<String> lines = lines(name);
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            if (!seen.add(line)) {
                throw new IllegalStateException(DIRECTORY + name + ".txt: \"" + line + "\" is listed twice");
            }
        }
        return lines;
    }

    /** The rows of a table, {@code key: value, value}, in file order. */
    static Map<String, List<String>> table(String name) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : lines(name)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(DIRECTORY + name + ".txt: \"" + line + "\" is not \"key: values\"");
            }
            List<String> values = new ArrayList<>();
            for (String value : line.substring(colon + 1).split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
            if (rows.put(line.substring(0, colon).strip(), List.copyOf(values)) != null) {
                throw new IllegalStateException(DIRECTORY + name + ".txt: \"" + line.substring(0, colon)
                        + "\" is listed twice");
            }
        }
        return Collections.unmodifiableMap(rows);
    }

    /** The names of the lists read so far (for the test that every file is used). */
    static Set<String> read() {
        return Set.copyOf(LINES.keySet());
    }

    private static List<String> lines(String name) {
        return LINES.computeIfAbsent(name, WordLists::load);
    }

    private static List<String> load(String name) {
        String path = DIRECTORY + name + ".txt";
        InputStream in = WordLists.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("word list " + path + " is not on the class path");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
        return List.copyOf(lines);
    }
}
