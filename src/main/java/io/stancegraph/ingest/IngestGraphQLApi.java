package io.stancegraph.ingest;

import java.io.BufferedReader;
import java.io.StringReader;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.stancegraph.extraction.ArticleText;
import io.stancegraph.platform.Audited;
import io.stancegraph.security.Roles;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
public class IngestGraphQLApi {

    private final ArticleReading reading;
    private final ArticleIngestor ingestor;
    private final CorpusImporter importer;

    public IngestGraphQLApi(ArticleReading reading, ArticleIngestor ingestor, CorpusImporter importer) {
        this.reading = reading;
        this.ingestor = ingestor;
        this.importer = importer;
    }

    @Mutation("ingestArticle")
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR })
    @Audited
    // One transaction for the article and its record in the change log.
    @Transactional
    @Description("Stores an article and the statements, speakers, events and dates extracted from it, in one transaction. The same text is stored once.")
    public @NonNull IngestResult ingestArticle(@NonNull @Description("The article and its metadata.") ArticleIngestInput input) {
        ArticleText text = reading.read(input.text(), input.format(), input.publishedOn(), input.outlet(), input.url(),
                input.headline());
        return ingestor.ingest(text, input.key(), Boolean.TRUE.equals(input.extractAgain()));
    }

    @Mutation("importRecords")
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR })
    @Audited
    @Transactional
    @Description("Imports curated records in the JSON Lines import format (docs/import-format.md), all or nothing; records already stored are left as they are.")
    public @NonNull ImportSummary importRecords(@NonNull @Description("The records, one JSON object per line.") String lines) {
        return importer.importLines(new BufferedReader(new StringReader(lines)));
    }
}
