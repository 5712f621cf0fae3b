package io.stancegraph.tools;

import io.stancegraph.extraction.ArticleReaders;
import io.stancegraph.extraction.ArticleText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists and reads article files (seed .txt, plain .txt, .html) for the command line tools. */
final class ArticleFiles {
    private ArticleFiles() {
    }

    static List<Path> expand(List<String> args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> {
                        String n = f.getFileName().toString().toLowerCase();
                        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
                    }).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(a);
            }
        }
        return files;
    }

    static ArticleText read(ArticleReaders readers, Path file) throws IOException {
        return readers.read(Files.readAllBytes(file), file.getFileName().toString());
    }

    static String articleId(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
