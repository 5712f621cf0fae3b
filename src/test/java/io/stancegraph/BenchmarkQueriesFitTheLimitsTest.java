package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The benchmark's request bodies, sent as they are, fit the default cost limits and get data back. */
@QuarkusTest
class BenchmarkQueriesFitTheLimitsTest {

    private static final Path BODIES = Path.of("bench/perf/queries/stancegraph");

    @Test
    void everyBenchmarkQueryIsAdmitted() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(BODIES)) {
            files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        String speaker = GraphQL.data("{ actorByName(name: \"Keir Starmer\") { id } }").getString("data.actorByName.id");
        String cursor = null;
        for (Path file : files) {
            if (file.getFileName().toString().contains("page-2")) {
                assertThat(cursor).as("page 1 comes first and gives the cursor").isNotNull();
            }
            String body = Files.readString(file).replace("__TOPIC__", "ukraine-at-the-table").replace("__SPEAKER__", speaker)
                    .replace("__FROM__", "2025-01-01").replace("__TO__", "2025-12-31").replace("__SEARCH__", "security guarantee")
                    .replace("__CURSOR__", String.valueOf(cursor));
            JsonPath answer = given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200)
                    .extract().jsonPath();
            assertThat((Object) answer.get("errors")).as(file.toString()).isNull();
            assertThat((Object) answer.get("data")).as(file.toString()).isNotNull();
            if (file.getFileName().toString().contains("page-1")) {
                cursor = answer.getString("data.statements.pageInfo.endCursor");
            }
        }
    }
}
