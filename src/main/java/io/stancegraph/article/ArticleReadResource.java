package io.stancegraph.article;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.UnauthenticatedException;
import io.stancegraph.security.Roles;

/** An article by the id its ingestion answered with (the {@code Location} of {@code POST /articles}). */
@Path("/articles/{id}")
@Tag(name = "Ingestion")
public class ArticleReadResource {

    /** An ingested article, without its text (GraphQL's {@code article(id:)} gives the text and the statements). */
    public record ArticleView(long id, String key, String headline, String outlet, String url, LocalDate publishedOn,
            long statements) {
    }

    private final EntityManager em;
    private final SecurityIdentity identity;
    private final boolean readersOnly;

    public ArticleReadResource(EntityManager em, SecurityIdentity identity,
            @ConfigProperty(name = "stancegraph.security.read-access") String readAccess) {
        this.em = em;
        this.identity = identity;
        this.readersOnly = readAccess.equals("readers");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "An ingested article by id", description = "Its key, headline, outlet, URL, publication date and "
            + "number of statements. Open to anyone unless reading is restricted to readers.")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No article has this id", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ArticleView article(@Parameter(description = "The article's id, as POST /articles answered it") @PathParam("id") String id) {
        if (readersOnly && identity.isAnonymous()) {
            throw new UnauthenticatedException("Reading needs a signed-in reader: send `Authorization: Bearer <token>` (or HTTP Basic)");
        }
        if (readersOnly && !identity.hasRole(Roles.READER)) {
            throw new ForbiddenException("Reading needs the role reader");
        }
        long articleId = id(id);
        Article article = NotFoundException.unlessFound(em.find(Article.class, articleId), "Article", articleId, "id");
        long statements = em.createQuery("select count(s) from Statement s where s.articleId = :id", Long.class)
                .setParameter("id", articleId).getSingleResult();
        return new ArticleView(article.id, article.sourceKey, article.headline, article.outlet, article.url,
                article.publishedOn, statements);
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
