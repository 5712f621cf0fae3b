package io.stancegraph.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.stancegraph.gateway.PersistedQueries;

/**
 * The allow-list of persisted-only mode from .graphql files: a JSON object of SHA-256 → document, one entry per file,
 * the document as the file holds it (what a client sends, and hashes, when it sends that file's operation).
 */
@Command(name = "persisted-operations", description = "Writes the allow-list for persisted-only mode "
        + "(GRAPHQL_PERSISTED_OPERATIONS) from .graphql files: {\"<sha256>\": \"<document>\"}, one entry per file.")
public final class PersistedOperationsCommand extends ToolCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = ".graphql files, or directories searched for them")
    List<Path> inputs;

    @Option(names = { "-o", "--output" }, description = "Where to write the JSON (default: standard output)")
    Path output;

    @Override
    public Integer call() throws IOException {
        Map<String, String> operations = new TreeMap<>();
        for (Path file : files()) {
            String document = Files.readString(file, StandardCharsets.UTF_8);
            // A file that is no executable document would only be refused when a client sends it.
            if (Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).isEmpty()) {
                err.println("No operation in " + file + "; skipped");
                continue;
            }
            operations.put(PersistedQueries.sha256(document), document);
        }
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(operations) + "\n";
        if (output == null) {
            out.print(json);
        } else {
            Files.writeString(output, json, StandardCharsets.UTF_8);
        }
        err.println(operations.size() + " operations");
        return 0;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> found = Files.walk(input)) {
                    found.filter(path -> path.toString().endsWith(".graphql")).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
