package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.stancegraph.tools.ImportCommand;

/**
 * An article is published by today: statements are dated by it and stances hold from it, so a date still to come
 * would put them ahead of the record. Today anywhere on Earth is at most a day ahead of UTC.
 */
@QuarkusTest
class PublicationDateTest {

    private static final LocalDate TOMORROW_IN_KIRIBATI = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    private static final LocalDate FUTURE = TOMORROW_IN_KIRIBATI.plusDays(1);

    @Test
    void anArticleDatedInTheFutureIsRefusedOverRestNamingTheField() {
        String text = "“We will build the bridge,” said Jo Bloggs. " + UUID.randomUUID();
        for (String date : new String[] { FUTURE.toString(), "2031-02-01" }) {
            given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(text)
                    .queryParam("outlet", "Future Gazette").queryParam("publishedOn", date)
                    .when().post("/articles").then().statusCode(400).contentType(ContentType.JSON)
                    .body("code", Matchers.equalTo("INVALID_INPUT")).body("field", Matchers.equalTo("publishedOn"))
                    .body("message", Matchers.containsString("future"));
            given().spec(TestIdentity.editor()).contentType(ContentType.JSON)
                    .body(Map.of("text", text, "outlet", "Future Gazette", "publishedOn", date))
                    .when().post("/articles").then().statusCode(400).body("field", Matchers.equalTo("publishedOn"));
        }
        assertThat(articlesOf("Future Gazette")).isZero();

        // Today somewhere on Earth is not the future.
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(text)
                .queryParam("outlet", "Future Gazette").queryParam("publishedOn", TOMORROW_IN_KIRIBATI.toString())
                .when().post("/articles").then().statusCode(201);
        assertThat(articlesOf("Future Gazette")).isOne();
    }

    @Test
    void anArticleDatedInTheFutureIsRefusedOverGraphQLAndInImports() {
        JsonPath ingested = GraphQL.query("""
                mutation($on: Date) { ingestArticle(input: {text: "“We will build the bridge,” said Jo Bloggs.",
                    outlet: "Tomorrow Times", publishedOn: $on}) { created } }""", Map.of("on", FUTURE.toString()));
        assertThat(ingested.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(ingested.getString("errors[0].extensions.field")).isEqualTo("publishedOn");
        assertThat(ingested.getString("errors[0].message")).contains("future");

        String lines = """
                {"type":"actor","name":"Tomorrow Probe","kind":"PERSON"}
                {"type":"article","key":"tomorrow-probe","outlet":"Tomorrow Times","publishedOn":"%s","body":"Said today."}
                """.formatted(FUTURE);
        JsonPath imported = GraphQL.query("mutation($lines: String!) { importRecords(lines: $lines) { created } }",
                Map.of("lines", lines));
        assertThat(imported.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(imported.getString("errors[0].extensions.field")).isEqualTo("line 2.publishedOn");
        assertThat(GraphQL.data("{ actorByName(name: \"Tomorrow Probe\") { id } }").getString("data.actorByName")).isNull();
        assertThat(articlesOf("Tomorrow Times")).isZero();
    }

    @Test
    void theImportCommandReportsAFutureDateByFile() throws Exception {
        Path directory = Files.createTempDirectory("future");
        Files.writeString(directory.resolve("bridge.txt"), "“We will build the bridge,” said Jo Bloggs on Monday.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ImportCommand.run(new String[] { "--url", "http://localhost:" + io.restassured.RestAssured.port,
                "--token", TestIdentity.editorToken(), "--outlet", "Almanac of Tomorrow", "--published-on", FUTURE.toString(),
                directory.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 failed").contains("skipped bridge.txt: 400")
                .contains("publishedOn is in the future");
        assertThat(articlesOf("Almanac of Tomorrow")).isZero();
    }

    private static int articlesOf(String outlet) {
        return GraphQL.data("query($o: String!) { articles(filter: {outlet: $o}) { totalCount } }", Map.of("o", outlet))
                .getInt("data.articles.totalCount");
    }
}
