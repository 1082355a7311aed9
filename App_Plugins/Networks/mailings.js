// Mailings in the Networks staff module: a network's mailings with delivery counts (queued, sent, failed), writing
// and changing a draft (subject and plain-text body per language, Swedish required), deleting it and sending it; and
// members' addresses that stopped receiving mailings after permanent delivery failures, each with "resume mailings".
// Imported by networks.js, which passes its helpers in `ui`; text from the server is set as text, never HTML.

const texts = {
  sv: {
    mailings: 'Utskick', link: 'Utskick till medlemmarna', back: 'Tillbaka till nätverket', subject: 'Ämne', status: 'Läge',
    created: 'Skapat', sent: 'Skickat', recipients: 'Mottagare', queued: 'I kö', delivered: 'Levererade', failed: 'Misslyckade',
    actions: 'Åtgärder', edit: 'Ändra', send: 'Skicka', remove: 'Ta bort', refresh: 'Uppdatera siffrorna', compose: 'Skriv ett utskick',
    editing: 'Ändra utkastet', swedish: 'Svenska (krävs)', english: 'Engelska (frivilligt)', body: 'Text (tom rad mellan stycken)',
    save: 'Spara utkast', cancel: 'Avbryt ändringen', confirmSend: 'Skicka "{0}" till nätverkets aktiva medlemmar nu?', confirmRemove: 'Ta bort utkastet "{0}"?',
    note: 'Utskicket går till aktiva medlemmar som inte har avslutat utskicken, på deras språk om det finns, annars på svenska. Varje meddelande har en länk för att avsluta utskicken.',
    states: { draft: 'Utkast', sending: 'Skickas', sent: 'Skickat' },
    stopped: 'Adresser som inte längre får utskick', member: 'Medlem', failures: 'Misslyckanden i rad', stoppedAt: 'Stoppad',
    stoppedNote: 'E-postservern hos de här medlemmarna har avvisat flera utskick i rad, så de får inga fler. Återuppta när adressen fungerar igen (till exempel när medlemmen har hört av sig).',
    resume: 'Återuppta utskick', confirmResume: 'Återuppta utskick till {0}?',
  },
  en: {
    mailings: 'Mailings', link: 'Mailings to the members', back: 'Back to the network', subject: 'Subject', status: 'Status',
    created: 'Created', sent: 'Sent', recipients: 'Recipients', queued: 'Queued', delivered: 'Delivered', failed: 'Failed',
    actions: 'Actions', edit: 'Edit', send: 'Send', remove: 'Delete', refresh: 'Refresh the counts', compose: 'Write a mailing',
    editing: 'Edit the draft', swedish: 'Swedish (required)', english: 'English (optional)', body: 'Text (blank line between paragraphs)',
    save: 'Save draft', cancel: 'Cancel editing', confirmSend: 'Send "{0}" to the network\'s active members now?', confirmRemove: 'Delete the draft "{0}"?',
    note: 'The mailing goes to active members who have not unsubscribed, in their language when it exists, otherwise in Swedish. Every message carries an unsubscribe link.',
    states: { draft: 'Draft', sending: 'Being sent', sent: 'Sent' },
    stopped: 'Addresses that no longer receive mailings', member: 'Member', failures: 'Failures in a row', stoppedAt: 'Stopped',
    stoppedNote: 'The mail servers of these members refused several mailings in a row, so they get no more. Resume when the address works again (for example when the member has been in touch).',
    resume: 'Resume mailings', confirmResume: 'Resume mailings to {0}?',
  },
};

const date = (value) => (value ? value.slice(0, 16).replace('T', ' ') : '');

/** The link from a network's page to its mailings. */
export function mailingsLink(ui, networkId) {
  return ui.h('p', {}, ui.h('a', { href: `#network/${networkId}/mailings` }, texts[ui.language].link));
}

