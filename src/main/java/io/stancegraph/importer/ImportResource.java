package io.stancegraph.importer;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.stancegraph.platform.Audited;
import io.stancegraph.platform.ErrorBody;
import io.stancegraph.platform.UnsupportedMediaTypeException;
import io.stancegraph.security.Roles;

@Path("/")
@RolesAllowed({ Roles.INGEST, Roles.EDITOR })
@Audited
// One transaction for the import and its record in the change log.
@Transactional
public class ImportResource {

    private final CorpusImporter importer;

    public ImportResource(CorpusImporter importer) {
        this.importer = importer;
    }

    @POST
    @Path("imports")
    @Consumes({ "application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Curation")
    @Operation(summary = "Import curated records in the JSON Lines import format, all or nothing")
    @APIResponse(responseCode = "200", description = "What was created and what was already stored", content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "400", description = "A line is invalid; nothing was stored", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "A position signed by an editor other than the caller, or by an editor when the caller is none; nothing was stored", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ImportSummary importRecords(String lines) {
        return importer.importFromCaller(lines);
    }

    /** Any other body: 415 with an error that names the types read above. */
    @POST
    @Path("imports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ImportSummary importOther(@HeaderParam("Content-Type") String contentType) {
        throw new UnsupportedMediaTypeException(contentType, List.of("application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN));
    }
}
