package io.stancegraph.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With tracing on, a GraphQL request continues the caller's trace down to its SQL statements. */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    /** Spans go to memory instead of a collector. */
    @Singleton
    public static class InMemoryExporter {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter exporter;

    @BeforeEach
    void forgetEarlierSpans() {
        exporter.reset();
    }

    @Test
    void aRequestIsTracedDownToItsSql() {
        for (String execution : List.of("compiled", "resolvers")) {
            exporter.reset();
            given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                    .header("Stancegraph-Execution", execution)
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", "{ actorByName(name: \"Mr Lammy\") { name statements(first: 2) { text event { name } } } }"))
                    .when().post("/graphql")
                    .then().statusCode(200);

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> exporter.getFinishedSpanItems().stream()
                    .anyMatch(span -> span.getKind() == SpanKind.SERVER));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !sqlSpans().isEmpty());
            List<SpanData> spans = exporter.getFinishedSpanItems();
            SpanData server = spans.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
            assertThat(server.getTraceId()).as(execution).isEqualTo(TRACE_ID);
            assertThat(server.getName()).as(execution).contains("/graphql");
            assertThat(sqlSpans()).as(execution).isNotEmpty()
                    .allSatisfy(span -> assertThat(span.getTraceId()).isEqualTo(TRACE_ID));
        }
    }

    @Test
    void probesAreNotTraced() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).when().post("/graphql").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> exporter.getFinishedSpanItems().stream()
                .anyMatch(span -> span.getKind() == SpanKind.SERVER));
        assertThat(exporter.getFinishedSpanItems()).noneMatch(span -> span.getName().contains("/q/health"));
    }

    private List<SpanData> sqlSpans() {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> "postgresql".equals(span.getAttributes().get(AttributeKey.stringKey("db.system")))
                        || "postgresql".equals(span.getAttributes().get(AttributeKey.stringKey("db.system.name"))))
                .toList();
    }
}
