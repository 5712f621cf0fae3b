package io.stancegraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.article.Article;

@Type("IngestResult")
@Description("What ingesting an article stored.")
public record IngestResult(
        @NonNull @Description("The stored article, with its statements.") Article article,
        @NonNull @Description("False when the same text was already stored; nothing was extracted again unless asked.") boolean created,
        @NonNull @Description("Statements extracted and stored by this request.") int statementsExtracted,
        @NonNull @Description("Extracted statements left out because an editor's statement covers the same text.") int statementsSkippedForCuration,
        @NonNull @Description("Actors this request created; the others were matched by name, alias or office.") int actorsCreated,
        @NonNull @Description("Events this request created; the others were matched by name and date.") int eventsCreated) {
}
