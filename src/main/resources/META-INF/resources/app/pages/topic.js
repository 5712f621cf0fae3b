// A topic's stance matrix: each actor's stance as of a chosen date, with the evidence behind it. The schema has no
// as-of argument on positions, so the page asks for the published history and picks, per actor, the latest position
// dated on or before the chosen day (a confirmed one before a suggestion of the same day).
import { query } from '../graphql.js';
import { h, link, evidenceDoubt, STANCE_LABEL, today } from '../dom.js';

/** @typedef {import('../generated/types.js').TopicMatrixResult} TopicMatrixResult */
/** @typedef {import('../generated/types.js').TopicMatrix_topicBySlug_positions} Position */

const STANCES = /** @type {const} */ (['SUPPORTS', 'MIXED', 'NEUTRAL', 'OPPOSES']);

/** @param {string} slug @param {URLSearchParams} params */
export async function render(slug, params) {
  const { topicBySlug: topic } = /** @type {TopicMatrixResult} */ (await query('TopicMatrix', { slug }));
  if (!topic) throw new Error('No topic with this slug.');
  const asOf = params.get('asOf') || today();
  const current = asOfDate(topic.positions, asOf);
  const form = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const value = /** @type {HTMLInputElement} */ (document.getElementById('as-of')).value;
    location.hash = `#/topic/${encodeURIComponent(slug)}${value ? `?asOf=${value}` : ''}`;
  } },
  h('div', { class: 'field' }, h('label', { for: 'as-of' }, 'Stances as of'), h('input', { id: 'as-of', type: 'date', value: asOf })),
  h('button', { type: 'submit' }, 'Show'));

  return h('article', { class: 'topic' },
    h('h1', {}, topic.name),
    topic.description ? h('p', { class: 'lead' }, topic.description) : null,
    claims('Supporters say', topic.proClaims), claims('Opponents say', topic.conClaims),
    form,
    h('p', { role: 'status', 'aria-live': 'polite', class: 'status' },
      `${current.length} actor${current.length === 1 ? '' : 's'} with a published stance as of ${asOf}.`),
    current.length ? matrix(current) : null);
}

/** @param {string} title @param {string[]} list */
function claims(title, list) {
  return list.length ? h('div', { class: 'claims' }, h('h2', {}, title), h('ul', {}, list.map((claim) => h('li', {}, claim)))) : null;
}

/** Each actor's stance on the day. @param {Position[]} positions @param {string} day */
function asOfDate(positions, day) {
  const rank = (/** @type {Position} */ p) => `${p.validFrom}|${p.reviewState === 'CONFIRMED' ? 1 : 0}`;
  const byActor = new Map();
  for (const position of positions) {
    if (position.validFrom > day) continue;
    const best = byActor.get(position.actor.id);
    if (!best || rank(position) > rank(best)) byActor.set(position.actor.id, position);
  }
  return [...byActor.values()].sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance)
    || a.actor.name.localeCompare(b.actor.name));
}

/** Actors down, stances across; the cell names the stance, so it reads without colour. @param {Position[]} positions */
function matrix(positions) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'matrix' },
    h('caption', {}, 'Actors by stance, with the statements that show it'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'),
      STANCES.map((stance) => h('th', { scope: 'col' }, STANCE_LABEL[stance])), h('th', { scope: 'col' }, 'Evidence'))),
    h('tbody', {}, positions.map((position) => h('tr', {},
      h('th', { scope: 'row' }, link(`actor/${encodeURIComponent(position.actor.id)}`, position.actor.name)),
      STANCES.map((stance) => h('td', { class: stance === position.stance ? `cell stance-${stance}` : 'cell' },
        stance === position.stance ? [`${STANCE_LABEL[stance]} `, h('small', {}, `since ${position.validFrom}`),
          position.reviewState === 'SUGGESTED' ? h('small', { class: 'suggested' }, ' (unreviewed)') : null] : '')),
      h('td', {}, h('details', {},
        h('summary', {}, `${position.evidence.length} statement${position.evidence.length === 1 ? '' : 's'}`),
        h('ul', {}, position.evidence.map((statement) => h('li', {}, h('q', {}, statement.text), ' ', evidenceDoubt(statement),
          h('span', { class: 'meta' }, statement.datedOn, ' · ',
            link(`article/${encodeURIComponent(statement.article.id)}`, statement.article.outlet))))))))))));
}
