// An article's text with each reported statement marked, coloured and numbered by speaker, and a legend.
import { query } from '../graphql.js';
import { h, speakerLinks, unnamedSpeaker } from '../dom.js';

/** @typedef {import('../generated/types.js').ArticlePageResult} ArticlePageResult */
/** @typedef {import('../generated/types.js').ArticlePage_article_statements} Statement */

const COLOURS = 8;

/** @param {string} id */
export async function render(id) {
  const { article } = /** @type {ArticlePageResult} */ (await query('ArticlePage', { id }));
  if (!article) throw new Error('No article with this id.');
  // Speakers numbered in order of first appearance; joint statements take their first speaker's colour.
  const speakers = new Map();
  for (const statement of article.statements) {
    const key = whoSaid(statement);
    if (!speakers.has(key)) speakers.set(key, { number: speakers.size + 1, speakers: statement.speakers, count: 0 });
    speakers.get(key).count++;
  }
  const speakerOf = (/** @type {Statement} */ s) => speakers.get(whoSaid(s));

  return h('article', { class: 'article' },
    h('h1', {}, article.headline ?? `${article.outlet}, ${article.publishedOn}`),
    h('p', { class: 'lead' }, article.outlet, ' · ', h('time', { datetime: article.publishedOn }, article.publishedOn),
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original')] : ''),
    h('aside', { 'aria-labelledby': 'legend-heading', class: 'speaker-legend' },
      h('h2', { id: 'legend-heading' }, 'Who is quoted'),
      h('ol', {}, [...speakers.entries()].map(([name, entry]) => h('li', {},
        h('span', { class: `swatch speaker-${(entry.number - 1) % COLOURS}` }, String(entry.number)),
        entry.speakers.length ? speakerLinks(entry.speakers) : name,
        h('span', { class: 'muted' }, ` — ${entry.count} statement${entry.count === 1 ? '' : 's'}`))))),
    h('div', { class: 'body' }, paragraphs(article.body, article.paragraphs, article.statements, speakerOf)));
}

/** The speakers' names, or how the article describes a speaker it does not name. @param {Statement} statement */
function whoSaid(statement) {
  return statement.speakers.map((s) => s.name).join(' and ') || unnamedSpeaker(statement.speakerRole);
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
      parts.push(h('mark', { class: `speaker-${(entry.number - 1) % COLOURS}`, 'data-statement': statement.id, title: `${who} (${statement.kind.toLowerCase()})` },
        h('sup', { class: 'speaker-number', 'aria-label': `${who}:` }, String(entry.number)), body.slice(from, to)));
      at = to;
    }
    parts.push(body.slice(at, end));
    return h('p', {}, parts);
  });
}
