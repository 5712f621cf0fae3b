package io.stancegraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Import lines for records no other test knows (two topics, two speakers, an article and three statements, said on
 * {@link #SAID}), which position lines can follow: Calder on tolls, Calder on night ferries, Hale on tolls.
 */
record HarbourRecords(String tolls, String ferries, String calder, String hale, List<String> lines,
        Map<String, Object> calderOnTolls, Map<String, Object> calderOnFerries, Map<String, Object> haleOnTolls) {

    static final LocalDate SAID = LocalDate.of(2025, 3, 8);
    private static final ObjectMapper JSON = new ObjectMapper();

    static HarbourRecords create() {
        String letters = letters();
        String tolls = "harbour-tolls-" + letters;
        String ferries = "night-ferries-" + letters;
        String calder = "Ines Calder" + letters;
        String hale = "Tomas Hale" + letters;
        String key = "harbour-" + letters;
        String[] said = { "Tolls must fall before the summer", "The night ferries should run all year",
                "Tolls pay for the quay and must stay" };
        String body = "Harbour tolls row\n\n“" + said[0] + ",” said " + calder + " on Saturday.\n\n“" + said[1] + ",” "
                + calder + " added.\n\n“" + said[2] + ",” said " + hale + ".";
        List<String> lines = new ArrayList<>(List.of(
                json(Map.of("type", "topic", "slug", tolls, "name", "Harbour tolls " + letters)),
                json(Map.of("type", "topic", "slug", ferries, "name", "Night ferries " + letters)),
                json(Map.of("type", "actor", "name", calder, "kind", "PERSON")),
                json(Map.of("type", "actor", "name", hale, "kind", "PERSON")),
                json(Map.of("type", "article", "key", key, "outlet", "Harbour Gazette", "publishedOn", "2025-03-10",
                        "body", body))));
        List<Map<String, Object>> refs = new ArrayList<>();
        String[][] speakerAndTopic = { { calder, tolls }, { calder, ferries }, { hale, tolls } };
        for (int i = 0; i < said.length; i++) {
            int start = body.indexOf(said[i]);
            List<Integer> span = List.of(start, start + said[i].length());
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("type", "statement");
            statement.put("article", key);
            statement.put("kind", "DIRECT");
            statement.put("speakers", List.of(speakerAndTopic[i][0]));
            statement.put("text", said[i]);
            statement.put("cue", "say");
            statement.put("span", span);
            statement.put("saidOn", SAID.toString());
            statement.put("topics", List.of(speakerAndTopic[i][1]));
            lines.add(json(statement));
            refs.add(Map.of("article", key, "span", span));
        }
        return new HarbourRecords(tolls, ferries, calder, hale, lines, refs.get(0), refs.get(1), refs.get(2));
    }

    /** The batch followed by these position lines. */
    String with(String... positions) {
        List<String> all = new ArrayList<>(lines);
        all.addAll(List.of(positions));
        return String.join("\n", all);
    }

    /** A line saying that the actor supports the topic. */
    static String position(String actor, String topic, LocalDate validFrom, List<Map<String, Object>> evidence,
            String assessor) {
        return json(Map.of("type", "position", "actor", actor, "topic", topic, "stance", "SUPPORTS", "validFrom",
                validFrom.toString(), "assessor", assessor, "confidence", 0.8, "evidence", evidence));
    }

    static String letters() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String json(Map<String, Object> record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
