package io.stancegraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tags a statement with the topics whose keywords it contains: whole words or phrases, case-insensitive. A first,
 * transparent pass that editors correct with `tagStatementTopics`.
 */
public final class TopicTagger {

    private final Map<Long, Pattern> patterns;

    public TopicTagger(Map<Long, List<String>> keywordsByTopic) {
        this.patterns = new java.util.HashMap<>();
        keywordsByTopic.forEach((topic, keywords) -> {
            List<String> phrases = keywords.stream().filter(keyword -> !keyword.isBlank())
                    .map(keyword -> Pattern.quote(keyword.strip().toLowerCase(Locale.ROOT))).toList();
            if (!phrases.isEmpty()) {
                patterns.put(topic, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases)
                        + ")(?![\\p{L}\\p{N}])"));
            }
        });
    }

    public List<Long> topicsOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Long> topics = new ArrayList<>();
        patterns.forEach((topic, pattern) -> {
            if (pattern.matcher(lower).find()) {
                topics.add(topic);
            }
        });
        return topics;
    }
}
