// Staff module for networks (App_Plugins/Networks): networks, the request queue with approve and reject (with a
// reason), members with remove, invitations and the members' CSV. Renders into #module-root and talks to the
// management API. No build step and nothing from other origins; text from the server is set as text, never HTML.
// Mailings live in mailings.js, which gets this file's helpers as `ui`.
import { mailingsLink, showMailings } from './mailings.js';

const root = document.getElementById('module-root');
const apiBase = `${root.dataset.apiBase}/networks`;
const antiforgery = document.querySelector('meta[name="hedershus-antiforgery"]')?.content ?? '';
const language = (root.lang || document.documentElement.lang || 'sv').startsWith('sv') ? 'sv' : 'en';

const words = {
  sv: {
    networks: 'Nätverk', name: 'Namn', policy: 'Medlemskap', open: 'Öppet', approval: 'Godkännande', invitation: 'Inbjudan',
    back: 'Alla nätverk', queue: 'Ansökningar att pröva', members: 'Medlemmar', others: 'Övriga', email: 'E-post', organisation: 'Organisation',
    municipality: 'Kommun', role: 'Yrkesroll', state: 'Läge', actions: 'Åtgärder', approve: 'Godkänn', reject: 'Avslå', remove: 'Ta bort',
    reason: 'Motivering (skickas till personen vid avslag)', invite: 'Bjud in', inviteTitle: 'Bjud in någon', language: 'Språk',
    csv: 'Ladda ned medlemmar (CSV)', none: 'Inga.', loading: 'Laddar…', saved: 'Sparat.', failed: 'Det gick inte: {0}',
    confirmReject: 'Avslå {0}?', confirmRemove: 'Ta bort {0} ur nätverket?',
    states: { requested: 'Ej bekräftad', confirmed: 'Väntar på godkännande', active: 'Medlem', rejected: 'Avslagen', left: 'Lämnat', removed: 'Borttagen' },
  },
  en: {
    networks: 'Networks', name: 'Name', policy: 'Membership', open: 'Open', approval: 'Approval', invitation: 'Invitation',
    back: 'All networks', queue: 'Requests to review', members: 'Members', others: 'Others', email: 'E-mail', organisation: 'Organisation',
    municipality: 'Municipality', role: 'Role', state: 'State', actions: 'Actions', approve: 'Approve', reject: 'Reject', remove: 'Remove',
    reason: 'Reason (sent to the person when rejected)', invite: 'Invite', inviteTitle: 'Invite someone', language: 'Language',
    csv: 'Download members (CSV)', none: 'None.', loading: 'Loading…', saved: 'Saved.', failed: 'That did not work: {0}',
    confirmReject: 'Reject {0}?', confirmRemove: 'Remove {0} from the network?',
    states: { requested: 'Not confirmed', confirmed: 'Awaiting approval', active: 'Member', rejected: 'Rejected', left: 'Left', removed: 'Removed' },
  },
}[language];

const format = (text, value) => text.replace('{0}', value);

/** Builds an element; children are nodes or strings (set as text, never parsed as HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

const status = h('p', { class: 'hs-status', role: 'status', 'aria-live': 'polite' });
const announce = (text) => { status.textContent = text; };

async function api(path, options = {}) {
  const unsafe = options.method && options.method !== 'GET';
  const response = await fetch(apiBase + path, {
    credentials: 'same-origin',
    ...options,
    headers: { Accept: 'application/json', ...(unsafe ? { RequestVerificationToken: antiforgery } : {}), ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || response.statusText);
  }
  return response.status === 204 ? null : response.json();
}

const post = (path, body) => api(path, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

/** Replaces the view; focus goes to the heading so keyboard and screen-reader users start at the top. */
function show(heading, ...content) {
  const title = h('h1', { tabindex: '-1' }, heading);
  root.replaceChildren(title, status, ...content);
  title.focus();
}

