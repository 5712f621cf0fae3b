package io.stancegraph.actor;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

import io.stancegraph.platform.StoredEntity;

/** An actor holding a post from one date to another (open-ended while in office). */
@Entity
public class Tenure extends StoredEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Actor actor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    public LocalDate startDate;

    public LocalDate endDate;

    public boolean covers(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }
}
