package io.stancegraph.article;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.stancegraph.platform.ErrorBody;
import io.stancegraph.platform.ForbiddenException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.UnauthenticatedException;
import io.stancegraph.security.Roles;

/** An article by the id its ingestion answered with (the {@code Location} of {@code POST /articles}). */
@Path("/articles/{id}")
@Tag(name = "Ingestion")
public class ArticleReadResource {

    private final ArticleQueries articles;
    private final SecurityIdentity identity;
    private final boolean readersOnly;

    public ArticleReadResource(ArticleQueries articles, SecurityIdentity identity,
            @ConfigProperty(name = "stancegraph.security.read-access") String readAccess) {
        this.articles = articles;
        this.identity = identity;
        this.readersOnly = readAccess.equals("readers");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An ingested article by id", description = "Its key, headline, outlet, URL, publication date and "
            + "number of statements. Open to anyone unless reading is restricted to readers.")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleQueries.ArticleView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No article has this id", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ArticleQueries.ArticleView article(@Parameter(description = "The article's id, as POST /articles answered it") @PathParam("id") String id) {
        if (readersOnly && identity.isAnonymous()) {
            throw new UnauthenticatedException("Reading needs a signed-in reader: send `Authorization: Bearer <token>` (or HTTP Basic)");
        }
        if (readersOnly && !identity.hasRole(Roles.READER)) {
            throw new ForbiddenException("Reading needs the role reader");
        }
        // GraphQL's article(id:) gives the text and the statements themselves.
        return articles.view(id(id));
    }

    private static long id(String text) {
        if (!text.matches("[1-9][0-9]{0,18}")) {
            throw new InvalidInputException("id must be a positive whole number written in plain digits", "id");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id must be a positive whole number written in plain digits", "id");
        }
    }
}
