// Staff module for seminars (App_Plugins/Seminars). Renders into #module-root inside the backoffice layout and talks
// to the management API. No build step and nothing from other origins. Every text from the server goes through
// textContent (registrants type names and answers), never as HTML markup.
const root = document.getElementById('module-root');
const apiBase = `${root.dataset.apiBase}/seminars`;
const antiforgery = document.querySelector('meta[name="hedershus-antiforgery"]')?.content ?? '';
const language = (root.lang || document.documentElement.lang || 'sv').startsWith('sv') ? 'sv' : 'en';

const words = {
  sv: {
    seminars: 'Seminarier', name: 'Namn', starts: 'Startar', capacity: 'Platser', confirmed: 'Bekräftade', pending: 'Väntar på godkännande',
    offered: 'Erbjudna', waitlisted: 'I väntelistan', cancelled: 'Avbokade', attended: 'Närvarande', fill: 'Beläggning', open: 'Öppna',
    back: 'Alla seminarier', registrations: 'Anmälningar', status: 'Status', all: 'Alla', email: 'E-post', organisation: 'Organisation',
    municipality: 'Kommun', organisationType: 'Organisationstyp', actions: 'Åtgärder', approve: 'Godkänn', reject: 'Avslå', cancel: 'Avboka',
    attendance: 'Närvaro', yes: 'Ja', no: 'Nej', unknown: 'Ej angivet', waitingList: 'Väntelista', position: 'Plats', export: 'Exportera',
    csv: 'Ladda ned CSV', xlsx: 'Ladda ned Excel', message: 'Meddelande till alla anmälda', subject: 'Ämne', body: 'Text',
    includeWaiting: 'Skicka även till väntelistan', send: 'Skicka', sent: 'Meddelandet skickas till {0} personer.', counts: 'Antal per grupp',
    registered: 'Anmälda', none: 'Inga.', loading: 'Laddar…', saved: 'Sparat.', failed: 'Det gick inte: {0}', confirmCancel: 'Avboka {0}?',
    confirmReject: 'Avslå {0}?', failedMail: 'E-post som inte kunde skickas', retry: 'Försök igen', to: 'Till', kind: 'Typ', error: 'Fel',
    unpublished: '(inte publicerat)', language: 'Språk',
  },
  en: {
    seminars: 'Seminars', name: 'Name', starts: 'Starts', capacity: 'Seats', confirmed: 'Confirmed', pending: 'Awaiting approval',
    offered: 'Offered', waitlisted: 'Waiting', cancelled: 'Cancelled', attended: 'Attended', fill: 'Fill rate', open: 'Open',
    back: 'All seminars', registrations: 'Registrations', status: 'Status', all: 'All', email: 'E-mail', organisation: 'Organisation',
    municipality: 'Municipality', organisationType: 'Organisation type', actions: 'Actions', approve: 'Approve', reject: 'Reject', cancel: 'Cancel',
    attendance: 'Attendance', yes: 'Yes', no: 'No', unknown: 'Not recorded', waitingList: 'Waiting list', position: 'Place', export: 'Export',
    csv: 'Download CSV', xlsx: 'Download Excel', message: 'Message to everyone registered', subject: 'Subject', body: 'Text',
    includeWaiting: 'Also send to the waiting list', send: 'Send', sent: 'The message goes to {0} people.', counts: 'Counts per group',
    registered: 'Registered', none: 'None.', loading: 'Loading…', saved: 'Saved.', failed: 'That did not work: {0}', confirmCancel: 'Cancel {0}?',
    confirmReject: 'Reject {0}?', failedMail: 'E-mail that could not be sent', retry: 'Try again', to: 'To', kind: 'Kind', error: 'Error',
    unpublished: '(not published)', language: 'Language',
  },
}[language];

const format = (text, value) => text.replace('{0}', value);
const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
const date = (value) => value ? new Date(value).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '';

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
    const error = new Error(problem.detail || problem.title || response.statusText);
    error.fields = problem.errors || {};
    throw error;
  }
  return response.status === 204 ? null : response.json();
}

