// An article's text with each reported statement marked, coloured and numbered by speaker, and a legend.
import { query } from '../graphql.js';
import { h, speakerLinks, unnamedSpeaker, speakerDoubt, doubtTitle } from '../dom.js';

/** @typedef {import('../generated/types.js').ArticlePageResult} ArticlePageResult */
/** @typedef {import('../generated/types.js').ArticlePage_article_statements} Statement */

const COLOURS = 8;

/** @param {string} id */
export async function render(id) {
  const { article } = /** @type {ArticlePageResult} */ (await query('ArticlePage', { id }));
  if (!article) throw new Error('No article with this id.');
  // Speakers numbered in order of first appearance; joint statements take their first speaker's colour. Statements
  // whose speakers are doubtful are listed apart from those of the same speakers that are not.
  const speakers = new Map();
  for (const statement of article.statements) {
    const key = whoSaid(statement);
    if (!speakers.has(key)) {
      speakers.set(key, { number: speakers.size + 1, speakers: statement.speakers, name: speakerNames(statement),
        doubtful: statement.speakerDoubtful === true, confidences: new Set(), count: 0 });
    }
    speakers.get(key).count++;
    speakers.get(key).confidences.add(statement.attributionConfidence);
  }
  const speakerOf = (/** @type {Statement} */ s) => speakers.get(whoSaid(s));

  return h('article', { class: 'article' },
    h('h1', {}, article.headline ?? `${article.outlet}, ${article.publishedOn}`),
    h('p', { class: 'lead' }, article.outlet, ' · ', h('time', { datetime: article.publishedOn }, article.publishedOn),
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original')] : ''),
    h('aside', { 'aria-labelledby': 'legend-heading', class: 'speaker-legend' },
      h('h2', { id: 'legend-heading' }, 'Who is quoted'),
      h('ol', {}, [...speakers.values()].map((entry) => h('li', {},
        h('span', { class: `swatch speaker-${(entry.number - 1) % COLOURS}` }, `${entry.number}${entry.doubtful ? '?' : ''}`),
        entry.speakers.length ? speakerLinks(entry.speakers) : entry.name,
        entry.doubtful ? [' ', speakerDoubt({ speakerDoubtful: true,
          attributionConfidence: entry.confidences.size === 1 ? [...entry.confidences][0] : null })] : null,
        h('span', { class: 'muted' }, ` — ${entry.count} statement${entry.count === 1 ? '' : 's'}`))))),
    h('div', { class: 'body' }, paragraphs(article.body, article.paragraphs, article.statements, speakerOf)));
}

/** The speakers' names, or how the article describes a speaker it does not name. @param {Statement} statement */
function speakerNames(statement) {
  return statement.speakers.map((s) => s.name).join(' and ') || unnamedSpeaker(statement.speakerRole);
}

/** Who said it, as a reader should take it: doubtful speakers are said to be uncertain. @param {Statement} statement */
function whoSaid(statement) {
  return statement.speakerDoubtful ? `${speakerNames(statement)} (speaker uncertain)` : speakerNames(statement);
}

/**
 * The paragraphs with each statement's span marked; spans index into the body, whose paragraphs are found in order.
 * @param {string} body @param {string[]} texts @param {Statement[]} statements @param {(s: Statement) => any} speakerOf
 */
function paragraphs(body, texts, statements, speakerOf) {
  const spans = [...statements].sort((a, b) => a.span.start - b.span.start);
  let cursor = 0;
  return texts.map((text) => {
    const start = Math.max(body.indexOf(text, cursor), cursor);
    const end = start + text.length;
    cursor = end;
    const parts = [];
    let at = start;
    for (const statement of spans) {
      const from = Math.max(statement.span.start, at);
      const to = Math.min(statement.span.end, end);
      if (to <= from) continue;
      parts.push(body.slice(at, from));
      const entry = speakerOf(statement);
      const who = whoSaid(statement);
      const { doubtful } = entry;
      parts.push(h('mark', {
        class: `speaker-${(entry.number - 1) % COLOURS}${doubtful ? ' speaker-uncertain' : ''}`, 'data-statement': statement.id,
        title: `${who} (${statement.kind.toLowerCase()})${doubtful ? ` ${doubtTitle(statement.attributionConfidence)}` : ''}`,
      },
      h('sup', { class: 'speaker-number', 'aria-label': `${who}:` }, `${entry.number}${doubtful ? '?' : ''}`), body.slice(from, to)));
      at = to;
    }
    parts.push(body.slice(at, end));
    return h('p', {}, parts);
  });
}
