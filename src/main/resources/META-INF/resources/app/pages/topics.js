// The topic catalogue, each linking to its stance matrix.
import { query } from '../graphql.js';
import { h, link } from '../dom.js';

/** @typedef {import('../generated/types.js').TopicListResult} TopicListResult */

export async function render() {
  const { topics } = /** @type {TopicListResult} */ (await query('TopicList'));
  return h('div', {},
    h('h1', {}, 'Topics'),
    h('ul', { class: 'topic-list' }, topics.nodes.map((topic) => h('li', {},
      link(`topic/${encodeURIComponent(topic.slug)}`, topic.name),
      topic.description ? h('p', { class: 'muted' }, topic.description) : null))));
}