const post = (path, body) => api(path, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

/** Replaces the view. Focus goes back to the control that had it (same data-focus-key) or else to the heading. */
function show(heading, ...content) {
  const focused = document.activeElement?.dataset?.focusKey;
  const title = h('h1', { tabindex: '-1' }, heading);
  root.replaceChildren(title, status, ...content);
  (focused && root.querySelector(`[data-focus-key="${CSS.escape(focused)}"]`) || title).focus();
}

function table(caption, columns, rows) {
  if (rows.length === 0) return h('p', {}, words.none);
  return h('table', {},
    h('caption', { class: 'hs-visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.number ? 'number' : null }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c, i) => i === 0
      ? h('th', { scope: 'row' }, c.value(row))
      : h('td', { class: c.number ? 'number' : null }, c.value(row)))))));
}

async function showList() {
  show(words.seminars, h('p', {}, words.loading));
  const [seminars, failed] = await Promise.all([api('/'), api('/failed-mail')]);
  const open = (seminar) => h('a', { href: `#seminar/${seminar.id}` }, seminar.name, seminar.published ? '' : ` ${words.unpublished}`);
  show(words.seminars,
    table(words.seminars, [
      { label: words.name, value: open },
      { label: words.starts, value: (s) => date(s.begins) },
      { label: words.capacity, number: true, value: (s) => String(s.capacity) },
      { label: words.confirmed, number: true, value: (s) => String(s.confirmed) },
      { label: words.pending, number: true, value: (s) => String(s.pending) },
      { label: words.offered, number: true, value: (s) => String(s.offered) },
      { label: words.waitlisted, number: true, value: (s) => String(s.waitlisted) },
      { label: words.fill, number: true, value: (s) => [h('meter', { min: '0', max: '1', value: String(Math.min(1, s.fillRate)), 'aria-hidden': 'true' }), ' ', percent.format(s.fillRate)] },
    ], seminars),
    h('h2', {}, words.failedMail),
    table(words.failedMail, [
      { label: words.to, value: (m) => m.to },
      { label: words.kind, value: (m) => m.kind },
      { label: words.subject, value: (m) => m.subject },
      { label: words.error, value: (m) => m.lastError ?? '' },
      { label: words.actions, value: (m) => h('button', { type: 'button', onclick: () => act(() => post(`/failed-mail/${m.id}/retry`), showList) }, words.retry, h('span', { class: 'hs-visually-hidden' }, ` ${m.to}`)) },
    ], failed));
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

function registrationActions(seminarId, r, refresh) {
  const path = `/${seminarId}/registrations/${r.id}`;
  const who = h('span', { class: 'hs-visually-hidden' }, ` ${r.name || r.email}`);
  const button = (label, handler, kind) =>
    h('button', { type: 'button', class: kind, 'data-focus-key': `${r.id}-${label}`, onclick: handler }, label, who.cloneNode(true));
  const actions = [];
  if (r.status === 'pending') {
    actions.push(button(words.approve, () => act(() => post(`${path}/approve`), refresh), 'primary'));
    actions.push(button(words.reject, () => confirm(format(words.confirmReject, r.name)) && act(() => post(`${path}/reject`), refresh), 'danger'));
  }
  if (r.status !== 'cancelled') {
    actions.push(button(words.cancel, () => confirm(format(words.confirmCancel, r.name)) && act(() => post(`${path}/cancel`), refresh), 'danger'));
  }
  if (r.status === 'confirmed') {
    const id = `attendance-${r.id}`;
    const choice = h('select', {
      id, 'data-focus-key': id, onchange: (event) => act(() => post(`${path}/attendance`, { attended: event.target.value === '' ? null : event.target.value === 'true' }), refresh),
    }, [['', words.unknown], ['true', words.yes], ['false', words.no]].map(([value, label]) =>
      h('option', { value, selected: String(r.attended ?? '') === value }, label)));
    actions.push(h('label', { for: id, class: 'inline' }, words.attendance, who.cloneNode(true), choice));
  }
  return h('div', { class: 'hs-actions' }, actions);
}

function messageForm(seminarId) {
  const subject = h('input', { type: 'text', id: 'message-subject', name: 'subject', required: true, maxlength: '200', 'aria-describedby': 'message-subject-error' });
  const body = h('textarea', { id: 'message-body', name: 'body', required: true, 'aria-describedby': 'message-body-error' });
  const waiting = h('input', { type: 'checkbox', id: 'message-waiting' });
  const subjectError = h('p', { id: 'message-subject-error', class: 'hs-error' });
  const bodyError = h('p', { id: 'message-body-error', class: 'hs-error' });
  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      subjectError.textContent = bodyError.textContent = '';
      try {
        const answer = await post(`/${seminarId}/messages`, { subject: subject.value, body: body.value, includeWaitingList: waiting.checked });
        form.reset();
        announce(format(words.sent, answer.recipients));
      } catch (error) {
        subjectError.textContent = (error.fields.subject ?? []).join(' ');
        bodyError.textContent = (error.fields.body ?? []).join(' ');
        subject.setAttribute('aria-invalid', String(Boolean(error.fields.subject)));
        body.setAttribute('aria-invalid', String(Boolean(error.fields.body)));
        announce(format(words.failed, error.message));
        (error.fields.subject ? subject : body).focus();
      }
    },
  },
  h('label', { for: 'message-subject' }, words.subject), subject, subjectError,
  h('label', { for: 'message-body' }, words.body), body, bodyError,
  h('label', { for: 'message-waiting', class: 'inline' }, waiting, words.includeWaiting),
  h('p', {}, h('button', { type: 'submit', class: 'primary' }, words.send)));
  return form;
}

