package io.stancegraph.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.stancegraph.platform.Audited;
import io.stancegraph.platform.TranslatedErrors;
import io.stancegraph.security.Roles;

@GraphQLApi
@TranslatedErrors
public class ImportGraphQLApi {

    private final CorpusImporter importer;

    public ImportGraphQLApi(CorpusImporter importer) {
        this.importer = importer;
    }

    @Mutation("importRecords")
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR })
    @Audited
    @Transactional
    @Description("Imports curated records in the JSON Lines import format (docs/import-format.md), all or nothing; records already stored are left as they are. A position signed `editor:<name>` is published as confirmed: it needs the editor role and the caller's own name (FORBIDDEN otherwise); any other is a suggestion for review. Every position meets the evidence and date rules of `setPosition` (INVALID_INPUT otherwise); subscribers of `statementAdded` and `positionChanged` hear of the statements and positions stored.")
    public @NonNull ImportSummary importRecords(@NonNull @Description("The records, one JSON object per line.") String lines) {
        return importer.importFromCaller(lines);
    }
}
