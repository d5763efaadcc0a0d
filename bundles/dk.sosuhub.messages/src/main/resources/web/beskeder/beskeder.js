/*
 * The staff's messages (/beskeder): the inbox (GET /api/v1/me/inbox), a conversation's thread, compose with
 * attachments, new conversations about a student, and the e-mail notification settings. The inbox and the open
 * thread are polled every second, so a new message shows within 2 seconds without a reload.
 */
(function () {
  'use strict';

  var H = window.SosuHub;
  var el = H.el;
  var POLL_MS = 1000;
  var FREQUENCIES = [['IMMEDIATE', 'Straks (samlet inden for en halv time, kl. 7–18)'], ['DAILY', 'Dagligt kl. 16'],
    ['WEEKLY', 'Ugentligt mandag kl. 8'], ['NEVER', 'Aldrig']];
  var KINDS = [['MESSAGE', 'Nye beskeder'], ['ABSENCE', 'Fravær'], ['HANDOVER', 'Overgangsskemaer']];

  var state = { session: null, open: null, lastId: 0, timer: null, busy: false };

  function time(iso) {
    return iso ? new Date(iso).toLocaleString('da-DK', { dateStyle: 'short', timeStyle: 'short' }) : '';
  }

  /** Plain text with its http(s) links as links: text nodes only, never HTML. */
  function textWithLinks(text, links) {
    var p = el('p', { class: 'tekst' });
    var rest = text;
    (links || []).forEach(function (link) {
      var at = rest.indexOf(link);
      if (at < 0) {
        return;
      }
      p.appendChild(document.createTextNode(rest.slice(0, at)));
      p.appendChild(el('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, link));
      rest = rest.slice(at + link.length);
    });
    p.appendChild(document.createTextNode(rest));
    return p;
  }

  function messageItem(m) {
    var files = (m.attachments || []).map(function (a) {
      return el('li', null, el('a', { class: 'bilag', href: '#', 'data-bilag': a.id, on: { click: function (e) {
        e.preventDefault();
        download(a);
      } } }, a.fileName + ' (' + Math.ceil(a.size / 1024) + ' kB)'));
    });
    return el('li', { class: 'besked' + (m.author === state.session.me.username ? ' egen' : ''), 'data-besked': m.id },
      el('div', { class: 'hvem' }, m.author + ' · ' + time(m.createdAt)),
      textWithLinks(m.text, m.links),
      files.length ? el('ul', { class: 'bilag-liste' }, files) : null);
  }

  function download(a) {
    var c = state.open;
    var token = sessionStorage.getItem('sosuhub.auth');
    fetch(state.session.base + '/students/' + c.studentId + '/conversations/' + c.id + '/attachments/' + a.id,
      { headers: { Authorization: 'Basic ' + token }, credentials: 'omit' })
      .then(function (r) { return r.blob(); })
      .then(function (blob) {
        var url = URL.createObjectURL(blob);
        var link = el('a', { href: url, download: a.fileName });
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      });
  }

  // ---- Inbox -------------------------------------------------------------------------------------------------

  function renderInbox(inbox) {
    var list = document.getElementById('indbakke');
    if (!list) {
      return;
    }
    document.getElementById('ulaeste-i-alt').textContent = inbox.unread === 1 ? '1 ulæst' : inbox.unread + ' ulæste';
    H.clear(list);
    if (!inbox.conversations.length) {
      list.appendChild(el('li', { class: 'muted' }, 'Ingen samtaler endnu.'));
    }
    inbox.conversations.forEach(function (c) {
      list.appendChild(el('li', { 'data-samtale': c.id },
        el('button', { type: 'button', 'aria-current': state.open && state.open.id === c.id ? 'true' : 'false',
          on: { click: function () { openConversation(c); } } },
          el('span', null, el('span', { class: 'emne' }, c.subject),
            el('span', { class: 'elev' }, c.studentName + (c.staffOnly ? ' · ' : '')),
            c.staffOnly ? el('span', { class: 'staff-only' }, 'Kun personale') : null),
          c.unread ? el('span', { class: 'ulaest', 'aria-label': c.unread + ' ulæste' }, String(c.unread)) : null)));
    });
  }

  function refreshInbox() {
    return H.api('/api/v1/me/inbox').then(renderInbox);
  }

  // ---- Thread ------------------------------------------------------------------------------------------------

  function openConversation(c) {
    state.open = c;
    state.lastId = 0;
    var thread = el('ul', { class: 'traad', id: 'traad', 'aria-live': 'polite' });
    var errors = el('div', { 'aria-live': 'assertive' });
    var text = el('textarea', { id: 'ny-besked', name: 'text', required: true, maxlength: '10000' });
    var file = el('input', { id: 'bilag', type: 'file', accept: '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods' });
    var form = el('form', { id: 'skriv', class: 'panel' },
      el('h3', null, 'Skriv en besked'),
      errors,
      el('div', { class: 'field' }, el('label', { for: 'ny-besked' }, 'Besked'), text),
      el('div', { class: 'field' }, el('label', { for: 'bilag' }, 'Vedhæft fil (PDF, billede eller Office-dokument, højst 10 MB)'), file),
      el('button', { type: 'submit', id: 'send' }, 'Send'));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      H.clear(errors);
      send(c, text.value, file.files[0]).then(function () {
        text.value = '';
        file.value = '';
        poll();
      }, function (error) { H.showError(errors, error, { text: 'Besked', content: 'Fil' }); });
    });
    var pane = H.clear(document.getElementById('samtale'));
    pane.appendChild(el('h2', { id: 'samtale-titel' }, c.subject));
    pane.appendChild(el('p', { class: 'muted' }, 'Om ' + c.studentName + (c.staffOnly ? ' · kun personale' : ' · eleven deltager')));
    pane.appendChild(thread);
    pane.appendChild(form);
    poll();
  }

  function send(c, text, file) {
    var base = state.session.base + '/students/' + c.studentId + '/conversations/' + c.id;
    var upload = file ? uploadFile(base, file).then(function (a) { return [a.id]; }) : Promise.resolve([]);
    return upload.then(function (ids) {
      return H.api(base + '/messages', { method: 'POST', body: { text: text, attachmentIds: ids } });
    });
  }

  function uploadFile(base, file) {
    var token = sessionStorage.getItem('sosuhub.auth');
    return fetch(base + '/attachments?filename=' + encodeURIComponent(file.name), { method: 'POST', body: file,
      headers: { Authorization: 'Basic ' + token, 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
      credentials: 'omit' }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new H.ApiError(r.status, body);
        }
        return body;
      });
    });
  }

  function poll() {
    if (state.busy) {
      return Promise.resolve();
    }
    state.busy = true;
    var c = state.open;
    var work = [refreshInbox()];
    if (c) {
      work.push(H.api(state.session.base + '/students/' + c.studentId + '/conversations/' + c.id + '/messages?after=' + state.lastId)
        .then(function (messages) {
          var thread = document.getElementById('traad');
          if (!thread || state.open !== c) {
            return;
          }
          messages.forEach(function (m) {
            if (!thread.querySelector('[data-besked="' + m.id + '"]')) {
              thread.appendChild(messageItem(m));
            }
            state.lastId = Math.max(state.lastId, m.id);
          });
          if (messages.length) {
            thread.scrollTop = thread.scrollHeight;
          }
        }));
    }
    return Promise.all(work).catch(function () { /* shown by the next successful poll */ })
      .then(function () { state.busy = false; });
  }

  // ---- New conversation ---------------------------------------------------------------------------------------

  function newConversationForm() {
    var errors = el('div', { 'aria-live': 'assertive' });
    var student = el('input', { id: 'elev-id', type: 'number', min: '1', required: true });
    var subject = el('input', { id: 'emne', type: 'text', maxlength: '200', required: true });
    var staffOnly = el('input', { id: 'kun-personale', type: 'checkbox' });
    var first = el('textarea', { id: 'foerste-besked' });
    var form = el('form', { id: 'ny-samtale', class: 'panel' },
      el('h2', null, 'Ny samtale'),
      errors,
      el('div', { class: 'field' }, el('label', { for: 'elev-id' }, 'Elev (nummer i elevregistret)'), student),
      el('div', { class: 'field' }, el('label', { for: 'emne' }, 'Emne'), subject),
      el('div', { class: 'field' }, el('label', { for: 'kun-personale' }, staffOnly, ' Kun for personalet (eleven deltager ikke)')),
      el('div', { class: 'field' }, el('label', { for: 'foerste-besked' }, 'Første besked'), first),
      el('button', { type: 'submit' }, 'Opret samtale'));
    H.api(state.session.base + '/students?limit=200').then(function (page) {
      var select = el('select', { id: 'elev-id', required: true }, page.items.map(function (s) {
        return el('option', { value: s.id }, s.name + ' (' + s.programme + ')');
      }));
      student.replaceWith(select);
      student = select;
    }, function () { /* supervisors type the number */ });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      H.clear(errors);
      H.api(state.session.base + '/students/' + encodeURIComponent(student.value) + '/conversations', { method: 'POST',
        body: { subject: subject.value, staffOnly: staffOnly.checked, text: first.value.trim() ? first.value : null } })
        .then(function (c) {
          subject.value = '';
          first.value = '';
          openConversation(c);
        }, function (error) { H.showError(errors, error, { subject: 'Emne', text: 'Første besked' }); });
    });
    return form;
  }

  // ---- Settings -------------------------------------------------------------------------------------------------

  function settingsForm() {
    var status = el('p', { 'aria-live': 'polite', class: 'muted', id: 'indstillinger-status' });
    var selects = {};
    var form = el('form', { id: 'indstillinger', class: 'panel indstillinger' },
      el('h2', null, 'Indstillinger for e-mails'),
      el('p', { class: 'muted' }, 'E-mails fortæller kun, at der er nyt, med elevens fornavn og et link. Indholdet står kun her.'),
      KINDS.map(function (k) {
        selects[k[0]] = el('select', { id: 'frekvens-' + k[0] }, FREQUENCIES.map(function (f) {
          return el('option', { value: f[0] }, f[1]);
        }));
        return el('div', { class: 'field' }, el('label', { for: 'frekvens-' + k[0] }, k[1]), selects[k[0]]);
      }),
      status,
      el('button', { type: 'submit' }, 'Gem indstillinger'));
    H.api('/api/v1/me/notifications').then(function (prefs) {
      Object.keys(selects).forEach(function (k) { selects[k].value = prefs[k]; });
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {};
      Object.keys(selects).forEach(function (k) { body[k] = selects[k].value; });
      H.api('/api/v1/me/notifications', { method: 'PUT', body: body }).then(function () {
        status.textContent = 'Dine indstillinger er gemt.';
      }, function (error) { H.showError(status, error); });
    });
    return form;
  }

  function render(session) {
    state.session = session;
    state.open = null;
    var main = H.clear(document.querySelector('main'));
    main.appendChild(el('h1', null, 'Beskeder'));
    main.appendChild(el('div', { class: 'beskeder' },
      el('section', { 'aria-labelledby': 'indbakke-titel' },
        el('h2', { id: 'indbakke-titel' }, 'Indbakke ', el('span', { id: 'ulaeste-i-alt', class: 'muted' }, '')),
        el('ul', { class: 'indbakke', id: 'indbakke' })),
      el('section', { id: 'samtale', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Vælg en samtale i indbakken.'))));
    main.appendChild(newConversationForm());
    main.appendChild(settingsForm());
    clearInterval(state.timer);
    state.timer = setInterval(poll, POLL_MS);
    poll();
  }

  H.start({ path: '/beskeder', title: 'Beskeder', render: render });
})();
