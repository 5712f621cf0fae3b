// PostGraphile over the Stancegraph database, set up as one would run it in production.
//   DATABASE_URL  connection string of the service's database
//   PORT          HTTP port (default 5678); HOST (default 127.0.0.1)
//   PG_POOL_MAX   PostgreSQL connections (default 5, the usual 2 × cores + 1 for a 2-core database host)
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { TYPES, sql } from "postgraphile/@dataplan/pg";
import { addPgTableOrderBy, jsonPgSmartTags, orderByAscDesc } from "postgraphile/utils";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { PgManyToManyPreset } from "@graphile-contrib/pg-many-to-many";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

// The service lists actors by lower(canonical_name), then id; the database collation alone would order
// capitals first. Served by the ix_actor_name_lower index.
const ActorNameOrderPlugin = addPgTableOrderBy({ schemaName: "public", tableName: "actor" }, () =>
  orderByAscDesc("NAME_LOWER", (queryBuilder) => ({
    fragment: sql`lower(${queryBuilder.alias}.canonical_name)`,
    codec: TYPES.text,
  })),
);

// Topic.positions lists positions by the actor's canonical name, then latest first.
const PositionActorNameOrderPlugin = addPgTableOrderBy({ schemaName: "public", tableName: "actor_position" }, () =>
  orderByAscDesc("ACTOR_NAME", (queryBuilder) => ({
    fragment: sql`(select a.canonical_name from public.actor a where a.id = ${queryBuilder.alias}.actor_id)`,
    codec: TYPES.varchar,
  })),
);

// Flyway's bookkeeping table lives in public too; it is not part of the API.
const HideFlywayPlugin = jsonPgSmartTags({
  version: 1,
  config: { class: { "public.flyway_schema_history": { tags: { behavior: "-*" } } } },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [
    PostGraphileAmberPreset,
    PgSimplifyInflectionPreset,
    PgManyToManyPreset,
    PostGraphileConnectionFilterPreset,
  ],
  plugins: [ActorNameOrderPlugin, PositionActorNameOrderPlugin, HideFlywayPlugin],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      // public: the service's tables; postgraphile_ext: full-text search (search.sql).
      schemas: ["public", "postgraphile_ext"],
      poolConfig: { max: Number(process.env.PG_POOL_MAX ?? 5) },
    }),
  ],
  schema: {
    // Read-only API, like the queries it is compared on: no generated create/update/delete mutations.
    defaultBehavior: "-insert -update -delete",
    // Relational filters (statement → speakers, topics) are what the filtered statement list needs.
    connectionFilterRelations: true,
    // Only the operators the queries use.
    connectionFilterAllowedOperators: ["equalTo", "greaterThanOrEqualTo", "lessThanOrEqualTo"],
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
    connectionFilterArrays: false,
  },
  grafserv: {
    port: Number(process.env.PORT ?? 5678),
    host: process.env.HOST ?? "127.0.0.1",
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    watch: false,
    websockets: false,
  },
  grafast: {
    explain: false,
  },
};

export default preset;
