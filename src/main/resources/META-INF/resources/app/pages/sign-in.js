// Sign-in box for editors: an API token kept in this tab's sessionStorage and sent as a bearer token.
import { query, token, setToken } from '../graphql.js';
import { h } from '../dom.js';

/** @typedef {import('../generated/types.js').MeResult} MeResult */

export async function render() {
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'status' });
  const describe = async () => {
    if (!token()) {
      status.textContent = 'Not signed in: you can read everything; reviewing needs an editor token.';
      return;
    }
    try {
      const { me } = /** @type {MeResult} */ (await query('Me'));
      status.textContent = me.authenticated
        ? `Signed in as ${me.name} (${me.roles.join(', ')}).` : 'The token was not accepted.';
    } catch (error) {
      status.textContent = `The token was not accepted: ${error instanceof Error ? error.message : error}`;
    }
    document.getElementById('sign-in-link').textContent = token() ? 'Signed in' : 'Sign in';
  };
  const form = h('form', { class: 'sign-in', onsubmit: async (event) => {
    event.preventDefault();
    const input = /** @type {HTMLInputElement} */ (document.getElementById('token'));
    setToken(input.value.trim() || null);
    input.value = '';
    await describe();
  } },
  h('div', { class: 'field' },
    h('label', { for: 'token' }, 'API token'),
    h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true, 'aria-describedby': 'token-help' })),
  h('p', { id: 'token-help', class: 'muted' },
    'Kept in this browser tab only (sessionStorage) and sent as a bearer token. In dev mode the editor token is ',
    h('code', {}, 'sg_dev_editor_token_for_local_use_only'), '.'),
  h('button', { type: 'submit' }, 'Sign in'), ' ',
  h('button', { type: 'button', onclick: async () => { setToken(null); await describe(); } }, 'Sign out'));
  await describe();
  return h('div', {}, h('h1', {}, 'Sign in'), form, status);
}
