package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed schema.graphql is the published contract. A change to the served schema must be made on purpose:
 * run the tests with -Dschema.update=true to rewrite the file, then review and commit it.
 */
@QuarkusTest
class SchemaContractTest {

    private static final Path CONTRACT = Path.of("schema.graphql");

    @Test
    void servedSchemaMatchesTheCommittedContract() throws IOException {
        String served = normalize(given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        // with introspection on, the web client's JSDoc types are served beside its pages
        given().when().get("/app/generated/types.js").then().statusCode(200);
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(CONTRACT).as("schema.graphql at the repository root").exists();
        assertThat(served)
                .as("the served schema differs from schema.graphql; rerun with -Dschema.update=true if the change is meant")
                .isEqualTo(normalize(Files.readString(CONTRACT, StandardCharsets.UTF_8)));
    }

    @Test
    void everyTypeFieldArgumentAndValueIsDescribed() {
        List<Map<String, Object>> types = GraphQL.data("""
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }""").getList("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || type.get("kind").equals("SCALAR")) {
                continue;
            }
            if (!name.equals("Query") && !name.equals("Mutation")) {
                check(type, name, undescribed);
            }
            for (String members : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> member : list(type.get(members))) {
                    String path = name + "." + member.get("name");
                    check(member, path, undescribed);
                    for (Map<String, Object> argument : list(member.get("args"))) {
                        check(argument, path + "(" + argument.get("name") + ")", undescribed);
                    }
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(Map<String, Object> element, String path, List<String> undescribed) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(path);
        }
    }

    private static String normalize(String schema) {
        return schema.replace("\r\n", "\n").strip() + "\n";
    }
}
