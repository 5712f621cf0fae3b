package io.stancegraph.importer;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportSummary")
@Description("What an import did: records created and records already present, by type.")
public record ImportSummary(
        @NonNull @Description("Lines read.") int lines,
        @NonNull @Description("Records newly stored.") int created,
        @NonNull @Description("Records that were already stored and left unchanged.") int unchanged,
        @NonNull @Description("Newly stored records by type, e.g. `statement=77`.") java.util.List<@NonNull String> createdByType) {

    static final class Counter {
        private int lines;
        private int created;
        private int unchanged;
        private final Map<String, Integer> createdByType = new TreeMap<>();

        void line() {
            lines++;
        }

        void created(String type) {
            created++;
            createdByType.merge(type, 1, Integer::sum);
        }

        void unchanged() {
            unchanged++;
        }

        ImportSummary summary() {
            return new ImportSummary(lines, created, unchanged,
                    createdByType.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList());
        }
    }
}
