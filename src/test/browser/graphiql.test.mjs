// GraphiQL as a person uses it: the page loads, fetches the schema (documentation explorer filled), and runs a query.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { base, shots, launchChromium } from './chromium.mjs';

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
