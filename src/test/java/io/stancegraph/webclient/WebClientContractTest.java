package io.stancegraph.webclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * The web client (src/main/resources/META-INF/resources/app) sends only the GraphQL documents in its queries folder.
 * Each must be valid against the committed schema.graphql, so that a schema change which breaks a page fails the build,
 * and the JSDoc types the pages are checked against (app/generated/types.js) must be the ones those documents and the
 * schema give: rerun with -Dclient.types.update=true to rewrite the file after a deliberate change, then commit it.
 */
class WebClientContractTest {

    static final Path APP = Path.of("src/main/resources/META-INF/resources/app");
    static final Path QUERIES = APP.resolve("queries");
    static final Path TYPES = APP.resolve("generated/types.js");
    private static final Pattern DOCUMENT_USE = Pattern.compile("(?:query|mutate|subscribe)\\(\\s*'([A-Za-z]+)'");

    @Test
    void everyClientDocumentIsValidAgainstTheSchema() throws IOException {
        GraphQLSchema schema = schema();
        Map<String, Document> documents = documents();
        assertThat(documents).as("client documents in %s", QUERIES).isNotEmpty();
        List<String> problems = new ArrayList<>();
        documents.forEach((name, document) -> {
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            if (operations.size() != 1 || !name.equals(operations.get(0).getName())) {
                problems.add(name + ".graphql: one operation, named like its file");
            }
            for (ValidationError error : new Validator().validateDocument(schema, document, Locale.ENGLISH)) {
                problems.add(name + ".graphql: " + error.getMessage());
            }
        });
        assertThat(problems).as("client documents that the schema does not answer").isEmpty();
    }

    @Test
    void everyDocumentThePagesSendIsInTheQueriesFolder() throws IOException {
        Map<String, Document> documents = documents();
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".js")).toList()) {
                Matcher matcher = DOCUMENT_USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("documents named by the pages").isNotEmpty();
        assertThat(documents.keySet()).as("documents in the queries folder").containsAll(used);
        assertThat(used).as("every document in the queries folder is sent by a page").containsAll(documents.keySet());
    }

    @Test
    void generatedTypesMatchTheDocuments() throws IOException {
        String generated = new ClientTypes(schema()).generate(documents());
        if (Boolean.getBoolean("client.types.update")) {
            Files.createDirectories(TYPES.getParent());
            Files.writeString(TYPES, generated, StandardCharsets.UTF_8);
        }
        assertThat(TYPES).exists();
        assertThat(Files.readString(TYPES, StandardCharsets.UTF_8))
                .as("%s is out of date; rerun with -Dclient.types.update=true and commit it", TYPES)
                .isEqualTo(generated);
    }

    static GraphQLSchema schema() throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8));
        // The served schema leaves the custom scalars undeclared; they are ISO-8601 strings.
        for (String scalar : List.of("Date", "DateTime")) {
            if (!registry.scalars().containsKey(scalar)) {
                registry.merge(new SchemaParser().parse("scalar " + scalar));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static Map<String, Document> documents() throws IOException {
        Map<String, Document> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(QUERIES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".graphql")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
                documents.put(name, Parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return documents;
    }
}
