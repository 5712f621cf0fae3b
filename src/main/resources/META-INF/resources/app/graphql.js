// The one way the pages talk to the service: named documents from ./queries, POSTed as JSON to /graphql, with the
// editor's bearer token when one is kept for this browser tab.

const TOKEN_KEY = 'stancegraph.token';
const documents = new Map();

/** @returns {string|null} */
export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** @param {string|null} value */
export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** An answer with `errors`: the service's message and its machine-readable code. */
export class GraphQLError extends Error {
  /** @param {string} message @param {string|undefined} code */
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** @param {string} name */
function document(name) {
  if (!documents.has(name)) {
    const url = new URL(`./queries/${name}.graphql`, import.meta.url);
    documents.set(name, fetch(url).then((response) => {
      if (!response.ok) throw new Error(`document ${name} not found`);
      return response.text();
    }));
  }
  return documents.get(name);
}

/**
 * Sends the named document; resolves to its `data`, rejects with a GraphQLError when the answer has errors.
 * @template T
 * @param {string} name
 * @param {object} [variables]
 * @returns {Promise<T>}
 */
async function send(name, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const bearer = token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: await document(name), operationName: name, variables }),
  });
  const answer = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (answer.errors?.length) {
    const first = answer.errors[0];
    throw new GraphQLError(first.message, first.extensions?.code);
  }
  return answer.data;
}

export const query = send;
export const mutate = send;

/**
 * Subscribes with the named document over a WebSocket (protocol graphql-transport-ws): `onData` gets each `data`,
 * `onState` the connection's state ('connecting', 'listening', 'closed', or an error's message). Returns a function
 * that ends the subscription.
 * @param {string} name
 * @param {object} variables
 * @param {(data: any) => void} onData
 * @param {(state: string) => void} onState
 * @returns {() => void}
 */
export function subscribe(name, variables, onData, onState) {
  const url = new URL('/graphql', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(url, 'graphql-transport-ws');
  let ended = false;
  onState('connecting');
  socket.addEventListener('open', () => {
    const bearer = token();
    socket.send(JSON.stringify({ type: 'connection_init', payload: bearer ? { Authorization: `Bearer ${bearer}` } : {} }));
  });
  socket.addEventListener('message', async (event) => {
    const message = JSON.parse(event.data);
    if (message.type === 'connection_ack') {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe',
        payload: { query: await document(name), operationName: name, variables } }));
      onState('listening');
    } else if (message.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (message.type === 'next') {
      if (message.payload?.errors?.length) onState(message.payload.errors[0].message);
      else onData(message.payload.data);
    } else if (message.type === 'error') {
      onState(message.payload?.[0]?.message ?? 'the subscription was refused');
    }
  });
  socket.addEventListener('close', () => {
    if (!ended) onState('closed');
  });
  return () => {
    ended = true;
    socket.close(1000);
  };
}
