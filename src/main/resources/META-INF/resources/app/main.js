// Hash routes to page modules: #/ (search), #/actor/ID, #/topics, #/topic/SLUG, #/article/ID, #/live, #/review, #/sign-in.
import { token } from './graphql.js';
import { problem } from './dom.js';

const pages = {
  '': () => import('./pages/search.js'),
  actor: () => import('./pages/actor.js'),
  topics: () => import('./pages/topics.js'),
  topic: () => import('./pages/topic.js'),
  article: () => import('./pages/article.js'),
  live: () => import('./pages/live.js'),
  review: () => import('./pages/review.js'),
  'sign-in': () => import('./pages/sign-in.js'),
};

/** Route name, path argument and query parameters of the current hash. */
function route() {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name = '', ...rest] = path.split('/');
  return { name, argument: decodeURIComponent(rest.join('/')), params: new URLSearchParams(search) };
}

let rendering = 0;

async function render() {
  const main = /** @type {HTMLElement} */ (document.getElementById('main'));
  const { name, argument, params } = route();
  const current = ++rendering;
  document.getElementById('sign-in-link').textContent = token() ? 'Signed in' : 'Sign in';
  for (const a of document.querySelectorAll('header nav a')) {
    const target = a.getAttribute('href').replace(/^#\/?/, '').split('/')[0];
    if (target === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  try {
    const load = pages[name];
    if (!load) throw new Error(`No page at ${location.hash}`);
    const page = await load();
    const content = await page.render(argument, params);
    if (current !== rendering) return;
    main.replaceChildren(content);
  } catch (error) {
    if (current !== rendering) return;
    main.replaceChildren(problem(error));
  }
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Stancegraph` : 'Stancegraph';
}

// The skip link's #main would be read as a route: it moves focus to the page's content instead.
document.querySelector('a.skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});

addEventListener('hashchange', () => {
  render().then(() => document.getElementById('main').focus({ preventScroll: false }));
});
render();
