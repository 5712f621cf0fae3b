// Live feed: statements as the service stores them (from any replica), newest first, optionally on one topic.
import { query, subscribe } from '../graphql.js';
import { h, link, statementSpeakers, quoteInParagraph } from '../dom.js';

/** @typedef {import('../generated/types.js').StatementAddedResult} StatementAddedResult */
/** @typedef {import('../generated/types.js').TopicListResult} TopicListResult */

const KEPT = 50;
let stop = () => {};

/** @param {string} _argument @param {URLSearchParams} params */
export async function render(_argument, params) {
  stop();
  const topic = params.get('topic') ?? '';
  const topics = /** @type {TopicListResult} */ (await query('TopicList')).topics.nodes;
  const status = h('p', { role: 'status', class: 'status', id: 'live-status' });
  const feed = h('ol', { class: 'hits live', 'aria-live': 'polite', 'aria-relevant': 'additions' });
  const empty = h('p', { class: 'muted' }, 'No statement yet since this page opened.');
  const choose = h('select', { id: 'f-topic', name: 'topic', onchange: (event) => {
    const value = /** @type {HTMLSelectElement} */ (event.target).value;
    location.hash = value ? `#/live?topic=${encodeURIComponent(value)}` : '#/live';
  } },
  h('option', { value: '' }, 'Any topic'),
  topics.map((t) => h('option', { value: t.slug, selected: t.slug === topic }, t.name)));

  const states = { connecting: 'Connecting…', listening: 'Listening for new statements.', closed: 'Disconnected. Reload to listen again.' };
  stop = subscribe('StatementAdded', { filter: topic ? { topic } : null }, (data) => {
    const statement = /** @type {StatementAddedResult} */ (data).statementAdded;
    if (!statement) return;
    empty.remove();
    feed.prepend(item(statement));
    while (feed.children.length > KEPT) feed.lastElementChild.remove();
  }, (state) => {
    status.textContent = states[state] ?? `Stopped: ${state}`;
  });
  // Leaving the page ends the subscription.
  addEventListener('hashchange', function leave() {
    if (!location.hash.startsWith('#/live')) {
      stop();
      removeEventListener('hashchange', leave);
    }
  });

  return h('div', {},
    h('h1', {}, 'Live feed'),
    h('p', { class: 'lead' }, 'Statements as they are stored, newest first.'),
    h('div', { class: 'filters' }, h('div', { class: 'field' }, h('label', { for: 'f-topic' }, 'Topic'), choose)),
    status, empty, feed);
}

/** @param {StatementAddedResult['statementAdded']} statement */
function item(statement) {
  return h('li', { class: 'hit' },
    h('p', { class: 'meta' },
      h('span', { class: 'speakers' }, statementSpeakers(statement)), ' · ',
      h('time', { datetime: statement.datedOn }, statement.datedOn), ' · ',
      link(`article/${encodeURIComponent(statement.article.id)}`, statement.article.outlet ?? 'article')),
    quoteInParagraph(statement.paragraphText, statement.text));
}