async function showSeminar(seminarId, filter = '') {
  const query = filter ? `?status=${encodeURIComponent(filter)}` : '';
  const [seminar, registrations, waiting, counts] = await Promise.all([
    api(`/${seminarId}`), api(`/${seminarId}/registrations${query}`), api(`/${seminarId}/waiting-list`), api(`/${seminarId}/counts`)]);
  const refresh = () => showSeminar(seminarId, filter);
  const statusNames = { confirmed: words.confirmed, pending: words.pending, offered: words.offered, waitlisted: words.waitlisted, cancelled: words.cancelled };
  const filterSelect = h('select', { id: 'status-filter', 'data-focus-key': 'status-filter', onchange: (event) => showSeminar(seminarId, event.target.value) },
    h('option', { value: '' }, words.all),
    Object.entries(statusNames).map(([value, label]) => h('option', { value, selected: value === filter }, label)));
  const group = (title, rows) => h('section', {}, h('h3', {}, title), table(title, [
    { label: title, value: (g) => g.value || words.unknown },
    { label: words.registered, number: true, value: (g) => String(g.registered) },
    { label: words.attended, number: true, value: (g) => String(g.attended) },
  ], rows));
  show(seminar.name,
    h('p', {}, h('a', { href: '#' }, words.back)),
    h('p', {}, `${words.starts}: ${date(seminar.begins)} · ${words.capacity}: ${seminar.capacity} · ${words.confirmed}: ${seminar.confirmed} · `
      + `${words.pending}: ${seminar.pending} · ${words.offered}: ${seminar.offered} · ${words.waitlisted}: ${seminar.waitlisted} · ${words.fill}: ${percent.format(seminar.fillRate)}`),
    h('h2', {}, words.export),
    h('p', { class: 'hs-actions' },
      h('a', { href: `${apiBase}/${seminarId}/registrations.csv`, download: '' }, words.csv),
      h('a', { href: `${apiBase}/${seminarId}/registrations.xlsx`, download: '' }, words.xlsx)),
    h('h2', {}, words.registrations),
    h('label', { for: 'status-filter' }, words.status), filterSelect,
    table(words.registrations, [
      { label: words.name, value: (r) => r.name },
      { label: words.email, value: (r) => r.email },
      { label: words.organisation, value: (r) => [r.organisation, r.organisationType, r.municipality].filter(Boolean).join(', ') },
      { label: words.status, value: (r) => statusNames[r.status] ?? r.status },
      { label: words.actions, value: (r) => registrationActions(seminarId, r, refresh) },
    ], registrations),
    h('h2', {}, words.waitingList),
    table(words.waitingList, [
      { label: words.position, number: true, value: (r) => String(r.position) },
      { label: words.name, value: (r) => r.name },
      { label: words.email, value: (r) => r.email },
      { label: words.actions, value: (r) => registrationActions(seminarId, r, refresh) },
    ], waiting),
    h('h2', {}, words.message), messageForm(seminarId),
    h('h2', {}, words.counts),
    h('div', { class: 'hs-grid' }, group(words.municipality, counts.byMunicipality), group(words.organisationType, counts.byOrganisationType)));
}

async function route() {
  const match = /^#seminar\/([0-9a-f-]{36})$/i.exec(location.hash);
  try {
    await (match ? showSeminar(match[1]) : showList());
  } catch (error) {
    show(words.seminars, h('p', { role: 'alert', class: 'hs-error' }, format(words.failed, error.message)));
  }
}

window.addEventListener('hashchange', route);
route();
