package io.stancegraph.importer;

import java.io.BufferedReader;
import java.io.StringReader;

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
    @Description("Imports curated records in the JSON Lines import format (docs/import-format.md), all or nothing; records already stored are left as they are.")
    public @NonNull ImportSummary importRecords(@NonNull @Description("The records, one JSON object per line.") String lines) {
        return importer.importLines(new BufferedReader(new StringReader(lines)));
    }
}
