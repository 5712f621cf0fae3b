package io.stancegraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.StoredEntity;

@Entity
@Type("Article")
@Description("A news article that reports statements. Its body is stored as ingested; spans point into it.")
public class Article extends StoredEntity {

    /** Paragraphs of a stored body are separated by one blank line. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";


    @Size(max = 200)
    @Column(unique = true)
    @Name("key")
    @Description("Key given by the importer, e.g. the file name without extension.")
    public String sourceKey;

    @NotBlank
    @Size(max = 200)
    @Description("Publication that printed the article, e.g. `The Independent`.")
    public String outlet;

    @Size(max = 2000)
    @Column(unique = true)
    @Description("Address of the article, when known.")
    public String url;

    @Size(max = 1000)
    @Description("Headline, when known.")
    public String headline;

    @NotNull
    @Description("Date of publication.")
    public LocalDate publishedOn;

    // Read only when asked for: nested lists of statements name thousands of articles but rarely need their text.
    // The GraphQL fields body and paragraphs are served in batches by ArticleGraphQLApi.
    @NotBlank
    @Basic(fetch = FetchType.LAZY)
    @Ignore
    public String body;

    @NotBlank
    @Column(unique = true)
    @Description("SHA-256 of the body, hex-encoded: the same text is stored once.")
    public String contentHash;

    @Column(insertable = false, updatable = false)
    @Description("When the article was stored.")
    public Instant ingestedAt;

    /** Bodies are not loaded with the article rows; this reads those of a whole batch of articles in one query. */
    public static Map<Long, String> bodiesById(EntityManager em, Collection<Long> ids) {
        Map<Long, String> bodies = new HashMap<>();
        em.createQuery("select a.id, a.body from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> bodies.put((Long) row[0], (String) row[1]));
        return bodies;
    }

    /**
     * The publication date, refused when it is still to come: statements are dated by it and stances hold from it,
     * so a future date would put them ahead of the record. Today anywhere on Earth is at most one day ahead of UTC.
     */
    public static LocalDate checkPublishedOn(LocalDate publishedOn, String field) {
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        if (publishedOn != null && publishedOn.isAfter(latest)) {
            throw new InvalidInputException(field + " is in the future; an article is published by today (at the latest "
                    + latest + ", today in the time zone furthest ahead)", field);
        }
        return publishedOn;
    }

    /** The paragraphs of a stored body, in order. */
    public static String[] paragraphsOf(String body) {
        return body.split(PARAGRAPH_SEPARATOR, -1);
    }

    public static String hash(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static Article findByKey(String key) {
        return find("sourceKey", key).firstResult();
    }

    public static Article findByContentHash(String hash) {
        return find("contentHash", hash).firstResult();
    }
}
