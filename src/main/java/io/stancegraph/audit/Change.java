package io.stancegraph.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "change_log")
@Type("Change")
@Description("One write to the record: who made it, when, through which operation, and the record before and after.")
public class Change extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Id
    @NonNull
    @Description("Stable identifier; later changes have larger ids.")
    public Long id;

    @Column(insertable = false, updatable = false)
    @NonNull
    @Description("When the change was committed.")
    public Instant changedAt;

    @NonNull
    @Description("Who made it: the signed-in user, the API token's owner or the identity provider's user name.")
    public String changedBy;

    @NonNull
    @Description("The roles the author held, comma-separated.")
    public String roles;

    @NonNull
    @Description("The mutation or REST operation, e.g. `updateActor` or `POST /articles`.")
    public String operation;

    @NonNull
    @Description("The kind of record changed, e.g. `Actor`.")
    public String entityType;

    @Id
    @Description("The record changed, if it has an id.")
    public Long entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Name("before")
    @Description("The record before the change, as JSON; null when it was created.")
    public String beforeValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Name("after")
    @Description("The record after the change, as JSON; null when it was deleted.")
    public String afterValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Description("The operation's arguments, as JSON (secrets such as passwords left out).")
    public String arguments;
}
