package io.stancegraph.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.stancegraph.extraction.ArticleText;
import io.stancegraph.platform.Audited;
import io.stancegraph.platform.ErrorBody;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.UnsupportedMediaTypeException;
import io.stancegraph.security.Roles;

@Path("/")
@RolesAllowed({ Roles.INGEST, Roles.EDITOR })
@Audited
// One transaction for each write and its record in the change log.
@Transactional
@Tag(name = "Ingestion", description = "Articles in: statements, speakers, events and dates are extracted and stored.")
public class ArticleResource {

    private final ArticleReading reading;
    private final ArticleIngestor ingestor;

    public ArticleResource(ArticleReading reading, ArticleIngestor ingestor) {
        this.reading = reading;
        this.ingestor = ingestor;
    }

    /** The outcome of an ingestion, for REST clients. */
    public record IngestResponse(long articleId, String key, boolean created, int statementsExtracted,
            int statementsSkippedForCuration, int actorsCreated, int eventsCreated) {

        public static IngestResponse of(IngestResult result) {
            return new IngestResponse(result.article().id, result.article().sourceKey, result.created(),
                    result.statementsExtracted(), result.statementsSkippedForCuration(), result.actorsCreated(),
                    result.eventsCreated());
        }
    }

    /** An article sent as JSON. */
    public record ArticleRequest(String text, ArticleFormat format, LocalDate publishedOn, String outlet, String url,
            String headline, String key, Boolean extractAgain) {
    }

    @POST
    @Path("articles")
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article sent as plain text, the seed format or HTML",
            description = "Stores the article and everything extracted from it in one transaction. The same text is stored once: "
                    + "sending it again returns the stored article (200) unless extractAgain=true.")
    @APIResponse(responseCode = "201", description = "Stored and extracted", content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored", content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "400", description = "Not an article: empty, binary, not UTF-8, no body, metadata missing, or published after today", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    public Response ingestText(byte[] body,
            @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "TEXT, HTML or SEED; by default from the content type and the text") @QueryParam("format") ArticleFormat format,
            @Parameter(description = "Publication date, YYYY-MM-DD") @QueryParam("publishedOn") String publishedOn,
            @Parameter(description = "Publication, e.g. The Independent") @QueryParam("outlet") String outlet,
            @QueryParam("url") String url,
            @QueryParam("headline") String headline,
            @Parameter(description = "A key to find the article by, e.g. its file name") @QueryParam("key") String key,
            @QueryParam("extractAgain") boolean extractAgain) {
        ArticleFormat chosen = format != null ? format
                : contentType != null && contentType.toLowerCase().startsWith(MediaType.TEXT_HTML) ? ArticleFormat.HTML : null;
        ArticleText text = reading.read(body, chosen, date(publishedOn), outlet, url, headline);
        return respond(ingestor.ingest(text, blankToNull(key), extractAgain));
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article sent as JSON with its metadata")
    @APIResponse(responseCode = "201", description = "Stored and extracted", content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored", content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "400", description = "Not an article, metadata missing, or published after today", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response ingestJson(ArticleRequest request) {
        if (request == null) {
            throw new InvalidInputException("the request body must be a JSON object with at least text", "text");
        }
        ArticleText text = reading.read(request.text(), request.format(), request.publishedOn(), request.outlet(),
                request.url(), request.headline());
        return respond(ingestor.ingest(text, blankToNull(request.key()), Boolean.TRUE.equals(request.extractAgain())));
    }

    /** Any other body: 415 with an error that names the types read above. */
    @POST
    @Path("articles")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response ingestOther(@HeaderParam("Content-Type") String contentType) {
        throw new UnsupportedMediaTypeException(contentType, List.of(MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
    }

    private static Response respond(IngestResult result) {
        IngestResponse body = IngestResponse.of(result);
        return result.created()
                ? Response.created(URI.create("/articles/" + body.articleId())).entity(body).build()
                : Response.ok(body).build();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishedOn must be a date as YYYY-MM-DD that exists in the calendar", "publishedOn");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
