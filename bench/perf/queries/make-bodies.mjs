// The benchmark queries as readable GraphQL; writes the request bodies next to this file:
//   node bench/perf/queries/make-bodies.mjs
// The JSON files are what the harness posts; edit the queries here and run it again. Parameters are
// placeholders (queries/README.md) the harness substitutes in the files' text.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const out = dirname(fileURLToPath(import.meta.url));
// One line per query, so the files stay small and substitution stays a plain text replacement.
const q = (s) => s.replace(/\n\s*/g, " ").replace(/\s+/g, " ").trim();
const bodies = {
  stancegraph: {
    "q1-actor-statements": { query: `query Q1ActorStatements {
      actors(first: 50, orderBy: NAME) {
        nodes {
          id name
          statements(first: 20, orderBy: NEWEST_FIRST) {
            id text kind datedOn
            event { id name startsOn }
            article { id headline outlet publishedOn }
            speakers { id name }
          }
        }
      }
    }` },
    // currentOnly: false: the whole history, not the default current stance per actor.
    "q2-topic-positions": { query: `query Q2TopicPositions($topic: String!) {
      topicBySlug(slug: $topic) {
        id slug name
        positions(currentOnly: false) {
          id stance validFrom confidence
          actor { id name }
          evidence { id text datedOn article { id headline } }
        }
      }
    }`, variables: { topic: "__TOPIC__" } },
    // Page 2 is written as well: the same body with after = __CURSOR__, page 1's endCursor.
    "q3-statement-page-1": { query: `query Q3StatementPage($speaker: ID!, $topic: String!, $from: Date!, $to: Date!, $first: Int!, $after: String) {
      statements(filter: {speaker: $speaker, topic: $topic, from: $from, to: $to}, orderBy: NEWEST_FIRST, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id text datedOn kind speakers { id name } article { id headline } }
      }
    }`, variables: { speaker: "__SPEAKER__", topic: "__TOPIC__", from: "__FROM__", to: "__TO__", first: 20 } },
    "q4-search": { query: `query Q4Search($words: String!, $from: Date!, $to: Date!) {
      searchStatements(query: $words, filter: {from: $from, to: $to}, first: 20) {
        edges { rank node { id text datedOn speakers { id name } article { id headline } } }
      }
    }`, variables: { words: "__SEARCH__", from: "__FROM__", to: "__TO__" } },
    "q5-tiny": { query: `query Q5Tiny { actors(first: 10) { nodes { id name } } }` },
  },
  // The same selections in PostGraphile's schema: aliases give fields the service's names (rowId is the raw
  // primary key; `id` is PostGraphile's global node id), orderBy spells out the service's orders with id as the
  // last key, and many-to-many connections stand for the service's nested lists.
  postgraphile: {
    "q1-actor-statements": { query: `query Q1ActorStatements {
      actors(first: 50, orderBy: [NAME_LOWER_ASC, ROW_ID_ASC]) {
        nodes {
          id: rowId name: canonicalName
          statements: statementsByStatementSpeakerActorIdAndStatementId(first: 20, orderBy: [DATED_ON_DESC, ROW_ID_DESC]) {
            nodes {
              id: rowId text kind datedOn
              event { id: rowId name startsOn: startDate }
              article { id: rowId headline outlet publishedOn }
              speakers: actorsByStatementSpeakerStatementIdAndActorId(orderBy: [CANONICAL_NAME_ASC, ROW_ID_ASC]) { nodes { id: rowId name: canonicalName } }
            }
          }
        }
      }
    }` },
    // The service caps Position.evidence at the page maximum (100) and has no argument for it.
    "q2-topic-positions": { query: `query Q2TopicPositions($topic: String!) {
      topicBySlug(slug: $topic) {
        id: rowId slug name
        positions: actorPositions(orderBy: [ACTOR_NAME_ASC, VALID_FROM_DESC, ROW_ID_DESC]) {
          nodes {
            id: rowId stance validFrom confidence
            actor { id: rowId name: canonicalName }
            evidence: statementsByPositionEvidencePositionIdAndStatementId(first: 100, orderBy: [DATED_ON_ASC, ROW_ID_ASC]) {
              nodes { id: rowId text datedOn article { id: rowId headline } }
            }
          }
        }
      }
    }`, variables: { topic: "__TOPIC__" } },
    "q3-statement-page-1": { query: `query Q3StatementPage($speaker: BigInt!, $topic: String!, $from: Date!, $to: Date!, $first: Int!, $after: Cursor) {
      statements(
        filter: {
          statementSpeakers: {some: {actorId: {equalTo: $speaker}}}
          statementTopics: {some: {topic: {slug: {equalTo: $topic}}}}
          datedOn: {greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to}
        }
        orderBy: [DATED_ON_DESC, ROW_ID_DESC], first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id: rowId text datedOn kind
          speakers: actorsByStatementSpeakerStatementIdAndActorId(orderBy: [CANONICAL_NAME_ASC, ROW_ID_ASC]) { nodes { id: rowId name: canonicalName } }
          article { id: rowId headline }
        }
      }
    }`, variables: { speaker: "__SPEAKER__", topic: "__TOPIC__", from: "__FROM__", to: "__TO__", first: 20 } },
    // searchStatements and searchRank come from postgraphile/search.sql.
    "q4-search": { query: `query Q4Search($words: String!, $from: Date!, $to: Date!) {
      searchStatements(query: $words, from: $from, to: $to, first: 20) {
        nodes {
          rank: searchRank(query: $words)
          id: rowId text datedOn
          speakers: actorsByStatementSpeakerStatementIdAndActorId(orderBy: [CANONICAL_NAME_ASC, ROW_ID_ASC]) { nodes { id: rowId name: canonicalName } }
          article { id: rowId headline }
        }
      }
    }`, variables: { words: "__SEARCH__", from: "__FROM__", to: "__TO__" } },
    "q5-tiny": { query: `query Q5Tiny { actors(first: 10, orderBy: [NAME_LOWER_ASC, ROW_ID_ASC]) { nodes { id: rowId name: canonicalName } } }` },
  },
};
for (const [server, files] of Object.entries(bodies)) {
  mkdirSync(`${out}/${server}`, { recursive: true });
  for (const [name, body] of Object.entries(files)) {
    const compact = { query: q(body.query), ...(body.variables ? { variables: body.variables } : {}) };
    writeFileSync(`${out}/${server}/${name}.json`, JSON.stringify(compact, null, 2) + "\n");
    if (name === "q3-statement-page-1") {
      const page2 = { ...compact, variables: { ...compact.variables, after: "__CURSOR__" } };
      writeFileSync(`${out}/${server}/q3-statement-page-2.json`, JSON.stringify(page2, null, 2) + "\n");
    }
  }
}
