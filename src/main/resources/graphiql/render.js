// GraphiQL for Stancegraph: opens with the example queries as tabs; a token goes in the Headers pane as
// {"Authorization": "Bearer <token>"}. The service fills in the four constants below.
const api = '__API_PATH__';
const exampleTabs = __EXAMPLE_TABS__;
// In persisted-only mode, where the schema can be read ({"schema": path or null}); otherwise null.
const persistedOnly = __PERSISTED_ONLY__;
// Whether the service refuses introspection: GraphiQL then asks for no schema and says why.
const introspectionOff = __INTROSPECTION_OFF__;

const parameters = Object.fromEntries(new URLSearchParams(window.location.search));

function updateURL() {
  const search = new URLSearchParams(Object.entries(parameters).filter(([, value]) => Boolean(value)));
  history.replaceState(null, null, '?' + search.toString());
}

function remember(key) {
  return (value) => {
    parameters[key] = value;
    updateURL();
  };
}

const fetcher = GraphiQL.createFetcher({
  url: window.location.protocol + '//' + window.location.host + api,
  subscriptionUrl: (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + api,
  headers: { Accept: 'application/graphql-response+json, application/json' },
});

// A note above the editor; GraphiQL is given the window's height, which it now shares with the note.
function showNotice(id, title, ...parts) {
  const notice = document.createElement('div');
  notice.id = id;
  notice.setAttribute('role', 'note');
  notice.style.cssText = 'padding: 8px 16px; font: 14px/1.4 system-ui, sans-serif; background: #fff4ce; '
    + 'color: #3d3000; border-bottom: 1px solid #d9c36a;';
  const heading = document.createElement('strong');
  heading.textContent = title + ' ';
  notice.append(heading, ...parts);
  const root = document.getElementById('graphiql');
  root.before(notice);
  document.body.style.cssText = 'display: flex; flex-direction: column; height: 100vh;';
  root.style.cssText = 'flex: 1; min-height: 0; height: auto;';
}

// Why the reader's own documents are refused and completion is missing.
function showPersistedOnlyNotice() {
  const parts = [(exampleTabs.length > 0
    ? 'The example tabs run as they are; any other document, one you write or an example you change, is refused'
    : 'None of the example tabs is among them; any document sent from here is refused')
    + ' (PERSISTED_QUERY_REQUIRED). Schema completion and the documentation explorer are off, since asking for the'
    + ' schema would be such a document too.'];
  if (persistedOnly.schema) {
    const link = document.createElement('a');
    link.href = persistedOnly.schema;
    link.textContent = persistedOnly.schema;
    parts.push(' The schema can be read at ', link, '.');
  }
  showNotice('persisted-only-notice', 'This service runs only its published operations.', ...parts);
}

if (persistedOnly) {
  showPersistedOnlyNotice();
} else if (introspectionOff) {
  showNotice('introspection-off-notice', 'This service keeps its schema to itself.',
    'Schema completion and the documentation explorer are off; queries run as they are written.');
}

ReactDOM.render(
  React.createElement(GraphiQL, {
    fetcher,
    // Introspection is refused in persisted-only mode (a document like any other) and when turned off: null asks
    // for no schema.
    ...(persistedOnly || introspectionOff ? { schema: null } : {}),
    // A link with ?query=… opens that query; otherwise the examples, until the reader's own tabs replace them.
    query: parameters.query,
    variables: parameters.variables,
    headers: parameters.headers,
    operationName: parameters.operationName,
    defaultTabs: parameters.query || exampleTabs.length === 0 ? undefined : exampleTabs,
    onEditQuery: remember('query'),
    onEditVariables: remember('variables'),
    onEditHeaders: remember('headers'),
    onEditOperationName: remember('operationName'),
    defaultEditorToolsVisibility: true,
    headerEditorEnabled: true,
    // Tokens stay out of the browser's storage.
    shouldPersistHeaders: false,
  }),
  document.getElementById('graphiql'),
);
