// The web client at / as readers and editors use it: every expectation is first read from the API, then looked for
// on the page. Screenshots go to SCREENSHOT_DIR (and, with UPDATE_DOCS_IMAGES=1, to docs/images for the README).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { base, shots, launchChromium } from './chromium.mjs';

const adminToken = process.env.STANCEGRAPH_TOKEN;
// The screenshots the README shows.
const documented = new Set(['search', 'actor', 'topic', 'article', 'live', 'review', 'phone']);
let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => browser?.close());

async function api(query, variables = {}, token = null) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const answer = await response.json();
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  return answer.data;
}

/** Runs a scenario on a fresh page of the given width, with a screenshot of the result or of the failure. */
async function onPage(name, scenario, { width = 1100, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await scenario(page);
    assert.deepEqual(errors, [], 'no script errors');
    await page.screenshot({ path: `${shots}/web-${name}.png`, fullPage: false });
    if (process.env.UPDATE_DOCS_IMAGES && documented.has(name)) copyFileSync(`${shots}/web-${name}.png`, `../../../docs/images/web-${name}.png`);
  } catch (error) {
    await page.screenshot({ path: `${shots}/web-${name}-failure.png`, fullPage: true });
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * Posts an article's plain text with a new ingest token of the given owner, as a wire desk would; returns the id the
 * service gave the new article.
 */
async function ingestArticle(owner, outlet, publishedOn, text) {
  assert.ok(adminToken, 'STANCEGRAPH_TOKEN names an admin token');
  const { createApiToken } = await api(`mutation($owner: String!) { createApiToken(input: {name: $owner, owner: $owner,
    roles: ["ingest"]}) { token } }`, { owner }, adminToken);
  const ingested = await fetch(`${base}/articles?outlet=${encodeURIComponent(outlet)}&publishedOn=${publishedOn}`, {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Requested-With': 'browser test', Authorization: `Bearer ${createApiToken.token}` },
  });
  const answer = await ingested.text();
  assert.equal(ingested.status, 201, answer);
  return JSON.parse(answer).articleId;
}

test('search finds statements with speaker, date, outlet and the quote marked in its paragraph', async () => {
  const words = 'Ukraine';
  const { searchStatements } = await api(`query($q: String!) { searchStatements(query: $q, first: 40) {
    totalCount edges { node { text datedOn speakers { name } article { outlet } } } } }`, { q: words });
  assert.ok(searchStatements.totalCount > 10, 'the sample corpus has more than a page of matches');
  await onPage('search', async (page) => {
    await page.goto(`${base}/`);
    await page.getByLabel('Words').fill(words);
    await page.getByRole('button', { name: 'Search' }).click();
    const hits = page.locator('ol.hits > li');
    await hits.first().waitFor();
    // A reader opening a link to a search: from navigation to the results on screen.
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${base}/#/?q=${words}`);
    await hits.first().waitFor();
    const elapsed = Date.now() - started;
    console.log(`search page with results in ${elapsed} ms`);
    assert.ok(elapsed < 1500, `results shown in ${elapsed} ms`);
    assert.equal(await hits.count(), 10);
    // Equal ranks may come in either order: each hit shown is looked up among the API's first results by its text
    // (a quote over several paragraphs is marked in its first).
    for (let i = 0; i < 3; i++) {
      const hit = hits.nth(i);
      const quote = await hit.locator('mark').first().textContent();
      const answer = searchStatements.edges.map((edge) => edge.node).find((node) => node.text.startsWith(quote));
      assert.ok(answer, `the marked quote is a statement's text: ${quote}`);
      const meta = await hit.locator('.meta').textContent();
      for (const speaker of answer.speakers) assert.ok(meta.includes(speaker.name), meta);
      assert.ok(meta.includes(answer.datedOn) && meta.includes(answer.article.outlet), meta);
    }
    assert.match(await page.getByRole('status').textContent(), new RegExp(`^${searchStatements.totalCount} statements`));
    // The next page by cursor, and back.
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForFunction(() => document.querySelector('ol.hits')?.getAttribute('start') === '11');
    await page.getByRole('link', { name: '← Previous' }).click();
    await page.waitForFunction(() => document.querySelector('ol.hits')?.getAttribute('start') === '1');
  });
});

test('search filters by speaker, topic and dates', async () => {
  const { actorByName } = await api(`{ actorByName(name: "Mr Lammy") { name
    statements(first: 1, filter: {topic: "putin-good-faith"}) { text datedOn } } }`);
  const statement = actorByName.statements[0];
  await onPage('search-filters', async (page) => {
    await page.goto(`${base}/`);
    await page.getByLabel('Speaker').fill('Mr Lammy');
    await page.getByLabel('Topic').selectOption('putin-good-faith');
    await page.getByLabel('From', { exact: true }).fill(statement.datedOn);
    await page.getByLabel('To', { exact: true }).fill(statement.datedOn);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(() => document.querySelector('.results h2')?.textContent === 'Latest statements'
      && location.hash.includes('speaker=') && document.querySelectorAll('ol.hits > li').length > 0
      && document.querySelector('#f-speaker')?.getAttribute('value') === 'Mr Lammy');
    const speakers = await page.locator('ol.hits .speakers').allTextContents();
    assert.ok(speakers.every((s) => s.includes(actorByName.name)), JSON.stringify(speakers));
    assert.ok((await page.locator('ol.hits').textContent()).includes(statement.text.split('\n')[0]), statement.text);
  });
});

test('an actor page shows offices, statements and a stance timeline with evidence on focus', async () => {
  const { actorByName } = await api(`{ actorByName(name: "Mr Lammy") { id name offices { post }
    positions { stance topic { name } evidence { text } } } }`);
  assert.ok(actorByName.positions.length > 0, 'the sample corpus gives Lammy a published stance');
  await onPage('actor', async (page) => {
    await page.goto(`${base}/#/actor/${actorByName.id}`);
    await page.getByRole('heading', { level: 1, name: actorByName.name }).waitFor();
    for (const office of actorByName.offices) assert.ok(await page.getByText(office.post).count() > 0, office.post);
    const band = page.locator('svg.timeline .band').first();
    await band.focus();
    const label = await band.getAttribute('aria-label');
    const evidence = await page.locator('.evidence').first().textContent();
    assert.ok(evidence.includes(label), 'the focused band describes itself below the chart');
    const texts = actorByName.positions.flatMap((p) => p.evidence.map((e) => e.text));
    assert.ok(texts.some((text) => evidence.includes(text)), 'its evidence is shown');
  });
});

test('an actor page shows as current the stance the API gives as current, when two were set on one day', async () => {
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  const name = `Orla Vantre${letters}`;
  await ingestArticle('stance-day-desk', 'Harbour Gazette', '2025-05-12',
    `"The harbour levy is a mistake and we will vote against it," said ${name}, the council leader.`);
  const { actorByName } = await api('query($name: String!) { actorByName(name: $name) { id statements { id datedOn } } }', { name });
  assert.ok(actorByName?.statements.length, `the article's quote is attributed to ${name}`);
  const statement = actorByName.statements[0];
  const slug = `harbour-levy-${letters}`;
  await api('mutation($input: TopicInput!) { createTopic(input: $input) { id } }',
    { input: { slug, name: `Harbour levy ${letters}`, keywords: [`harbour levy ${letters}`] } }, adminToken);
  await tagWith(statement.id, slug);
  // Two assessments of one day: the second replaces the first.
  for (const stance of ['OPPOSES', 'MIXED']) {
    await api('mutation($input: PositionInput!) { setPosition(input: $input) { id } }', { input: {
      actorId: actorByName.id, topic: slug, stance, confidence: 0.9, validFrom: statement.datedOn,
      evidenceStatementIds: [statement.id] } }, adminToken);
  }
  const { actor, topicBySlug } = await api(`query($id: ID!, $slug: String!) {
    actor(id: $id) { positions(currentOnly: true, topic: $slug) { stance } }
    topicBySlug(slug: $slug) { positions { stance actor { id } } } }`, { id: actorByName.id, slug });
  assert.deepEqual(actor.positions.map((p) => p.stance), ['MIXED']);
  assert.deepEqual(topicBySlug.positions.map((p) => p.stance), ['MIXED']);
  await onPage('actor-same-day', async (page) => {
    await page.goto(`${base}/#/actor/${actorByName.id}`);
    const section = page.locator('section.topic-timeline').filter({ has: page.getByRole('link', { name: `Harbour levy ${letters}` }) });
    await section.waitFor();
    const bands = section.locator('svg.timeline .band');
    const labels = await bands.evaluateAll((elements) => elements.map((band) => band.getAttribute('aria-label')));
    assert.equal(labels.length, 1, `the replaced stance of the same day is not shown as a period of its own: ${labels}`);
    assert.ok(labels[0].startsWith(`Mixed from ${statement.datedOn}`), labels[0]);
    assert.equal((await section.locator('.current-stance').textContent()).trim(), `Current stance: Mixed since ${statement.datedOn}`);
  });
});

test('a topic page shows the stance matrix as of a date, with evidence', async () => {
  const { topicBySlug } = await api(`{ topicBySlug(slug: "putin-good-faith") { name
    positions { stance actor { name } } } }`);
  assert.ok(topicBySlug.positions.length > 0);
  await onPage('topic', async (page) => {
    await page.goto(`${base}/#/topic/putin-good-faith`);
    await page.getByRole('heading', { level: 1, name: topicBySlug.name }).waitFor();
    const rows = page.locator('table.matrix tbody tr');
    for (const position of topicBySlug.positions) {
      const row = rows.filter({ has: page.getByRole('rowheader', { name: position.actor.name }) });
      assert.equal(await row.count(), 1, position.actor.name);
      assert.ok((await row.locator(`td.stance-${position.stance}`).count()) === 1, `${position.actor.name} ${position.stance}`);
    }
    await rows.first().locator('summary').click();
    // Before any stance was taken, the matrix is empty.
    await page.getByLabel('Stances as of').fill('2000-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent.startsWith('0 actors'));
    await page.goBack();
    await rows.first().waitFor();
  });
});

test('an article page marks each statement in the text, by speaker, with a legend', async () => {
  const { articleByKey } = await api(`{ articleByKey(key: "004_29483c680d38bcb6") { id headline outlet
    statements { text speakers { name } } } }`);
  await onPage('article', async (page) => {
    await page.goto(`${base}/#/article/${articleByKey.id}`);
    await page.locator('.body mark').first().waitFor();
    const marked = await page.locator('.body mark').evaluateAll((marks) => new Set(marks.map((m) => m.dataset.statement)).size);
    assert.equal(marked, articleByKey.statements.length, 'every statement is marked');
    const legend = await page.locator('.speaker-legend').textContent();
    for (const name of new Set(articleByKey.statements.flatMap((s) => s.speakers.map((a) => a.name)))) {
      assert.ok(legend.includes(name), name);
    }
    assert.equal(await page.locator('main .doubtful, main .speaker-uncertain').count(), 0, 'curated statements are not doubtful');
    const first = await page.locator('.body mark').first().textContent();
    assert.ok(first.includes(articleByKey.statements[0].text.slice(0, 20)), first);
  });
});

test('a statement by someone the article does not name shows how the article describes them', async () => {
  const articleId = await ingestArticle('wire-desk', 'Lakeside Courier', '2025-06-03',
    'Talks on the ferry contract resumed in Oslo on Tuesday.\n\nTwo people familiar with the talks said the operator '
      + 'had offered to keep the night crossing until 2027.\n\n“We will not sign a contract that ends the night boat,” '
      + 'the mayor, Ingrid Solberg, said.\n');
  const { article: stored } = await api(`query($id: ID!) { article(id: $id) { statements { text speakerRole speakers { name } } } }`,
    { id: articleId });
  const unnamed = stored.statements.find((s) => s.speakers.length === 0);
  assert.equal(unnamed?.speakerRole, 'Two people familiar with the talks');
  await onPage('article-unnamed', async (page) => {
    await page.goto(`${base}/#/article/${articleId}`);
    await page.locator('.body mark').first().waitFor();
    const legend = await page.locator('.speaker-legend').textContent();
    assert.ok(legend.includes('Two people familiar with the talks (not named)'), legend);
    assert.ok(legend.includes('Ingrid Solberg'), legend);
    const mark = page.locator('.body mark').filter({ hasText: 'had offered to keep the night crossing' });
    assert.equal(await mark.getAttribute('title'), 'Two people familiar with the talks (not named) (indirect)');
  });
});

let doubtfulArticle;

/**
 * An article, ingested once, with a statement whose speaker is doubtful and one by the same speaker that is not:
 * "X sought to reassure ... by saying" takes the nearest subject, a rule too often wrong to trust, while "she said"
 * right after the speaker's name is not doubtful.
 */
/** Tags the statement with the topic too, as an editor does before citing it for a stance on the topic. */
async function tagWith(statementId, slug) {
  const { statement } = await api('query($id: ID!) { statement(id: $id) { topics { slug } } }', { id: statementId });
  await api('mutation($id: ID!, $topics: [String!]!) { tagStatementTopics(statementId: $id, topics: $topics) { id } }',
    { id: statementId, topics: [...statement.topics.map((topic) => topic.slug), slug] }, adminToken);
}

function articleWithDoubtfulSpeaker() {
  doubtfulArticle ??= (async () => {
    const articleId = await ingestArticle('ferry-desk', 'Fjord Post', '2025-06-04',
      'The ferry operator met the council on Tuesday.\n\nThe mayor, Marit Hovland, sought to reassure islanders by '
        + 'saying the night crossing would stay until 2027.\n\nHarald Berg, who chairs the ferry board and met the mayor on '
        + 'Monday, said that talks with her were going well.\n\nMarit Hovland wrote to Harald Berg on Monday. In a letter to '
        + 'the board chairman, she said the timetable was not negotiable.\n');
    const { article } = await api(`query($id: ID!) { article(id: $id) { statements { id text speakerDoubtful attributionConfidence
      speakers { id name } } } }`, { id: articleId });
    const doubtful = article.statements.find((s) => s.speakerDoubtful === true);
    assert.ok(doubtful?.speakers.length === 1, 'the article has a statement whose one speaker is doubtful');
    const speaker = doubtful.speakers[0];
    const sure = article.statements.find((s) => s.speakerDoubtful === false && s.speakers.some((a) => a.id === speaker.id));
    assert.ok(sure, `${speaker.name} also has a statement that is not doubtful`);
    return { articleId, doubtful, sure, speaker, confidence: doubtful.attributionConfidence.toFixed(2) };
  })();
  return doubtfulArticle;
}

test('search and browse show a doubtful speaker as doubtful, with the confidence in its title', async () => {
  const { doubtful, sure, speaker, confidence } = await articleWithDoubtfulSpeaker();
  await onPage('doubtful-search', async (page) => {
    /** The result whose quote is the statement's. */
    const hitFor = (statement) => page.locator('ol.hits > li').filter({ has: page.locator('mark', { hasText: statement.text }) });
    const checkHits = async () => {
      const marker = hitFor(doubtful).locator('.speakers .doubtful');
      assert.equal(await marker.textContent({ timeout: 2000 }), 'speaker uncertain');
      assert.ok((await marker.getAttribute('title')).includes(`confidence ${confidence}`), await marker.getAttribute('title'));
      assert.ok((await hitFor(doubtful).locator('.speakers').textContent()).includes(speaker.name));
      assert.equal(await hitFor(sure).count(), 1);
      assert.equal(await hitFor(sure).locator('.doubtful').count(), 0, 'a speaker that is not doubtful is shown plainly');
    };
    // Browsing (no words), then searching.
    await page.goto(`${base}/#/?speaker=${encodeURIComponent(speaker.name)}`);
    await hitFor(doubtful).waitFor();
    await checkHits();
    await page.goto(`${base}/#/?q=${encodeURIComponent('crossing or timetable')}&speaker=${encodeURIComponent(speaker.name)}`);
    await page.waitForFunction(() => document.querySelector('.results h2')?.textContent.startsWith('Statements matching'));
    await hitFor(doubtful).waitFor();
    await checkHits();
  });
});

test('an article page marks a doubtful speaker apart, with its own legend entry, number and title', async () => {
  const { articleId, doubtful, sure, speaker, confidence } = await articleWithDoubtfulSpeaker();
  await onPage('doubtful-article', async (page) => {
    await page.goto(`${base}/#/article/${articleId}`);
    const doubtfulMark = page.locator('.body mark').filter({ hasText: doubtful.text });
    await doubtfulMark.waitFor();
    const title = await doubtfulMark.getAttribute('title');
    assert.ok(title.startsWith(`${speaker.name} (speaker uncertain)`) && title.includes(`confidence ${confidence}`), title);
    const number = await doubtfulMark.locator('sup').textContent();
    assert.match(number, /^\d+\?$/);
    assert.equal(await doubtfulMark.locator('sup').getAttribute('aria-label'), `${speaker.name} (speaker uncertain):`);
    const sureMark = page.locator('.body mark').filter({ hasText: sure.text });
    assert.ok(!(await sureMark.getAttribute('title')).includes('uncertain'), await sureMark.getAttribute('title'));
    assert.match(await sureMark.locator('sup').textContent(), /^\d+$/);
    const entries = page.locator('.speaker-legend li').filter({ hasText: speaker.name });
    assert.equal(await entries.count(), 2, 'doubtful and sure statements of one speaker are listed apart');
    const doubtfulEntry = entries.filter({ has: page.locator('.doubtful') });
    assert.equal(await doubtfulEntry.count(), 1);
    assert.equal(await doubtfulEntry.locator('.doubtful').textContent(), 'speaker uncertain');
    assert.equal(await doubtfulEntry.locator('.swatch').textContent(), number);
  });
});

test('an actor page marks the statements whose speaker is doubtful', async () => {
  const { doubtful, sure, speaker } = await articleWithDoubtfulSpeaker();
  await onPage('doubtful-actor', async (page) => {
    await page.goto(`${base}/#/actor/${speaker.id}`);
    const said = page.locator('ul.statements > li');
    await said.first().waitFor();
    assert.equal(await said.filter({ hasText: doubtful.text }).locator('.doubtful').textContent({ timeout: 2000 }), 'speaker uncertain');
    assert.equal(await said.filter({ hasText: sure.text }).locator('.doubtful').count(), 0);
  });
});

test('evidence whose speaker is doubtful is marked so on the actor and topic pages', async () => {
  const { doubtful, sure, speaker } = await articleWithDoubtfulSpeaker();
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  const slug = `night-crossing-${letters}`;
  await api('mutation($input: TopicInput!) { createTopic(input: $input) { id } }',
    { input: { slug, name: `Night crossing ${letters}`, keywords: [`night crossing ${letters}`] } }, adminToken);
  const { statement } = await api('query($id: ID!) { statement(id: $id) { datedOn } }', { id: doubtful.id });
  await tagWith(doubtful.id, slug);
  await tagWith(sure.id, slug);
  // An editor's stance may cite a quotation whose speaker the extractor was unsure of; readers are told.
  await api('mutation($input: PositionInput!) { setPosition(input: $input) { id } }', { input: {
    actorId: speaker.id, topic: slug, stance: 'SUPPORTS', confidence: 0.7, validFrom: statement.datedOn,
    evidenceStatementIds: [doubtful.id, sure.id] } }, adminToken);
  /** The evidence list item quoting the text, within the scope. */
  const evidenceItem = (page, scope, text) => scope.locator('li').filter({ has: page.locator('q', { hasText: text }) });
  await onPage('doubtful-evidence-actor', async (page) => {
    await page.goto(`${base}/#/actor/${speaker.id}`);
    const section = page.locator('section.topic-timeline').filter({ has: page.getByRole('link', { name: `Night crossing ${letters}` }) });
    await section.waitFor();
    await section.locator('svg.timeline .band').first().focus();
    const doubtfulItem = evidenceItem(page, section, doubtful.text);
    assert.equal(await doubtfulItem.locator('.doubtful').textContent({ timeout: 2000 }), 'speaker uncertain');
    assert.equal(await evidenceItem(page, section, sure.text).count(), 1);
    assert.equal(await evidenceItem(page, section, sure.text).locator('.doubtful').count(), 0);
  });
  await onPage('doubtful-evidence-topic', async (page) => {
    await page.goto(`${base}/#/topic/${slug}`);
    const row = page.locator('table.matrix tbody tr').filter({ has: page.getByRole('rowheader', { name: speaker.name }) });
    await row.locator('summary').click();
    assert.equal(await evidenceItem(page, row, doubtful.text).locator('.doubtful').textContent({ timeout: 2000 }), 'speaker uncertain');
    assert.equal(await evidenceItem(page, row, sure.text).count(), 1);
    assert.equal(await evidenceItem(page, row, sure.text).locator('.doubtful').count(), 0);
  });
});

test('the skip link moves focus to the content without leaving the page', async () => {
  const { articleByKey } = await api('{ articleByKey(key: "004_29483c680d38bcb6") { id } }');
  await onPage('skip-link', async (page) => {
    const address = `${base}/#/article/${articleByKey.id}`;
    await page.goto(address);
    await page.locator('.body mark').first().waitFor();
    const heading = await page.locator('main h1').textContent();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assert.equal(page.url(), address);
    assert.equal(await page.locator('main h1').textContent(), heading);
    assert.equal(await page.locator('main .problem').count(), 0);
  });
});

test('an editor signs in and confirms a suggestion; the API shows it confirmed', async () => {
  assert.ok(adminToken, 'STANCEGRAPH_TOKEN names an admin token');
  const { createApiToken } = await api(`mutation { createApiToken(input: {name: "web client review", owner: "web-editor",
    roles: ["editor", "ingest"]}) { token } }`, {}, adminToken);
  // The sample's positions are all editors'; extracting one of its articles again gives the extractor's suggestions.
  const text = readFileSync('../../main/resources/sample/articles/001_7a7d3776cb5ccbdd.txt');
  const ingested = await fetch(`${base}/articles?outlet=The%20Independent&extractAgain=true`, {
    method: 'POST', body: text,
    headers: { 'Content-Type': 'text/plain', 'X-Requested-With': 'browser test', Authorization: `Bearer ${createApiToken.token}` },
  });
  assert.equal(ingested.status, 200, await ingested.text());
  const { reviewQueue } = await api('{ reviewQueue(first: 1) { nodes { id actor { name } topic { name } } } }', {}, createApiToken.token);
  const suggestion = reviewQueue.nodes[0];
  assert.ok(suggestion, 'the extraction left suggestions to review');
  await onPage('review', async (page) => {
    await page.goto(`${base}/#/sign-in`);
    await page.getByLabel('API token').fill(createApiToken.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as web-editor').waitFor();
    await page.getByRole('link', { name: 'Review' }).click();
    const item = page.locator('li.suggestion').first();
    await item.waitFor();
    assert.ok((await item.locator('h2').textContent()).includes(suggestion.actor.name));
    assert.ok(await item.locator('blockquote mark').count() > 0, 'evidence in context');
    await page.screenshot({ path: `${shots}/web-review.png` });
    if (process.env.UPDATE_DOCS_IMAGES) copyFileSync(`${shots}/web-review.png`, '../../../docs/images/web-review.png');
    await item.getByLabel('Note (optional)').fill('read in context');
    await item.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Confirmed by editor:web-editor').waitFor();
  });
  const confirmed = await api(`query { positions(first: 100, filter: {reviewState: CONFIRMED}) {
    nodes { id reviewedBy reviewNote } } }`);
  const mine = confirmed.positions.nodes.find((p) => p.id === suggestion.id);
  assert.ok(mine, 'the position is confirmed');
  assert.equal(mine.reviewedBy, 'editor:web-editor');
  assert.equal(mine.reviewNote, 'read in context');
});

test('the live feed shows a statement ingested while the page is open', async () => {
  const quote = `The harbour will reopen on ${new Date().toISOString().slice(0, 19)}, whatever the weather`;
  await onPage('live', async (page) => {
    await page.goto(`${base}/#/live`);
    await page.getByText('Listening for new statements.').waitFor();
    // The subscription is registered just after the acknowledgement; give the server a moment to hear it.
    await page.waitForTimeout(500);
    const articleId = await ingestArticle('wire-feed', 'Harbour Gazette', '2025-06-02',
      `Fishing crews waited at the quay.\n\n“${quote},” the harbourmaster Ellen Kragh said on Monday.\n\n`
        + 'The port director, Ole Lund, sought to calm the crews by saying the fuel dock would stay open.\n');
    const item = page.locator('ol.live li').filter({ hasText: quote });
    await item.waitFor({ timeout: 10000 });
    assert.ok((await item.textContent()).includes('Ellen Kragh'));
    assert.ok((await item.textContent()).includes('Harbour Gazette'));
    const { article } = await api('query($id: ID!) { article(id: $id) { statements { text speakerDoubtful } } }',
      { id: articleId });
    for (const statement of article.statements) {
      const shown = page.locator('ol.live li').filter({ hasText: statement.text.split('\n')[0] });
      await shown.waitFor({ timeout: 10000 });
      assert.equal(await shown.locator('.doubtful').count(), statement.speakerDoubtful ? 1 : 0, statement.text);
    }
    assert.ok(article.statements.some((s) => s.speakerDoubtful), 'the article has a statement whose speaker is doubtful');
  });
});

test('at phone width no page scrolls sideways', async () => {
  const { articleByKey } = await api('{ articleByKey(key: "004_29483c680d38bcb6") { id statements(first: 1) { speakers { id } } } }');
  const actor = articleByKey.statements[0].speakers[0].id;
  await onPage('phone', async (page) => {
    for (const route of ['#/?q=security', `#/actor/${actor}`, '#/topic/putin-good-faith', `#/article/${articleByKey.id}`, '#/topics', '#/live', '#/sign-in']) {
      await page.goto(`${base}/${route}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${route} scrolls sideways by ${overflow}px`);
    }
    await page.goto(`${base}/#/?q=security`);
    await page.locator('ol.hits > li').first().waitFor();
  }, { width: 375, height: 800 });
});

test('the keyboard reaches the search box and the results', async () => {
  await onPage('keyboard', async (page) => {
    await page.goto(`${base}/#/?q=security`);
    await page.locator('ol.hits > li').first().waitFor();
    const reached = new Set();
    for (let i = 0; i < 40 && !(reached.has('search') && reached.has('result')); i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const element = document.activeElement;
        if (element?.id === 'f-q') return 'search';
        if (element?.closest('ol.hits')) return 'result';
        return element?.tagName;
      });
      reached.add(where);
    }
    assert.ok(reached.has('search'), 'Tab reaches the search box');
    assert.ok(reached.has('result'), 'Tab reaches a result');
  });
});
