// An actor: offices over time, latest statements, and per topic a timeline of published stances with their evidence.
import { query } from '../graphql.js';
import { h, svg, link, speakerDoubt, evidenceDoubt, STANCE_LABEL, today } from '../dom.js';

/** @typedef {import('../generated/types.js').ActorPageResult} ActorPageResult */
/** @typedef {import('../generated/types.js').ActorPage_actor_positions} Position */

const DAY = 86400000;

/** @param {string} id */
export async function render(id) {
  const { actor, current: currentPositions } = /** @type {ActorPageResult} */ (await query('ActorPage', { id }));
  if (!actor) throw new Error('No actor with this id.');
  // The current stance per topic is the API's to decide (a confirmed one over suggestions, the later of two on one
  // day); the page does not work it out again from the dates.
  const current = new Map(currentPositions.nodes.map((position) => [position.topic.slug, position.id]));
  const byTopic = new Map();
  for (const position of actor.positions) {
    const list = byTopic.get(position.topic.slug) ?? [];
    list.push(position);
    byTopic.set(position.topic.slug, list);
  }
  return h('article', { class: 'actor' },
    h('h1', {}, actor.name),
    h('p', { class: 'lead' }, actor.kind.toLowerCase(), actor.country ? ` · ${actor.country}` : '',
      actor.aliases.length ? ` · also known as ${actor.aliases.join(', ')}` : ''),
    h('section', { 'aria-labelledby': 'offices' },
      h('h2', { id: 'offices' }, 'Offices'),
      actor.offices.length
        ? h('ul', { class: 'offices' }, actor.offices.map((office) => h('li', {},
          h('strong', {}, office.post), office.organization ? `, ${office.organization}` : '', ' — ',
          office.from ?? 'date unknown', ' to ', office.to ?? 'now')))
        : h('p', { class: 'muted' }, 'No offices recorded.')),
    h('section', { 'aria-labelledby': 'stances' },
      h('h2', { id: 'stances' }, 'Stances over time'),
      byTopic.size
        ? [legend(), [...byTopic.values()].map((positions) => timeline(positions, current.get(positions[0].topic.slug),
          scale(actor.positions)))]
        : h('p', { class: 'muted' }, 'No published stances yet.')),
    h('section', { 'aria-labelledby': 'said' },
      h('h2', { id: 'said' }, 'Latest statements'),
      h('ul', { class: 'statements' }, actor.statements.map((statement) => h('li', {},
        h('q', {}, statement.text), ' ', speakerDoubt(statement), ' ',
        h('span', { class: 'meta' }, h('time', { datetime: statement.datedOn }, statement.datedOn), ' · ',
          link(`article/${encodeURIComponent(statement.article.id)}`, statement.article.outlet)))))));
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': 'Stance colours' },
    Object.entries(STANCE_LABEL).map(([stance, label]) => h('li', {}, h('span', { class: `swatch stance-${stance}` }), label)));
}

/** One time scale for all of the actor's timelines, so that they line up. @param {Position[]} positions */
function scale(positions) {
  const times = positions.map((p) => Date.parse(p.validFrom));
  return { start: Math.min(...times) - 15 * DAY, end: Math.max(Date.parse(today()), ...times.map((t) => t + 30 * DAY)) };
}

/**
 * One topic's stances as bands from each position's date to the next one's (or today), labelled with the stance;
 * each band is a button that shows its evidence below the chart. The last band is the current stance; of positions on
 * one day, only the one that stands is shown. A current stance that is not the latest by date (a confirmed one, with
 * later suggestions) is said under the chart.
 * @param {Position[]} positions @param {string|undefined} currentId @param {{start: number, end: number}} range
 */
function timeline(positions, currentId, { start, end }) {
  // The API lists them latest first, and of one day's the last recorded first: that one stands unless it is not current.
  const byDay = new Map();
  for (const position of positions) {
    if (!byDay.has(position.validFrom) || position.id === currentId) byDay.set(position.validFrom, position);
  }
  const sorted = [...byDay.values()].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const currentPosition = positions.find((position) => position.id === currentId);
  const topic = sorted[0].topic;
  const width = 600;
  const x = (/** @type {number} */ time) => ((time - start) / (end - start)) * width;
  const details = h('div', { class: 'evidence', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Choose a band to read the statements behind it.'));
  const headingId = `topic-${topic.slug}`;

  const bands = sorted.map((position, index) => {
    const from = Date.parse(position.validFrom);
    const until = index + 1 < sorted.length ? sorted[index + 1].validFrom : null;
    const to = until ? Date.parse(until) : end;
    const label = `${STANCE_LABEL[position.stance]} from ${position.validFrom}${until ? ` until ${until}` : ''}, `
      + `${position.evidence.length} statement${position.evidence.length === 1 ? '' : 's'}`
      + (position.reviewState === 'SUGGESTED' ? ', unreviewed suggestion' : '');
    const show = () => {
      for (const other of chart.querySelectorAll('.band')) other.setAttribute('aria-pressed', 'false');
      band.setAttribute('aria-pressed', 'true');
      details.replaceChildren(evidence(position, label));
    };
    const bandWidth = Math.max(x(to) - x(from), 2);
    const band = svg('g', {
      class: `band stance-${position.stance}`, tabindex: 0, role: 'button', 'aria-pressed': 'false', 'aria-label': label,
      onclick: show, onmouseenter: show, onfocus: show,
      onkeydown: (/** @type {KeyboardEvent} */ event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); show(); } },
    },
    svg('title', {}, label),
    svg('rect', { x: x(from), y: 4, width: bandWidth, height: 36, rx: 3 }),
    bandWidth > 60 ? svg('text', { x: x(from) + 6, y: 27 }, STANCE_LABEL[position.stance]) : null);
    return band;
  });
  const axis = [start, end].map((time, i) => svg('text', { class: 'axis', x: i ? width : 0, y: 58, 'text-anchor': i ? 'end' : 'start' },
    new Date(time).toISOString().slice(0, 10)));
  const chart = svg('svg', { viewBox: `0 0 ${width} 64`, class: 'timeline', role: 'group', 'aria-labelledby': headingId }, bands, axis);
  return h('section', { class: 'topic-timeline' },
    h('h3', { id: headingId }, link(`topic/${encodeURIComponent(topic.slug)}`, topic.name)),
    currentPosition
      ? h('p', { class: 'current-stance' }, 'Current stance: ', h('strong', {}, STANCE_LABEL[currentPosition.stance]),
        ` since ${currentPosition.validFrom}`, currentPosition.reviewState === 'SUGGESTED' ? ' (unreviewed suggestion)' : '')
      : null,
    chart, details);
}

/** @param {Position} position @param {string} label */
function evidence(position, label) {
  return h('div', {},
    h('p', {}, h('strong', {}, label), ` · assessed by ${position.assessor}, confidence ${position.confidence.toFixed(2)}`),
    h('ul', {}, position.evidence.map((statement) => h('li', {},
      h('q', {}, statement.text), ' ', evidenceDoubt(statement),
      h('span', { class: 'meta' }, statement.datedOn, ' · ',
        link(`article/${encodeURIComponent(statement.article.id)}`, statement.article.outlet))))));
}