/** Renders a network's mailings and the compose form into the module root. */
export async function showMailings(ui, networkId, editing = null) {
  const words = texts[ui.language];
  const { h } = ui;
  const refresh = () => showMailings(ui, networkId);
  const [networks, mailings, stopped] = await Promise.all([ui.api('/'), ui.api(`/${networkId}/mailings`), ui.api(`/${networkId}/mailings/stopped-addresses`)]);
  const network = networks.find((n) => n.id === networkId);
  const button = (label, subject, onclick) => h('button', { type: 'button', onclick }, label, h('span', { class: 'hs-visually-hidden' }, ` ${subject}`));
  const actions = (m) => {
    const subject = m.texts.sv?.subject ?? '';
    if (m.status === 'sent') return '';
    return [
      m.status === 'draft' ? button(words.edit, subject, () => showMailings(ui, networkId, m).catch(ui.fail)) : null,
      button(words.send, subject, () => confirm(words.confirmSend.replace('{0}', subject)) && ui.act(() => ui.post(`/mailings/${m.id}/send`), refresh)),
      m.status === 'draft' ? button(words.remove, subject, () => confirm(words.confirmRemove.replace('{0}', subject)) && ui.act(() => ui.api(`/mailings/${m.id}`, { method: 'DELETE' }), refresh)) : null,
    ];
  };
  ui.show(`${words.mailings}: ${network?.name ?? ''}`,
    h('p', {}, h('a', { href: `#network/${networkId}` }, words.back)),
    h('p', {}, words.note),
    h('div', { class: 'hs-actions' }, h('button', { type: 'button', onclick: () => refresh().catch(ui.fail) }, words.refresh)),
    ui.table(words.mailings, [
      { label: words.subject, value: (m) => m.texts.sv?.subject ?? '' },
      { label: words.status, value: (m) => words.states[m.status] ?? m.status },
      { label: words.created, value: (m) => date(m.createdAt) },
      { label: words.sent, value: (m) => date(m.sentAt) },
      { label: words.recipients, value: (m) => String(m.recipients) },
      { label: words.queued, value: (m) => String(m.delivery.queued) },
      { label: words.delivered, value: (m) => String(m.delivery.sent) },
      { label: words.failed, value: (m) => String(m.delivery.failed) },
      { label: words.actions, value: actions },
    ], mailings),
    stoppedAddresses(ui, words, networkId, stopped, refresh),
    composeForm(ui, words, networkId, editing, refresh));
}

function stoppedAddresses(ui, words, networkId, stopped, refresh) {
  const { h } = ui;
  const resume = (s) => h('button', { type: 'button', onclick: () => confirm(words.confirmResume.replace('{0}', s.email))
    && ui.act(() => ui.post(`/${networkId}/mailings/stopped-addresses/${s.id}/clear`), refresh) },
  words.resume, h('span', { class: 'hs-visually-hidden' }, ` ${s.email}`));
  return h('section', { 'aria-labelledby': 'hs-stopped-heading' },
    h('h2', { id: 'hs-stopped-heading' }, words.stopped),
    h('p', {}, words.stoppedNote),
    ui.table(words.stopped, [
      { label: words.member, value: (s) => [s.name || s.email, s.name ? h('br') : null, s.name ? s.email : null] },
      { label: words.failures, value: (s) => String(s.failures) },
      { label: words.stoppedAt, value: (s) => date(s.stoppedAt) },
      { label: words.actions, value: resume },
    ], stopped));
}

function composeForm(ui, words, networkId, editing, refresh) {
  const { h } = ui;
  const fields = {};
  const part = (culture, legend) => {
    const subject = h('input', { id: `hs-mailing-${culture}-subject`, type: 'text', maxlength: '200', autocomplete: 'off', value: editing?.texts[culture]?.subject ?? '' });
    const body = h('textarea', { id: `hs-mailing-${culture}-body`, rows: '10', maxlength: '20000' });
    body.value = editing?.texts[culture]?.body ?? '';
    fields[culture] = { subject, body };
    return h('fieldset', {}, h('legend', {}, legend),
      h('label', { for: subject.id }, words.subject), subject,
      h('label', { for: body.id }, words.body), body);
  };
  const input = () => {
    const result = {};
    for (const [culture, { subject, body }] of Object.entries(fields)) {
      if (culture === 'sv' || subject.value.trim() || body.value.trim()) result[culture] = { subject: subject.value, body: body.value };
    }
    return { texts: result };
  };
  const save = () => (editing
    ? ui.api(`/mailings/${editing.id}`, { method: 'PUT', body: JSON.stringify(input()) })
    : ui.post(`/${networkId}/mailings`, input()));
  return h('form', { class: 'hs-mailing-form', onsubmit: (event) => { event.preventDefault(); ui.act(save, refresh); } },
    h('h2', {}, editing ? words.editing : words.compose),
    part('sv', words.swedish),
    part('en', words.english),
    h('div', { class: 'hs-actions' },
      h('button', { type: 'submit', class: 'primary' }, words.save),
      editing ? h('button', { type: 'button', onclick: () => refresh().catch(ui.fail) }, words.cancel) : null));
}

