// Small DOM helpers: every piece of data goes in as text, never as markup.

/**
 * An element with attributes and children; strings become text nodes.
 * @param {string} tag
 * @param {Record<string, any>} [attributes] `on*` keys add listeners; false/null values are left out
 * @param {...(Node|string|number|null|undefined|false|Array<any>)} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** @param {Element} parent @param {Array<any>} children */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** An SVG element. @param {string} tag @param {Record<string, any>} [attributes] */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined) element.setAttribute(key, String(value));
  }
  append(/** @type {any} */ (element), children);
  return element;
}

/**
 * A speaker the article does not name: its description ("two people familiar with the talks"), marked as such.
 * @param {string | null | undefined} description
 */
export function unnamedSpeaker(description) {
  return description ? `${description} (not named)` : 'unknown speaker';
}

/** A link to a page of the client. @param {string} route @param {...any} children */
export function link(route, ...children) {
  return h('a', { href: `#/${route}` }, ...children);
}

/**
 * Links to each speaker's actor page, separated by commas; with none, how the article describes the speaker.
 * @param {Array<{id: string, name: string}>} speakers @param {string | null} [description]
 */
export function speakerLinks(speakers, description = null) {
  if (!speakers.length) return [h('span', { class: 'muted' }, unnamedSpeaker(description))];
  return speakers.flatMap((speaker, index) => [index ? ', ' : '', link(`actor/${encodeURIComponent(speaker.id)}`, speaker.name)]);
}

/**
 * Says in words, not colour alone, that the extractor's choice of speakers is doubtful (`speakerDoubtful`); the title
 * gives the rule's confidence. Statements editors recorded or corrected (null or false) get nothing.
 * @param {{speakerDoubtful?: (boolean|null), attributionConfidence?: (number|null)}} statement
 */
export function speakerDoubt(statement) {
  if (statement.speakerDoubtful !== true) return null;
  return h('span', { class: 'doubtful', title: doubtTitle(statement.attributionConfidence) }, 'speaker uncertain');
}

/**
 * For a statement cited as a stance's evidence: the doubt marker and a space after it when its speaker is doubtful,
 * since the stance then rests on a quotation that may not be the actor's. Nothing otherwise.
 * @param {{speakerDoubtful?: (boolean|null), attributionConfidence?: (number|null)}} statement
 */
export function evidenceDoubt(statement) {
  const doubt = speakerDoubt(statement);
  return doubt ? [doubt, ' '] : null;
}

/** Why a speaker is doubtful, for a title. @param {number | null | undefined} confidence */
export function doubtTitle(confidence) {
  return typeof confidence === 'number'
    ? `Who said this is uncertain: the rule that chose the speaker was right ${Math.round(confidence * 100)}% of the time `
      + `on news checked by hand (confidence ${confidence.toFixed(2)}), and no editor has confirmed it.`
    : 'Who said this is uncertain: no editor has confirmed the speaker the extractor chose.';
}

/**
 * A statement's speakers as links (or how the article describes an unnamed one), marked when they are doubtful.
 * @param {{speakers: Array<{id: string, name: string}>, speakerRole: (string|null), speakerDoubtful?: (boolean|null),
 *   attributionConfidence?: (number|null)}} statement
 */
export function statementSpeakers(statement) {
  const doubt = speakerDoubt(statement);
  return [speakerLinks(statement.speakers, statement.speakerRole), doubt ? [' ', doubt] : null];
}

/**
 * The paragraph with the quote marked; a quote running on into later paragraphs is marked from its start to the
 * paragraph's end. When the words are not found as they stand, the quote is shown alone.
 * @param {string} paragraph @param {string} quote
 */
export function quoteInParagraph(paragraph, quote) {
  const opening = quote.split('\n')[0].trim();
  const at = paragraph.indexOf(quote) >= 0 ? paragraph.indexOf(quote) : paragraph.indexOf(opening);
  if (at < 0 || !opening) return h('p', { class: 'context' }, h('mark', {}, quote));
  const end = paragraph.indexOf(quote) >= 0 ? at + quote.length : paragraph.length;
  return h('p', { class: 'context' }, paragraph.slice(0, at), h('mark', {}, paragraph.slice(at, end)), paragraph.slice(end));
}

/** Stance words shown beside their colours. */
export const STANCE_LABEL = { SUPPORTS: 'Supports', OPPOSES: 'Opposes', MIXED: 'Mixed', NEUTRAL: 'Neutral' };

/** A status line for errors and empty answers. @param {unknown} error */
export function problem(error) {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'problem', role: 'alert' }, message);
}

/** Today, as an ISO date. */
export function today() {
  return new Date().toISOString().slice(0, 10);
}
