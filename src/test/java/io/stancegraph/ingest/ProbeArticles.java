package io.stancegraph.ingest;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.stancegraph.TestIdentity;

/** Short articles sent through {@code POST /articles} as an editor, and the speakers of what they store. */
final class ProbeArticles {

    private ProbeArticles() {
    }

    /** The new article's id. */
    static long ingest(String text, String publishedOn) {
        return given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(text)
                .queryParam("outlet", "Probe").queryParam("publishedOn", publishedOn)
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("articleId");
    }

    /** The names of a statement's speakers, from a statement read with {@code speakers { name }}. */
    static List<String> speakerNames(Map<String, Object> statement) {
        return ((List<?>) statement.get("speakers")).stream().map(s -> (String) ((Map<?, ?>) s).get("name")).toList();
    }
}
