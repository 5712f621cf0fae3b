// Review queue for editors: each suggestion with its evidence in context, confirmed or rejected with a note.
import { query, mutate, token } from '../graphql.js';
import { h, link, quoteInParagraph, problem, speakerDoubt, STANCE_LABEL } from '../dom.js';

/** @typedef {import('../generated/types.js').ReviewQueueResult} ReviewQueueResult */
/** @typedef {import('../generated/types.js').ReviewQueue_reviewQueue_nodes} Suggestion */
/** @typedef {import('../generated/types.js').ConfirmPositionResult} ConfirmPositionResult */
/** @typedef {import('../generated/types.js').RejectPositionResult} RejectPositionResult */

const PAGE_SIZE = 5;

/** @param {string} _argument @param {URLSearchParams} params */
export async function render(_argument, params) {
  const heading = h('h1', {}, 'Review suggestions');
  if (!token()) {
    return h('div', {}, heading, h('p', {}, 'Reviewing needs an editor token: ', link('sign-in', 'sign in'), ' first.'));
  }
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'status' });
  const after = params.get('after') || null;
  let queue;
  try {
    queue = /** @type {ReviewQueueResult} */ (await query('ReviewQueue', { first: PAGE_SIZE, after })).reviewQueue;
  } catch (error) {
    return h('div', {}, heading, problem(error), h('p', {}, link('sign-in', 'Sign in with an editor token')));
  }
  status.textContent = `${queue.totalCount} suggestion${queue.totalCount === 1 ? '' : 's'} awaiting review.`;
  return h('div', {}, heading,
    h('p', { class: 'lead' }, 'The extractor’s suggestions, those shown to readers unreviewed first. Read the evidence, then confirm or reject.'),
    status,
    h('ol', { class: 'queue' }, queue.nodes.map((suggestion) => item(suggestion, status))),
    queue.pageInfo.hasNextPage && queue.pageInfo.endCursor
      ? h('nav', { class: 'pager', 'aria-label': 'Queue pages' },
        h('a', { href: `#/review?after=${encodeURIComponent(queue.pageInfo.endCursor)}` }, 'Next →')) : null);
}

/** @param {Suggestion} suggestion @param {HTMLElement} status */
function item(suggestion, status) {
  const noteId = `note-${suggestion.id}`;
  const headingId = `suggestion-${suggestion.id}`;
  const decide = async (/** @type {'confirm'|'reject'} */ decision) => {
    const note = /** @type {HTMLInputElement} */ (document.getElementById(noteId)).value.trim() || null;
    for (const button of entry.querySelectorAll('button')) button.setAttribute('disabled', '');
    try {
      const result = decision === 'confirm'
        ? /** @type {ConfirmPositionResult} */ (await mutate('ConfirmPosition', { id: suggestion.id, note })).confirmPosition
        : /** @type {RejectPositionResult} */ (await mutate('RejectPosition', { id: suggestion.id, note })).rejectPosition;
      const verdict = result.reviewState === 'CONFIRMED' ? 'Confirmed' : 'Rejected';
      entry.replaceChildren(h('p', { class: `decided ${result.reviewState.toLowerCase()}` },
        `${verdict} by ${result.reviewedBy}: ${suggestion.actor.name} — ${STANCE_LABEL[suggestion.stance]} on ${suggestion.topic.name}.`));
      status.textContent = `${verdict}: ${suggestion.actor.name} on ${suggestion.topic.name}.`;
    } catch (error) {
      for (const button of entry.querySelectorAll('button')) button.removeAttribute('disabled');
      status.textContent = `Not saved: ${error instanceof Error ? error.message : error}`;
    }
  };
  const entry = h('li', { class: 'suggestion', 'aria-labelledby': headingId },
    h('h2', { id: headingId },
      link(`actor/${encodeURIComponent(suggestion.actor.id)}`, suggestion.actor.name), ' ',
      h('span', { class: `stance stance-${suggestion.stance}` }, STANCE_LABEL[suggestion.stance]), ' ',
      link(`topic/${encodeURIComponent(suggestion.topic.slug)}`, suggestion.topic.name)),
    h('p', { class: 'meta' }, `From ${suggestion.validFrom} · confidence ${suggestion.confidence.toFixed(2)}`,
      suggestion.published ? ' · shown to readers unreviewed' : ' · hidden until reviewed'),
    suggestion.note ? h('p', { class: 'muted' }, suggestion.note) : null,
    h('ul', { class: 'evidence' }, suggestion.evidence.map((statement) => h('li', {},
      h('p', { class: 'meta' }, statement.datedOn, ' · ',
        link(`article/${encodeURIComponent(statement.article.id)}`, statement.article.headline ?? statement.article.outlet),
        statement.speakerDoubtful === true ? [' · ', speakerDoubt(statement)] : null),
      h('blockquote', {}, quoteInParagraph(statement.paragraphText, statement.text))))),
    h('div', { class: 'decision' },
      h('label', { for: noteId }, 'Note (optional)'),
      h('input', { id: noteId, type: 'text' }),
      h('button', { type: 'button', class: 'confirm', onclick: () => decide('confirm') }, 'Confirm'),
      h('button', { type: 'button', class: 'reject', onclick: () => decide('reject') }, 'Reject')));
  return entry;
}
