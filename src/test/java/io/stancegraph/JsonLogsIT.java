package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stancegraph.support.PrivatePostgres;

/** The packaged service with LOG_JSON=true writes one JSON object per log line, as log collectors read them. */
class JsonLogsIT {

    @Test
    void everyLogLineIsAJsonObject() throws Exception {
        Assumptions.assumeTrue(PrivatePostgres.available(), "PostgreSQL server binaries are needed");
        ObjectMapper json = new ObjectMapper();
        try (PrivatePostgres postgres = PrivatePostgres.create();
                IngestionKillIT.Service service = IngestionKillIT.Service.start(postgres, PrivatePostgres.freePort(),
                        "json-logs", Map.of("LOG_JSON", "true"))) {
            List<String> lines = service.output().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).isNotEmpty();
            for (String line : lines) {
                JsonNode record = json.readTree(line);
                assertThat(record.isObject()).as(line).isTrue();
                assertThat(record.path("message").isTextual()).as(line).isTrue();
                assertThat(record.path("level").isTextual()).as(line).isTrue();
            }
            assertThat(lines).anyMatch(line -> line.contains("Stancegraph is up"));
        }
    }
}
