// Mixed load through the load balancer: readers run the example queries, ingesters post new articles, editors create
// actors and give them aliases. Every acknowledged write is remembered, and afterwards read back.
//   node load.mjs   (settings in the environment: BASE_URL, TOKEN, SECONDS, READERS, INGESTERS, EDITORS, EXAMPLES_DIR)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const base = process.env.BASE_URL;
const token = process.env.TOKEN;
const seconds = Number(process.env.SECONDS ?? 60);
const examplesDir = process.env.EXAMPLES_DIR;
const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.graphql')).sort()
  .map((name) => readFileSync(`${examplesDir}/${name}`, 'utf8'));
const run = process.env.RUN_ID ?? String(Date.now());
const deadline = Date.now() + seconds * 1000;
const stats = { reads: 0, ingestions: 0, edits: 0, failures: [], byReplica: {}, latencies: { read: [], ingest: [], edit: [] } };
const acknowledged = { articles: [], actors: [] };

async function call(kind, path, body, contentType = 'application/json') {
  const started = performance.now();
  const headers = { 'Content-Type': contentType, 'X-Requested-With': 'replica-load' };
  if (kind !== 'read') headers.Authorization = `Bearer ${token}`;
  try {
    const response = await fetch(base + path, { method: 'POST', headers, body, signal: AbortSignal.timeout(30000) });
    const text = await response.text();
    const replica = response.headers.get('x-served-by') ?? 'unknown';
    stats.byReplica[replica] = (stats.byReplica[replica] ?? 0) + 1;
    stats.latencies[kind].push(performance.now() - started);
    return { status: response.status, json: text.startsWith('{') ? JSON.parse(text) : null, text, replica };
  } catch (error) {
    return { status: 0, json: null, text: String(error), replica: 'none' };
  }
}

function failed(kind, answer) {
  stats.failures.push({ kind, at: new Date().toISOString(), status: answer.status, replica: answer.replica,
    detail: (answer.json?.errors ? JSON.stringify(answer.json.errors) : answer.text).slice(0, 300) });
}

async function reader(index) {
  for (let i = index; Date.now() < deadline; i++) {
    const answer = await call('read', '/graphql', JSON.stringify({ query: examples[i % examples.length] }));
    if (answer.status === 200 && answer.json?.data && !answer.json.errors) stats.reads++;
    else failed('read', answer);
  }
}

async function ingester(index) {
  for (let i = 0; Date.now() < deadline; i++) {
    const key = `replica-load-${run}-${index}-${i}`;
    const article = {
      key, outlet: 'The Replica Times', publishedOn: '2025-03-04', headline: `Talks, round ${i}`,
      text: `Officials met again on Tuesday for round ${i} of the talks in group ${index}.\n\n`
        + `The foreign secretary, Ada Quill, said on Tuesday: “Round ${i} of group ${index} moved us closer to a ceasefire.”\n\n`
        + `Her counterpart, Bruno Vale, told reporters that the session ${key} had been “constructive”.`,
    };
    const answer = await call('ingest', '/articles', JSON.stringify(article));
    if (answer.status === 201 || answer.status === 200) {
      stats.ingestions++;
      acknowledged.articles.push({ key, id: answer.json?.article?.id ?? answer.json?.articleId ?? null });
    } else failed('ingest', answer);
  }
}

async function editor(index) {
  for (let i = 0; Date.now() < deadline; i++) {
    const name = `Replica Editor ${run} ${index} ${i}`;
    const created = await call('edit', '/graphql', JSON.stringify({
      query: 'mutation($input: ActorInput!) { createActor(input: $input) { id name } }',
      variables: { input: { name, kind: 'PERSON' } },
    }));
    const id = created.json?.data?.createActor?.id;
    if (created.status !== 200 || !id) { failed('edit', created); continue; }
    const aliased = await call('edit', '/graphql', JSON.stringify({
      query: 'mutation($id: ID!, $alias: String!) { addActorAlias(actorId: $id, alias: $alias) { id aliases } }',
      variables: { id, alias: `R. E. ${index}-${i}` },
    }));
    if (aliased.status === 200 && aliased.json?.data?.addActorAlias) {
      stats.edits += 2;
      acknowledged.actors.push({ id, name, alias: `R. E. ${index}-${i}` });
    } else failed('edit', aliased);
  }
}

const workers = [];
for (let i = 0; i < Number(process.env.READERS ?? 4); i++) workers.push(reader(i));
for (let i = 0; i < Number(process.env.INGESTERS ?? 3); i++) workers.push(ingester(i));
for (let i = 0; i < Number(process.env.EDITORS ?? 1); i++) workers.push(editor(i));
await Promise.all(workers);

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 10) / 10;
}
const summary = {
  seconds, reads: stats.reads, ingestions: stats.ingestions, edits: stats.edits, failures: stats.failures.length,
  byReplica: stats.byReplica,
  p50: Object.fromEntries(Object.entries(stats.latencies).map(([k, v]) => [k, percentile(v, 0.5)])),
  p99: Object.fromEntries(Object.entries(stats.latencies).map(([k, v]) => [k, percentile(v, 0.99)])),
  failureSamples: stats.failures.slice(0, 10),
};
writeFileSync(process.env.ACKNOWLEDGED_FILE ?? 'acknowledged.json', JSON.stringify(acknowledged));
console.log(JSON.stringify(summary));
