/*
 * The student's own page (/mit-forloeb): the plan with its placements, the talks (GET /api/v1/me/journey), the
 * conversations about them (read and answer; new messages appear within 2 seconds), the handovers between
 * placements and the consent to share them with the next site.
 */
(function () {
  'use strict';

  var H = window.SosuHub;
  var el = H.el;
  var POLL_MS = 1000;
  var KINDS = { BASIC: 'Grundforløb', SCHOOL: 'Skoleperiode', PLACEMENT: 'Oplæringsperiode' };
  var TALKS = { EXPECTATIONS: 'Forventningssamtale', MIDTERM: 'Midtvejsevaluering', FINAL: 'Slutevaluering',
    WELFARE: 'Omsorgssamtale', ABSENCE: 'Fraværssamtale', CAREER: 'Karrieresamtale', MUS: 'MUS' };

  var state = { session: null, journey: null, open: null, lastId: 0, timer: null, busy: false };

  function date(iso) {
    return iso ? new Date(iso + (iso.length === 10 ? 'T12:00:00' : '')).toLocaleDateString('da-DK') : '';
  }

  function base() {
    return state.session.base + '/students/' + state.journey.studentId;
  }

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

  function planSection(j) {
    var today = new Date().toISOString().slice(0, 10);
    return el('section', { class: 'panel', 'aria-labelledby': 'plan-titel' },
      el('h2', { id: 'plan-titel' }, 'Min plan'),
      el('p', null, j.name + ' · ' + (j.programme === 'SSH' ? 'Social- og sundhedshjælper' : 'Social- og sundhedsassistent')
        + ' · ' + date(j.startDate) + '–' + date(j.endDate)),
      el('p', null, 'Personlig vejleder: ' + (j.personalAdvisor || 'ikke angivet')),
      el('table', { class: 'plan', id: 'plan' },
        el('thead', null, el('tr', null, el('th', null, 'Periode'), el('th', null, 'Fra'), el('th', null, 'Til'),
          el('th', null, 'Oplæringssted'), el('th', null, 'Oplæringsvejleder'))),
        el('tbody', null, j.plan.map(function (p) {
          var now = p.startDate <= today && today < p.endDate;
          return el('tr', { class: now ? 'nu' : null },
            el('td', null, (KINDS[p.kind] || p.kind) + (p.kind === 'BASIC' ? '' : ' ' + p.number) + (now ? ' (nu)' : '')),
            el('td', null, date(p.startDate)), el('td', null, date(p.endDate)),
            el('td', null, p.site || ''), el('td', null, p.supervisor || ''));
        }))));
  }

  function talksSection(j) {
    return el('section', { class: 'panel', 'aria-labelledby': 'samtaler-titel' },
      el('h2', { id: 'samtaler-titel' }, 'Mine samtaler med vejledere'),
      j.talks.length ? el('ul', null, j.talks.map(function (t) {
        return el('li', null, (TALKS[t.type] || t.type) + ', ' + date(t.date));
      })) : el('p', { class: 'muted' }, 'Der er endnu ikke holdt samtaler.'));
  }

  function handoverSection() {
    var section = el('section', { class: 'panel', 'aria-labelledby': 'overgang-titel', id: 'overgange' },
      el('h2', { id: 'overgang-titel' }, 'Overgangsskemaer'));
    var consent = el('input', { type: 'checkbox', id: 'samtykke' });
    var status = el('p', { 'aria-live': 'polite', class: 'muted', id: 'samtykke-status' });
    section.appendChild(el('div', { class: 'field' }, el('label', { for: 'samtykke' }, consent,
      ' Jeg giver samtykke til, at mit næste oplæringssted må læse mine overgangsskemaer')));
    section.appendChild(status);
    var list = el('div', { id: 'overgang-liste' });
    section.appendChild(list);
    H.api(base() + '/consents/handover').then(function (c) { consent.checked = c.given; });
    consent.addEventListener('change', function () {
      H.api(base() + '/consents/handover', { method: 'PUT', body: { given: consent.checked } }).then(function (c) {
        status.textContent = c.given ? 'Dit næste oplæringssted kan nu læse dine overgangsskemaer.'
          : 'Dit samtykke er trukket tilbage. Det næste oplæringssted kan ikke længere læse indholdet.';
      }, function (error) { H.showError(status, error); });
    });
    H.api(base() + '/handovers').then(function (handovers) {
      if (!handovers.length) {
        list.appendChild(el('p', { class: 'muted' }, 'Der er endnu ingen overgangsskemaer om dig.'));
      }
      handovers.forEach(function (h) {
        list.appendChild(el('article', { class: 'overgang' },
          el('h3', null, 'Efter oplæringsperiode ' + h.placement + ' (skrevet af ' + h.author + ')'),
          el('p', null, el('strong', null, 'Det har du lært: '), h.learnt),
          el('p', null, el('strong', null, 'Aftalt støtte: '), h.support),
          el('p', null, el('strong', null, 'Til det næste sted: '), h.nextSiteNotes)));
      });
    });
    return section;
  }

  function conversationsSection() {
    return el('section', { class: 'panel', 'aria-labelledby': 'beskeder-titel' },
      el('h2', { id: 'beskeder-titel' }, 'Mine beskeder'),
      el('div', { class: 'beskeder' },
        el('ul', { class: 'indbakke', id: 'indbakke' }),
        el('div', { id: 'samtale' }, el('p', { class: 'muted' }, 'Vælg en samtale.'))));
  }

  function renderInbox(inbox) {
    var list = document.getElementById('indbakke');
    H.clear(list);
    if (!inbox.conversations.length) {
      list.appendChild(el('li', { class: 'muted' }, 'Ingen samtaler endnu.'));
    }
    inbox.conversations.forEach(function (c) {
      list.appendChild(el('li', { 'data-samtale': c.id }, el('button', { type: 'button',
        'aria-current': state.open && state.open.id === c.id ? 'true' : 'false', on: { click: function () { open(c); } } },
        el('span', { class: 'emne' }, c.subject),
        c.unread ? el('span', { class: 'ulaest' }, String(c.unread)) : null)));
    });
  }

  function open(c) {
    state.open = c;
    state.lastId = 0;
    var errors = el('div', { 'aria-live': 'assertive' });
    var text = el('textarea', { id: 'ny-besked', required: true, maxlength: '10000' });
    var form = el('form', { id: 'skriv' }, errors,
      el('div', { class: 'field' }, el('label', { for: 'ny-besked' }, 'Svar'), text),
      el('button', { type: 'submit', id: 'send' }, 'Send'));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      H.api(base() + '/conversations/' + c.id + '/messages', { method: 'POST', body: { text: text.value } })
        .then(function () { text.value = ''; poll(); }, function (error) { H.showError(errors, error, { text: 'Svar' }); });
    });
    var pane = H.clear(document.getElementById('samtale'));
    pane.appendChild(el('h3', null, c.subject));
    pane.appendChild(el('ul', { class: 'traad', id: 'traad', 'aria-live': 'polite' }));
    pane.appendChild(form);
    poll();
  }

  function poll() {
    if (state.busy) {
      return;
    }
    state.busy = true;
    var c = state.open;
    var work = [H.api('/api/v1/me/inbox').then(renderInbox)];
    if (c) {
      work.push(H.api(base() + '/conversations/' + c.id + '/messages?after=' + state.lastId).then(function (messages) {
        var thread = document.getElementById('traad');
        messages.forEach(function (m) {
          if (thread && !thread.querySelector('[data-besked="' + m.id + '"]')) {
            thread.appendChild(el('li', { class: 'besked' + (m.author === state.session.me.username ? ' egen' : ''), 'data-besked': m.id },
              el('div', { class: 'hvem' }, m.author), textWithLinks(m.text, m.links)));
          }
          state.lastId = Math.max(state.lastId, m.id);
        });
      }));
    }
    Promise.all(work).catch(function () { /* the next poll tries again */ }).then(function () { state.busy = false; });
  }

  function render(session) {
    state.session = session;
    var main = H.clear(document.querySelector('main'));
    main.appendChild(el('h1', null, 'Mit forløb'));
    H.api('/api/v1/me/journey').then(function (j) {
      state.journey = j;
      main.appendChild(planSection(j));
      main.appendChild(conversationsSection());
      main.appendChild(handoverSection());
      main.appendChild(talksSection(j));
      clearInterval(state.timer);
      state.timer = setInterval(poll, POLL_MS);
      poll();
    }, function (error) {
      main.appendChild(el('p', { class: 'alert' }, error.status === 403
        ? 'Siden er for elever. Som medarbejder finder du beskederne under Beskeder.' : error.message));
    });
  }

  H.start({ path: '/mit-forloeb', title: 'Mit forløb', render: render });
})();
