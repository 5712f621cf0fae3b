// GraphiQL for Stancegraph: opens with the example queries as tabs; a token goes in the Headers pane as
// {"Authorization": "Bearer <token>"}. The service fills in the two constants below.
const api = '__API_PATH__';
const exampleTabs = __EXAMPLE_TABS__;

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

ReactDOM.render(
  React.createElement(GraphiQL, {
    fetcher,
    // A link with ?query=… opens that query; otherwise the examples, until the reader's own tabs replace them.
    query: parameters.query,
    variables: parameters.variables,
    headers: parameters.headers,
    operationName: parameters.operationName,
    defaultTabs: parameters.query ? undefined : exampleTabs,
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
