// Search statements: full text plus speaker, topic and date filters; results a page at a time, by cursor.
import { query } from '../graphql.js';
import { h, link, statementSpeakers, quoteInParagraph, problem } from '../dom.js';

/** @typedef {import('../generated/types.js').SearchStatementsResult} SearchStatementsResult */
/** @typedef {import('../generated/types.js').BrowseStatementsResult} BrowseStatementsResult */
/** @typedef {import('../generated/types.js').SearchStatementsVariables} SearchStatementsVariables */
/** @typedef {import('../generated/types.js').TopicListResult} TopicListResult */
/** @typedef {import('../generated/types.js').SearchStatements_searchStatements_edges_node} Hit */

const PAGE_SIZE = 10;
const FIELDS = ['q', 'speaker', 'topic', 'from', 'to'];

/** @param {string} _argument @param {URLSearchParams} params */
export async function render(_argument, params) {
  const values = Object.fromEntries(FIELDS.map((field) => [field, params.get(field) ?? '']));
  const results = h('section', { 'aria-labelledby': 'results-heading', class: 'results' });
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'status' });
  const topics = /** @type {TopicListResult} */ (await query('TopicList')).topics.nodes;

  const field = (name, label, attributes = {}) => h('div', { class: 'field' },
    h('label', { for: `f-${name}` }, label),
    h('input', { id: `f-${name}`, name, value: values[name], ...attributes }));
  const form = h('form', { role: 'search', class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (event.target));
    const next = new URLSearchParams();
    for (const name of FIELDS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    location.hash = `#/?${next}`;
  } },
  field('q', 'Words', { type: 'search', placeholder: 'e.g. security guarantee', autocomplete: 'off' }),
  field('speaker', 'Speaker', { placeholder: 'name or alias, e.g. Mr Lammy' }),
  h('div', { class: 'field' },
    h('label', { for: 'f-topic' }, 'Topic'),
    h('select', { id: 'f-topic', name: 'topic' },
      h('option', { value: '' }, 'Any topic'),
      topics.map((topic) => h('option', { value: topic.slug, selected: topic.slug === values.topic }, topic.name)))),
  field('from', 'From', { type: 'date' }),
  field('to', 'To', { type: 'date' }),
  h('button', { type: 'submit' }, 'Search'));

  const page = h('div', {},
    h('h1', {}, 'Search statements'),
    h('p', { class: 'lead' }, 'Who said what, where and when: search the quotes and reported speech of the record.'),
    form, status, results);

  /** @type {SearchStatementsVariables['filter']} */
  const filter = {};
  if (values.speaker) filter.speakerName = values.speaker;
  if (values.topic) filter.topic = values.topic;
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = values.to;
  const after = params.get('after') || null;
  const earlier = params.getAll('prev');
  try {
    const connection = values.q
      ? /** @type {SearchStatementsResult} */ (await query('SearchStatements', { query: values.q, filter, first: PAGE_SIZE, after })).searchStatements
      : /** @type {BrowseStatementsResult} */ (await query('BrowseStatements', { filter, first: PAGE_SIZE, after })).statements;
    const shown = earlier.length * PAGE_SIZE;
    status.textContent = connection.totalCount === 0 ? 'No statements match.'
      : `${connection.totalCount} statements; showing ${shown + 1}–${shown + connection.edges.length}.`;
    results.append(
      h('h2', { id: 'results-heading' }, values.q ? `Statements matching “${values.q}”` : 'Latest statements'),
      h('ol', { class: 'hits', start: shown + 1 }, connection.edges.map(({ node }) => hit(node))),
      pager(params, after, earlier, connection.pageInfo));
  } catch (error) {
    results.append(h('h2', { id: 'results-heading' }, 'Results'), problem(error));
  }
  return page;
}

/** @param {Hit} statement */
function hit(statement) {
  return h('li', { class: 'hit' },
    h('p', { class: 'meta' },
      h('span', { class: 'speakers' }, statementSpeakers(statement)), ' · ',
      h('time', { datetime: statement.datedOn }, statement.datedOn), ' · ',
      link(`article/${encodeURIComponent(statement.article.id)}`, statement.article.outlet),
      h('span', { class: 'kind' }, statement.kind.toLowerCase())),
    h('blockquote', { cite: `#/article/${statement.article.id}` }, quoteInParagraph(statement.paragraphText, statement.text)),
    statement.topics.length ? h('p', { class: 'topics' }, 'Topics: ',
      statement.topics.flatMap((topic, index) => [index ? ', ' : '', link(`topic/${encodeURIComponent(topic.slug)}`, topic.name)])) : null);
}

/**
 * Previous and next links; earlier cursors travel in the address so that each page can be linked to.
 * @param {URLSearchParams} params @param {string|null} after @param {string[]} earlier
 * @param {{hasNextPage: boolean, endCursor: (string|null)}} pageInfo
 */
function pager(params, after, earlier, pageInfo) {
  const to = (cursor, previous) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('prev');
    if (cursor) next.set('after', cursor);
    for (const c of previous) next.append('prev', c);
    return `#/?${next}`;
  };
  return h('nav', { class: 'pager', 'aria-label': 'Result pages' },
    earlier.length ? h('a', { href: to(earlier.at(-1), earlier.slice(0, -1)), rel: 'prev' }, '← Previous') : null,
    pageInfo.hasNextPage && pageInfo.endCursor
      ? h('a', { href: to(pageInfo.endCursor, [...earlier, after ?? '']), rel: 'next' }, 'Next →') : null);
}
