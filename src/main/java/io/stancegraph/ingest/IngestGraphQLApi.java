package io.stancegraph.ingest;

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

    public IngestGraphQLApi(ArticleReading reading, ArticleIngestor ingestor) {
        this.reading = reading;
        this.ingestor = ingestor;
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
}
