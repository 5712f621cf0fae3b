package io.stancegraph.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.stancegraph.platform.StoredEntity;

/** An office that people hold over time (Popolo "Post"), e.g. "Foreign Secretary of the United Kingdom". */
@Entity
public class Post extends StoredEntity {

    @NotBlank
    @Size(max = 200)
    @Column(unique = true)
    public String label;

    @ManyToOne(fetch = FetchType.LAZY)
    public Actor organization;

    public static Post findByLabel(String label) {
        return find("label", label.strip()).firstResult();
    }
}
