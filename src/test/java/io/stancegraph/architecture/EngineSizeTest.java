package io.stancegraph.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * The engines stay readable in small pieces: no top-level class over 400 lines and no method or constructor over 60,
 * counted from the declaration to its closing brace, comments included.
 */
class EngineSizeTest {

    static final int MAX_CLASS_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    private static final List<Path> ENGINES = List.of(Path.of("src/main/java/io/stancegraph/extraction"),
            Path.of("src/main/java/io/stancegraph/stance"));

    @Test
    void enginesHaveNoLongClassOrMethod() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        List<String> tooLong = new ArrayList<>();
        List<Path> sources = sources();
        assertTrue(sources.size() > 20, "the engines' sources were not found from " + Path.of("").toAbsolutePath());
        for (Path source : sources) {
            CompilationUnit unit = StaticJavaParser.parse(source);
            for (TypeDeclaration<?> type : unit.getTypes()) {
                if (lines(type) > MAX_CLASS_LINES) {
                    tooLong.add(source.getFileName() + ": class " + type.getNameAsString() + ", " + lines(type) + " lines");
                }
            }
            for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                if (lines(callable) > MAX_METHOD_LINES) {
                    tooLong.add(source.getFileName() + ":" + callable.getBegin().orElseThrow().line + " "
                            + callable.getNameAsString() + ", " + lines(callable) + " lines");
                }
            }
        }
        assertTrue(tooLong.isEmpty(), "over " + MAX_CLASS_LINES + " lines a class or " + MAX_METHOD_LINES
                + " a method: " + tooLong);
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path engine : ENGINES) {
            try (Stream<Path> files = Files.walk(engine)) {
                files.filter(file -> file.toString().endsWith(".java")).sorted(Comparator.naturalOrder())
                        .forEach(sources::add);
            }
        }
        return sources;
    }

    private static int lines(Node node) {
        return node.getEnd().orElseThrow().line - node.getBegin().orElseThrow().line + 1;
    }
}
