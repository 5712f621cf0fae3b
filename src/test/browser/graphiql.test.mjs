// GraphiQL as a person uses it: the page loads, fetches the schema (documentation explorer filled), and runs a query;
// on a service in persisted-only mode it says what runs there, and its example tabs run.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { base, persistedOnlyBase, shots, launchChromium } from './chromium.mjs';

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => browser?.close());

// GraphiQL reads an edited document a moment later; running before that sends the tab's previous operation name.
async function waitForActiveTab(page, operationName) {
  await page.waitForFunction((name) => document.querySelector('.graphiql-tab-active')?.textContent.includes(name),
    operationName, { timeout: 10000 });
}

test('GraphiQL loads the schema and runs a query', async (t) => {
  const page = await browser.newPage();
  // Waited for rather than collected: on a busy machine the introspection answer can come after the page settles.
  const schemaResponse = page.waitForResponse((response) => response.url().endsWith('/graphql')
    && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('__schema'),
    { timeout: 30000 }).catch(() => null);
  try {
    await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('.graphiql-container') !== null, null, { timeout: 20000 });
    const response = await schemaResponse;
    assert.ok(response, 'GraphiQL asked for the schema');
    const schemaAnswer = await response.json();
    assert.equal(schemaAnswer.errors, undefined, `schema request refused: ${JSON.stringify(schemaAnswer.errors)}`);
    assert.ok(schemaAnswer.data.__schema.types.some((type) => type.name === 'Actor'));
    assert.equal(await page.getByRole('note').count(), 0, 'no notice of persisted-only mode');

    // The documentation explorer lists the query type's fields once the schema is in.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.getByText('Query', { exact: true }).first().click();
    await page.waitForSelector('text=actorByName', { timeout: 10000 });

    // Open a new tab beside the examples, type a query into it and run it.
    await page.click('button[aria-label="Add tab"]');
    const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.click();
    await page.evaluate(() => {
      const cm = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
      cm.setValue('query LammyByAlias { actorByName(name: "Mr Lammy") { name } }');
    });
    await waitForActiveTab(page, 'LammyByAlias');
    await page.click('button.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent.includes('David Lammy'), null, { timeout: 10000 });
    await page.screenshot({ path: `${shots}/graphiql.png`, fullPage: true });
  } catch (error) {
    await page.screenshot({ path: `${shots}/graphiql-failure.png`, fullPage: true });
    throw error;
  } finally {
    await page.close();
  }
});

test('GraphiQL sends a token from its headers pane', async () => {
  const token = process.env.STANCEGRAPH_TOKEN;
  assert.ok(token, 'STANCEGRAPH_TOKEN names a token the service accepts');
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror') !== null, null, { timeout: 20000 });
    await page.click('button[aria-label="Add tab"]');
    await page.getByText('Headers', { exact: true }).click();
    // Into the headers pane, as a person pastes their token.
    await page.locator('.graphiql-editor-tool .CodeMirror:visible').click();
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.evaluate(() => {
      document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('query Me { me { authenticated name roles } }');
    });
    await waitForActiveTab(page, 'Me');
    await page.click('button.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent.includes('"authenticated": true'), null, { timeout: 10000 });
    const answer = await page.locator('.graphiql-response').textContent();
    assert.match(answer, /"admin"/);
    await page.screenshot({ path: `${shots}/graphiql-token.png`, fullPage: true });
  } catch (error) {
    await page.screenshot({ path: `${shots}/graphiql-token-failure.png`, fullPage: true });
    throw error;
  } finally {
    await page.close();
  }
});

test('GraphiQL opens with the example queries as tabs, ready to run', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror') !== null, null, { timeout: 20000 });
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    for (const name of ['ActorStatements', 'TopicPositions', 'EventParticipants', 'SearchStatements', 'ArticleStatements']) {
      assert.ok(tabs.some((tab) => tab.includes(name)), `a tab named ${name} among ${JSON.stringify(tabs)}`);
    }
    const first = await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue());
    assert.match(first, /query ActorStatements/);
    await page.click('button.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent.includes('Foreign Office questions in the Commons'), null, { timeout: 10000 });
    await page.screenshot({ path: `${shots}/graphiql-examples.png`, fullPage: true });
  } catch (error) {
    await page.screenshot({ path: `${shots}/graphiql-examples-failure.png`, fullPage: true });
    throw error;
  } finally {
    await context.close();
  }
});

// The operations among request bodies that ask for the schema.
function introspections(bodies) {
  return bodies.filter((body) => body.includes('__schema')).map((body) => JSON.parse(body).operationName ?? body.slice(0, 80));
}

