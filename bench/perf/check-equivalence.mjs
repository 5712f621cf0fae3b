// Runs each benchmark query on Stancegraph, on PostGraphile and (queries 1 and 2) as floor SQL through psql, and
// checks that all of them select the same records in the same order with the same field values.
// Usage and parameters: check-equivalence.sh (the entry point) and queries/README.md.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [stancegraphUrl, postgraphileUrl, databaseUrl] = process.argv.slice(2);
if (!stancegraphUrl || !postgraphileUrl || !databaseUrl) {
  console.error("usage: check-equivalence.sh STANCEGRAPH_GRAPHQL_URL POSTGRAPHILE_GRAPHQL_URL DATABASE_URL");
  process.exit(64);
}

// Placeholder → value; defaults select data in the service's sample corpus.
const params = {
  __TOPIC__: process.env.TOPIC ?? "ukraine-at-the-table",
  __SPEAKER__: process.env.SPEAKER ?? "1",
  __FROM__: process.env.FROM ?? "2025-01-01",
  __TO__: process.env.TO ?? "2025-12-31",
  __SEARCH__: process.env.SEARCH ?? "security guarantee",
};
// Smaller pages let a small corpus exercise the page-2 cursor; the committed bodies ask for 20.
const pageSize = process.env.PAGE_SIZE ? Number(process.env.PAGE_SIZE) : null;

const servers = {
  stancegraph: stancegraphUrl,
  postgraphile: postgraphileUrl,
};

function substitute(value, values) {
  if (typeof value === "string") {
    return Object.hasOwn(values, value) ? values[value] : value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => substitute(item, values));
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, values)]));
  }
  return value;
}

function body(server, name, extra = {}) {
  const raw = JSON.parse(readFileSync(join(here, "queries", server, `${name}.json`), "utf8"));
  const request = substitute(raw, { ...params, ...extra });
  if (pageSize && name.startsWith("q3-")) {
    request.variables.first = pageSize;
  }
  return request;
}