function table(caption, columns, rows) {
  if (rows.length === 0) return h('p', {}, words.none);
  return h('table', {},
    h('caption', { class: 'hs-visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c, i) => i === 0 ? h('th', { scope: 'row' }, c.value(row)) : h('td', {}, c.value(row)))))));
}

async function act(action, refresh) {
  try {
    await action();
    await refresh();
    announce(words.saved);
  } catch (error) {
    announce(format(words.failed, error.message));
  }
}

async function showList() {
  show(words.networks, h('p', {}, words.loading));
  const networks = await api('/');
  show(words.networks, table(words.networks, [
    { label: words.name, value: (n) => h('a', { href: `#network/${n.id}` }, n.name) },
    { label: words.policy, value: (n) => words[n.policy] ?? n.policy },
  ], networks));
}

const person = (m) => [m.name || m.email, m.name ? h('br') : null, m.name ? m.email : null];

async function showNetwork(id) {
  const refresh = () => showNetwork(id);
  const [networks, memberships] = await Promise.all([api('/'), api(`/${id}/memberships`)]);
  const network = networks.find((n) => n.id === id);
  const reason = h('textarea', { id: 'hs-reason', maxlength: '1000' });
  const queue = memberships.filter((m) => m.state === 'confirmed');
  const members = memberships.filter((m) => m.state === 'active');
  const others = memberships.filter((m) => m.state !== 'confirmed' && m.state !== 'active');
  const details = [
    { label: words.name, value: person },
    { label: words.organisation, value: (m) => m.organisation ?? '' },
    { label: words.municipality, value: (m) => m.municipality ?? '' },
    { label: words.role, value: (m) => m.role ?? '' },
  ];
  const button = (label, who, onclick) => h('button', { type: 'button', onclick }, label, h('span', { class: 'hs-visually-hidden' }, ` ${who}`));
  show(network?.name ?? words.networks,
    h('p', {}, h('a', { href: '#' }, words.back)),
    mailingsLink(ui, id),
    h('h2', {}, words.queue),
    h('label', { for: 'hs-reason' }, words.reason), reason,
    table(words.queue, [...details, { label: words.actions, value: (m) => [
      button(words.approve, m.email, () => act(() => post(`/memberships/${m.id}/approve`), refresh)),
      button(words.reject, m.email, () => confirm(format(words.confirmReject, m.email)) && act(() => post(`/memberships/${m.id}/reject`, { reason: reason.value }), refresh)),
    ] }], queue),
    h('h2', {}, words.members),
    h('p', {}, h('a', { href: `${apiBase}/${id}/members.csv`, download: 'members.csv' }, words.csv)),
    table(words.members, [...details, { label: words.actions, value: (m) =>
      button(words.remove, m.email, () => confirm(format(words.confirmRemove, m.email)) && act(() => post(`/memberships/${m.id}/remove`, { reason: reason.value }), refresh)) }], members),
    h('h2', {}, words.others),
    table(words.others, [...details, { label: words.state, value: (m) => words.states[m.state] ?? m.state }], others),
    inviteForm(id, refresh));
}

function inviteForm(id, refresh) {
  const email = h('input', { id: 'hs-invite-email', type: 'email', required: true, autocomplete: 'off' });
  const name = h('input', { id: 'hs-invite-name', type: 'text', autocomplete: 'off' });
  const lang = h('select', { id: 'hs-invite-language' }, h('option', { value: 'sv' }, 'svenska'), h('option', { value: 'en' }, 'English'));
  return h('form', { onsubmit: (event) => { event.preventDefault(); act(() => post(`/${id}/invitations`, { email: email.value, name: name.value, language: lang.value }), refresh); } },
    h('h2', {}, words.inviteTitle),
    h('label', { for: 'hs-invite-email' }, words.email), email,
    h('label', { for: 'hs-invite-name' }, words.name), name,
    h('label', { for: 'hs-invite-language' }, words.language), lang,
    h('div', { class: 'hs-actions' }, h('button', { type: 'submit', class: 'primary' }, words.invite)));
}

const ui = { h, api, post, show, table, act, announce, language, fail: (error) => announce(format(words.failed, error.message)) };

function route() {
  const match = location.hash.match(/^#network\/([0-9a-f-]{36})$/);
  const mailings = location.hash.match(/^#network\/([0-9a-f-]{36})\/mailings$/);
  (mailings ? showMailings(ui, mailings[1]) : match ? showNetwork(match[1]) : showList()).catch(ui.fail);
}

window.addEventListener('hashchange', route);
route();
