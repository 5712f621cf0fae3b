// Mixed load through the load balancer: readers run the example queries, ingesters post new articles, editors create
// actors and give them aliases. Every acknowledged write is remembered, and afterwards read back.
// Subscribers, one on each replica (SUBSCRIBE_URLS: name=ws://host:port/graphql, comma-separated), hear of new
// statements; afterwards each must have heard of every acknowledged article ingested, on whichever replica, while it
// was subscribed (a subscriber whose replica is killed subscribes again when the replica is back).
//   node --experimental-websocket load.mjs   (settings in the environment: BASE_URL, TOKEN, SECONDS, READERS,
//                                             INGESTERS, EDITORS, EXAMPLES_DIR, SUBSCRIBE_URLS)
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
// After the load, subscribers stay until no notice has come for this long (at most a minute): on a loaded machine
// notices arrive late, and a late one is not a lost one. How late each came is reported.
const quietMs = 5000;
const deliveryGraceMs = 60000;
const inFlightWindowMs = 20000;

/** A graphql-ws (graphql-transport-ws) subscriber of statementAdded that subscribes again whenever it is cut off. */
function subscriber(name, url) {
  const state = { name, url, periods: [], heard: new Map(), notices: 0, connections: 0, lastNotice: 0, stopped: false };
  const connect = () => new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    let period = null;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onmessage = (message) => {
      const frame = JSON.parse(message.data);
      if (frame.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe',
          payload: { query: 'subscription { statementAdded { id article { key } } }' } }));
        state.connections++;
      } else if (frame.type === 'error') {
        // Refused (a replica not yet listening for changes answers UNAVAILABLE): subscribe again in a moment.
        state.refusals = (state.refusals ?? 0) + 1;
        if (period) { state.periods.splice(state.periods.indexOf(period), 1); period = null; }
        socket.close();
      } else if (frame.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (frame.type === 'next') {
        // graphql-ws does not confirm a subscription; its first notice shows the server has it, so the subscription
        // counts from then: anything sent later must reach it.
        if (!period && !over) { period = { from: Date.now(), to: null }; state.periods.push(period); }
        const key = frame.payload?.data?.statementAdded?.article?.key;
        if (key) {
          if (!state.heard.has(key)) state.heard.set(key, Date.now());
          state.notices++;
          state.lastNotice = Date.now();
        }
      }
    };
    let over = false;
    const closed = () => {
      if (over) return;
      over = true;
      if (period && period.to === null) period.to = Date.now();
      resolve();
    };
    socket.onclose = closed;
    socket.onerror = closed; // the socket closes itself after an error
    state.close = () => socket.close();
    // A handshake that hangs (a replica still starting) is given up and tried again.
    setTimeout(() => { if (!period && !over) { try { socket.close(); } catch { /* not open */ } closed(); } }, 10000);
  });
  state.done = (async () => {
    while (!state.stopped) {
      await connect();
      if (!state.stopped) await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return state;
}
const subscribers = (process.env.SUBSCRIBE_URLS ?? '').split(',').filter(Boolean).map((entry) => {
  const [name, url] = entry.split('=');
  return subscriber(name, url);
});

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
    const sent = Date.now();
    const article = {
      key, outlet: 'The Replica Times', publishedOn: '2025-03-04', headline: `Talks, round ${i}`,
      text: `Officials met again on Tuesday for round ${i} of the talks in group ${index}.\n\n`
        + `The foreign secretary, Ada Quill, said on Tuesday: “Round ${i} of group ${index} moved us closer to a ceasefire.”\n\n`
        + `Her counterpart, Bruno Vale, told reporters that the session ${key} had been “constructive”.`,
    };
    const answer = await call('ingest', '/articles', JSON.stringify(article));
    if (answer.status === 201 || answer.status === 200) {
      stats.ingestions++;
      acknowledged.articles.push({ key, id: answer.json?.article?.id ?? answer.json?.articleId ?? null,
        statements: answer.json?.statementsExtracted ?? null, sent, acknowledgedAt: Date.now(), replica: answer.replica });
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
// Past the deadline the subscribers stay on until the notices stop coming, then close.
const loadEnded = Date.now();
while (Date.now() < loadEnded + deliveryGraceMs
    && subscribers.some((s) => Date.now() - Math.max(s.lastNotice, loadEnded) < quietMs)) {
  await new Promise((r) => setTimeout(r, 500));
}
for (const s of subscribers) {
  s.stopped = true;
  for (const p of s.periods) if (p.to === null) p.closedByClient = true;
  if (s.close) s.close();
}
await Promise.all(subscribers.map((s) => s.done));

/** Articles a subscriber must have heard of: with statements, sent and acknowledged within one of its periods. */
function subscriptionCheck(s) {
  // Due: sent after the subscription began, and acknowledged while it lasted. When a connection drops (its replica
  // killed), notices still on their way to that replica die with it: articles acknowledged in the last
  // inFlightWindowMs before the drop are counted apart, as in flight, not as due.
  const ended = (p) => p.to !== null && !p.closedByClient;
  const within = (a, p) => a.statements !== 0 && p.from <= a.sent && (p.to === null || p.to >= a.acknowledgedAt);
  const inFlight = acknowledged.articles.filter((a) => s.periods.some((p) => within(a, p) && ended(p)
    && p.to - a.acknowledgedAt < inFlightWindowMs));
  const due = acknowledged.articles.filter((a) => s.periods.some((p) => within(a, p)
    && !(ended(p) && p.to - a.acknowledgedAt < inFlightWindowMs)));
  const missing = due.filter((a) => !s.heard.has(a.key));
  const late = due.filter((a) => s.heard.has(a.key)).map((a) => Math.max(0, s.heard.get(a.key) - a.acknowledgedAt));
  return { connections: s.connections, refusals: s.refusals ?? 0, notices: s.notices, due: due.length, heard: due.length - missing.length,
    fromOtherReplicas: due.filter((a) => a.replica !== s.name && s.heard.has(a.key)).length,
    missing: missing.length, missingSamples: missing.slice(0, 5).map((a) => a.key),
    inFlightAtDrop: inFlight.length, inFlightHeard: inFlight.filter((a) => s.heard.has(a.key)).length,
    afterAcknowledgementMs: { p50: percentile(late, 0.5), p99: percentile(late, 0.99), max: percentile(late, 1) } };
}

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
  subscriptions: Object.fromEntries(subscribers.map((s) => [s.name, subscriptionCheck(s)])),
};
writeFileSync(process.env.ACKNOWLEDGED_FILE ?? 'acknowledged.json', JSON.stringify(acknowledged));
console.log(JSON.stringify(summary));
