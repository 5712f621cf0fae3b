package io.stancegraph.topic;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.StoredEntity;

@Entity
@Type("Topic")
@Description("An issue on which actors take positions, such as Ukraine joining Nato.")
public class Topic extends StoredEntity {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";


    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = SLUG_PATTERN)
    @Column(unique = true)
    @Description("URL-safe key of the topic, e.g. `ukraine-nato-membership`.")
    public String slug;

    @NotBlank
    @Size(max = 200)
    @Description("Short human-readable name.")
    public String name;

    @Description("What the issue is about.")
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    @Description("Phrases that mark a statement as being about the topic; ingestion tags extracted statements with them.")
    public List<@NonNull String> keywords = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    @Description("What the supporting side claims, in short sentences, e.g. `Ukraine should cede land for peace`: a statement agreeing with them SUPPORTS the topic.")
    public List<@NonNull String> proClaims = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @NonNull
    @Description("What the opposing side claims, e.g. `borders must not be changed by force`: a statement agreeing with them OPPOSES the topic.")
    public List<@NonNull String> conClaims = new ArrayList<>();

    public static Topic findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