// GraphiQL takes a moment to read the document of a tab switched to; until then it would send the previous tab's
// operation name. The page puts the name it took into its address.
async function waitForOperation(page, operationName) {
  await page.waitForFunction((name) => new URLSearchParams(window.location.search).get('operationName') === name,
    operationName, { timeout: 10000 });
}

// Runs the active tab and returns the service's answer to it.
async function run(page, operationName) {
  await waitForActiveTab(page, operationName);
  const answer = page.waitForResponse((response) => response.url().endsWith('/graphql')
    && response.request().method() === 'POST'
    && JSON.parse(response.request().postData() ?? '{}').operationName === operationName, { timeout: 15000 });
  await page.click('button.graphiql-execute-button');
  const response = await answer;
  await page.waitForSelector('button.graphiql-execute-button[aria-label^="Execute"]', { timeout: 10000 });
  return { status: response.status(), body: await response.json() };
}

test('GraphiQL in persisted-only mode says what runs there, asks for no schema, and runs its examples', async () => {
  assert.ok(persistedOnlyBase, 'STANCEGRAPH_PERSISTED_ONLY_URL names a service in persisted-only mode');
  const token = process.env.STANCEGRAPH_TOKEN;
  assert.ok(token, 'STANCEGRAPH_TOKEN names a token the service accepts');
  const context = await browser.newContext();
  const page = await context.newPage();
  const sent = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push(request.postData() ?? '');
  });
  const refused = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/graphql') && response.status() >= 400) {
      refused.push(JSON.parse(response.request().postData() ?? '{}').operationName ?? response.request().postData());
    }
  });
  try {
    await page.goto(`${persistedOnlyBase}/q/graphql-ui/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror') !== null, null, { timeout: 20000 });
    assert.deepEqual(introspections(sent), [], 'no introspection request');

    // The notice, on the page above the editor.
    const notice = page.getByRole('note');
    await notice.waitFor({ state: 'visible', timeout: 10000 });
    const words = (await notice.textContent()).replace(/\s+/g, ' ');
    assert.match(words, /runs only its published operations/);
    assert.match(words, /example tabs run/);
    assert.match(words, /any other document[^.]*is refused/i);
    assert.match(words, /completion and the documentation explorer are off/i);
    // The schema it names is served here.
    const link = notice.getByRole('link', { name: /schema\.graphql/ });
    const schema = await page.request.get(new URL(await link.getAttribute('href'), persistedOnlyBase).href);
    assert.equal(schema.status(), 200);
    assert.match(await schema.text(), /type Query \{/);

    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('text=No GraphQL schema available', { timeout: 10000 });

    // The first tab, as the page opens, answers with data.
    const first = await run(page, 'ActorStatements');
    assert.equal(first.status, 200);
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent.includes('Foreign Office questions in the Commons'), null, { timeout: 10000 });
    await page.screenshot({ path: `${shots}/graphiql-persisted-only.png`, fullPage: true });

    // So does every other tab it opens with; the token tab with a token in its Headers pane.
    for (const name of ['TopicPositions', 'EventParticipants', 'SearchStatements', 'ArticleStatements', 'WhoAmI']) {
      await page.locator('.graphiql-tab-button', { hasText: name }).click();
      await waitForOperation(page, name);
      if (name === 'WhoAmI') {
        await page.getByText('Headers', { exact: true }).click();
        await page.locator('.graphiql-editor-tool .CodeMirror:visible').click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
      }
      const { status, body } = await run(page, name);
      assert.equal(status, 200, `${name}: ${JSON.stringify(body.errors)}`);
      assert.equal(body.errors, undefined, name);
      assert.ok(Object.values(body.data).every((value) => value !== null), `${name} answers with data`);
      if (name === 'WhoAmI') assert.equal(body.data.me.authenticated, true);
    }

    // No schema was asked for, and nothing the page sent by itself was refused.
    assert.ok(sent.length >= 6, `the tabs' requests were seen: ${sent.length}`);
    assert.deepEqual(introspections(sent), [], 'no introspection request');
    assert.deepEqual(refused, [], 'no refused request');

    // A document of the reader's own is refused, as the notice says.
    await page.click('button[aria-label="Add tab"]');
    await page.evaluate(() => {
      document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('query LammyByAlias { actorByName(name: "Mr Lammy") { name } }');
    });
    await waitForOperation(page, 'LammyByAlias');
    const own = await run(page, 'LammyByAlias');
    assert.equal(own.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_REQUIRED');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent.includes('PERSISTED_QUERY_REQUIRED'), null, { timeout: 10000 });
  } catch (error) {
    await page.screenshot({ path: `${shots}/graphiql-persisted-only-failure.png`, fullPage: true });
    throw error;
  } finally {
    await context.close();
  }
});
