package io.stancegraph.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stored record whose id the database assigns (an identity column). Where the record is a GraphQL type, the id is
 * its `id` field.
 */
@MappedSuperclass
public abstract class StoredEntity extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Id
    @NonNull
    @Description("Stable identifier.")
    public Long id;

    /**
     * A linked record's id whether this record was loaded (its read-only key {@code column} is set) or the link was
     * just made (only the association is set until the record is read again).
     */
    protected static Long key(Long column, StoredEntity linked) {
        return column != null ? column : linked == null ? null : linked.id;
    }
}
