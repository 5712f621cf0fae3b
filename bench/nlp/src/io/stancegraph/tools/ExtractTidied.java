package io.stancegraph.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancegraph.extraction.ActorNameCleanup;
import io.stancegraph.extraction.ActorRegistry;
import io.stancegraph.extraction.ArticleReaders;
import io.stancegraph.extraction.ExtractedStatement;
import io.stancegraph.extraction.Extraction;
import io.stancegraph.extraction.StatementExtractor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/stancegraph extract} followed by the name cleanup the ingestor runs before storing
 * ({@link ActorNameCleanup}), so the gate is also measured against the speakers the service keeps.
 */
public final class ExtractTidied {

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArticleReaders readers = new ArticleReaders();
        StatementExtractor extractor = new StatementExtractor();
        for (Path file : ArticleFiles.expand(List.of(args))) {
            Extraction extraction = ActorNameCleanup.tidy(extractor.extract(ArticleFiles.read(readers, file),
                    ActorRegistry.EMPTY));
            for (ExtractedStatement s : extraction.statements()) {
                System.out.println(json.writeValueAsString(ExtractCommand.toJson(ArticleFiles.articleId(file), s)));
            }
        }
    }
}
