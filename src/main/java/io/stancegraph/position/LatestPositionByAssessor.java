package io.stancegraph.position;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A row of the view {@code latest_position_by_assessor}: each assessor's latest position on each actor and topic.
 * Only its id is mapped, to say in JPQL which positions are their assessor's latest.
 */
@Entity
@Immutable
@Table(name = PositionService.LATEST_BY_ASSESSOR_VIEW)
public class LatestPositionByAssessor {

    @Id
    public Long id;
}
