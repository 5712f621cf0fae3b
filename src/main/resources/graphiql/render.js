// GraphiQL for Stancegraph: opens with the example queries as tabs; a token goes in the Headers pane as
// {"Authorization": "Bearer <token>"}. The service fills in the three constants below.
const api = '__API_PATH__';
const exampleTabs = __EXAMPLE_TABS__;
// In persisted-only mode, where the schema can be read ({"schema": path or null}); otherwise null.
const persistedOnly = __PERSISTED_ONLY__;

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

// Tells the reader, above the editor, why their own documents are refused and completion is missing.
function showPersistedOnlyNotice() {
  const notice = document.createElement('div');
  notice.id = 'persisted-only-notice';
  notice.setAttribute('role', 'note');
  notice.style.cssText = 'padding: 8px 16px; font: 14px/1.4 system-ui, sans-serif; background: #fff4ce; '
    + 'color: #3d3000; border-bottom: 1px solid #d9c36a;';
  const title = document.createElement('strong');
  title.textContent = 'This service runs only its published operations. ';
  notice.append(title, (exampleTabs.length > 0
    ? 'The example tabs run as they are; any other document, one you write or an example you change, is refused'
    : 'None of the example tabs is among them; any document sent from here is refused')
    + ' (PERSISTED_QUERY_REQUIRED). Schema completion and the documentation explorer are off, since asking for the'
    + ' schema would be such a document too.');
  if (persistedOnly.schema) {
    const link = document.createElement('a');
    link.href = persistedOnly.schema;
    link.textContent = persistedOnly.schema;
    notice.append(' The schema can be read at ', link, '.');
  }
  const root = document.getElementById('graphiql');
  root.before(notice);
  // The page gives GraphiQL the window's height; it now shares it with the notice.
  document.body.style.cssText = 'display: flex; flex-direction: column; height: 100vh;';
  root.style.cssText = 'flex: 1; min-height: 0; height: auto;';
}

if (persistedOnly) {
  showPersistedOnlyNotice();
}

ReactDOM.render(
  React.createElement(GraphiQL, {
    fetcher,
    // Introspection is a document like any other, refused in persisted-only mode: null asks for no schema.
    ...(persistedOnly ? { schema: null } : {}),
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
