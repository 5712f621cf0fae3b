package io.stancegraph.position;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A row of the view {@code current_position}: the current position of each actor on each topic, an editor's
 * assessment taking precedence over the extractor's. Only its id is mapped, to say in JPQL which positions are current.
 */
@Entity
@Immutable
@Table(name = PositionService.CURRENT_VIEW)
public class CurrentPosition {

    @Id
    public Long id;
}