async function post(server, request) {
  const response = await fetch(servers[server], {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${server}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || json.errors) {
    throw new Error(`${server}: HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  }
  return json.data;
}

// pgbench script → one psql statement: `\set` lines and -D style parameters become literals.
function floorSql(file, values) {
  const vars = { ...values };
  const lines = [];
  for (const line of readFileSync(join(here, "floor", file), "utf8").split("\n")) {
    const set = line.match(/^\\set\s+(\w+)\s+(-?\d+)\s*$/);
    if (set) {
      vars[set[1]] = Number(set[2]);
    } else if (!line.startsWith("--")) {
      lines.push(line);
    }
  }
  return lines.join("\n").replace(/(?<![:\w]):(\w+)\b/g, (match, name) => {
    if (!Object.hasOwn(vars, name)) {
      throw new Error(`floor/${file}: no value for :${name}`);
    }
    const value = vars[name];
    return typeof value === "number" ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
}

function floor(file, values) {
  const run = spawnSync("psql", [databaseUrl, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-f", "-"], {
    input: floorSql(file, values),
    encoding: "utf8",
    // At scale 10 an answer runs to tens of megabytes; the default 1 MiB would cut psql off.
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`floor/${file}: psql exited ${run.status}${run.error ? ` (${run.error.message})` : ""}: ${run.stderr.trim()}`);
  }
  return JSON.parse(run.stdout);
}

// One shape for both servers: connections (`nodes`, or `edges` whose `rank` joins the node) become plain lists,
// cursors and page info are left out, keys are sorted.
function canon(value) {
  if (Array.isArray(value)) {
    return value.map(canon);
  }
  if (value && typeof value === "object") {
    if (Array.isArray(value.edges)) {
      return value.edges.map((edge) => canon("rank" in edge ? { ...edge.node, rank: edge.rank } : edge.node));
    }
    if (Array.isArray(value.nodes)) {
      return value.nodes.map(canon);
    }
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canon(value[key])]));
  }
  return value;
}

// Ranks are float4 in PostgreSQL; one server widens them to double, the other prints the float4.
function sameNumber(a, b) {
  return a === b || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The path of the first difference, or null. */
function difference(a, b, path = "data") {
  if (typeof a === "number" && typeof b === "number") {
    return sameNumber(a, b) ? null : `${path}: ${a} ≠ ${b}`;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) {
      return `${path}: list vs ${JSON.stringify(Array.isArray(a) ? b : a)?.slice(0, 80)}`;
    }
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const found = difference(a[i], b[i], `${path}[${i}]`);
      if (found) {
        return found;
      }
    }
    return a.length === b.length ? null : `${path}: ${a.length} items ≠ ${b.length} items`;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    // The id first, so that a different record is reported as such rather than by one of its fields.
    const keys = new Set(["id", ...Object.keys(a), ...Object.keys(b)].filter((key) => key in a || key in b));
    for (const key of keys) {
      if (!(key in a) || !(key in b)) {
        return `${path}.${key}: present on one side only`;
      }
      const found = difference(a[key], b[key], `${path}.${key}`);
      if (found) {
        return found;
      }
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** How many records (objects with an id) a canonical document holds. */
function records(value) {
  if (Array.isArray(value)) {
    return value.reduce((sum, item) => sum + records(item), 0);
  }
  if (value && typeof value === "object") {
    return ("id" in value ? 1 : 0) + Object.values(value).reduce((sum, item) => sum + records(item), 0);
  }
  return 0;
}

/** Records of the query's main list (or object), to tell an empty selection from a real one. */
function topLevel(document) {
  const root = Object.values(document)[0];
  return Array.isArray(root) ? root.length : root ? 1 : 0;
}

const rows = [];
let failed = false;

async function check(name, { floorFile, extra = {}, mayBeEmpty = false } = {}) {
  const row = { query: name, stancegraph: "-", postgraphile: "-", floor: "-", result: "" };
  rows.push(row);
  try {
    const raw = {};
    const docs = {};
    for (const server of Object.keys(servers)) {
      raw[server] = await post(server, body(server, name, extra[server] ?? {}));
      docs[server] = canon(raw[server]);
      row[server] = String(records(docs[server]));
    }
    const problems = [];
    const diff = difference(docs.stancegraph, docs.postgraphile);
    if (diff) {
      problems.push(`postgraphile differs at ${diff}`);
    }
    if (floorFile) {
      docs.floor = canon(floor(floorFile, { topic: params.__TOPIC__ }));
      row.floor = String(records(docs.floor));
      const floorDiff = difference(docs.stancegraph, docs.floor);
      if (floorDiff) {
        problems.push(`floor differs at ${floorDiff}`);
      }
    }
    if (topLevel(docs.stancegraph) === 0 && !mayBeEmpty) {
      problems.push("selects nothing: choose parameters that exist in the data");
    }
    row.result = problems.length ? problems.join("; ") : "same";
    failed ||= problems.length > 0;
    return raw;
  } catch (error) {
    row.result = `error: ${error.message}`;
    failed = true;
    return null;
  }
}

await check("q1-actor-statements", { floorFile: "q1.sql" });
await check("q2-topic-positions", { floorFile: "q2.sql" });
const page1 = await check("q3-statement-page-1");
if (page1) {
  const info = Object.fromEntries(Object.entries(page1).map(([server, data]) => [server, data.statements.pageInfo]));
  if (info.stancegraph.hasNextPage !== info.postgraphile.hasNextPage) {
    rows.at(-1).result = `hasNextPage: stancegraph ${info.stancegraph.hasNextPage}, postgraphile ${info.postgraphile.hasNextPage}`;
    failed = true;
  }
  if (info.stancegraph.endCursor && info.postgraphile.endCursor) {
    // Each server continues from its own cursor.
    await check("q3-statement-page-2", {
      extra: {
        stancegraph: { __CURSOR__: info.stancegraph.endCursor },
        postgraphile: { __CURSOR__: info.postgraphile.endCursor },
      },
      mayBeEmpty: !info.stancegraph.hasNextPage,
    });
  }
}
await check("q4-search");
await check("q5-tiny");

const columns = ["query", "stancegraph", "postgraphile", "floor", "result"];
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join("  ");
console.log(`parameters: ${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(" ")}`
  + (pageSize ? ` q3 page size=${pageSize}` : ""));
console.log("records (objects with an id) each side selected:");
console.log(line(columns));
console.log(line(widths.map((width) => "-".repeat(width))));
rows.forEach((row) => console.log(line(columns.map((column) => row[column]))));
console.log(failed ? "MISMATCH" : "all equivalent");
process.exit(failed ? 1 : 0);
