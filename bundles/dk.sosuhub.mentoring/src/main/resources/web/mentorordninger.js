/*
 * The mentoring schemes' page (/mentorordninger): the schemes with their key figures, the mentors with their load,
 * the relationships that need a check-in and a referral form with the suggested mentors. Uses /assets/sosuhub.js.
 */
(function () {
  'use strict';

  var H = window.SosuHub;
  var el = H.el;
  var session;

  var SCHEMES = [
    { code: 'RETENTION_MENTOR', label: 'Fastholdelsesmentor' },
    { code: 'BUDDY', label: 'Buddy' },
    { code: 'NEW_GRADUATE_MENTOR', label: 'Mentor for nyuddannede' },
    { code: 'EVERYDAY_GUIDE', label: 'Hverdagsguide' }
  ];
  var SCHEME_LABEL = {};
  SCHEMES.forEach(function (s) { SCHEME_LABEL[s.code] = s.label; });

  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  function danishDate(iso) {
    return iso ? iso.split('-').reverse().join('.') : '–';
  }

  function figure(label, value, cls, key) {
    return el('div', { class: 'figure' + (cls ? ' ' + cls : '') },
      el('dt', null, label), el('dd', { 'data-figure': key }, value));
  }

  function schemeCard(scheme, k) {
    var card = el('section', { class: 'panel scheme', 'data-scheme': scheme.code, 'aria-label': scheme.label },
      el('h3', null, scheme.label),
      el('dl', { class: 'figures' },
        figure('Henvist', H.number(k.referred), null, 'referred'),
        figure('Startet', H.number(k.started), null, 'started'),
        figure('Afsluttet', H.number(k.closed), null, 'closed'),
        figure('Aktive nu', H.number(k.activeNow), null, 'activeNow')),
      el('p', null, 'Lykkedes: ', el('strong', { 'data-figure': 'successRate' },
        k.successRate === null ? '–' : H.percent(k.successRate, 0)),
        k.closed ? ' (' + H.number(k.successful) + ' af ' + H.number(k.closed) + ' afsluttede forløb fungerer godt i uddannelsen eller er færdiguddannede)' : ''),
      k.meanWeeksToStart === null ? null
        : el('p', { class: 'muted' }, 'I gennemsnit ' + H.number(k.meanWeeksToStart) + ' uger fra henvisning til start.'));
    var r = k.retention;
    if (scheme.code === 'RETENTION_MENTOR' && r && r.withMentor) {
      card.appendChild(el('p', { class: 'muted', 'data-figure': 'dropout' },
        'Frafald blandt elever med fastholdelsesmentor: ' + H.percent(r.dropoutRateWithMentor)
        + ' (' + H.number(r.withMentorDroppedOut) + ' af ' + H.number(r.withMentor) + '); '
        + (r.withoutMentor ? 'uden, i de samme årgange: ' + H.percent(r.dropoutRateWithoutMentor)
          + ' (' + H.number(r.withoutMentorDroppedOut) + ' af ' + H.number(r.withoutMentor) + ').'
          : 'ingen andre elever i de samme årgange.')));
    }
    return card;
  }

  function mentorsSection(mentors) {
    var section = el('section', { class: 'panel', id: 'mentorer', 'aria-labelledby': 'mentorer-titel' },
      el('h2', { id: 'mentorer-titel' }, 'Mentorer og deres belastning'));
    if (!mentors.length) {
      section.appendChild(el('p', { class: 'muted' }, 'Kommunen har ingen mentorer endnu.'));
      return section;
    }
    section.appendChild(el('div', { class: 'table-scroll' }, el('table', { class: 'list' },
      el('thead', null, el('tr', null, ['Mentor', 'Ordninger', 'Arbejdssted', 'Elever nu'].map(function (h) {
        return el('th', { scope: 'col' }, h);
      }))),
      el('tbody', null, mentors.map(function (m) {
        return el('tr', { 'data-mentor': m.id },
          el('th', { scope: 'row' }, m.name, m.active ? null : el('span', { class: 'muted block' }, 'ikke aktiv')),
          el('td', null, m.schemes.map(function (s) { return SCHEME_LABEL[s] || s; }).join(', ')),
          el('td', null, m.site || '–'),
          el('td', { class: m.load >= m.capacity ? 'full' : null, 'data-load': m.load + '/' + m.capacity },
            H.number(m.load) + ' af ' + H.number(m.capacity) + (m.load >= m.capacity ? ' (fuld)' : '')));
      })))));
    return section;
  }

  function followUpSection(relationships) {
    var due = relationships.filter(function (r) { return r.health === 'NEEDS_CHECK_IN'; });
    var section = el('section', { class: 'panel', id: 'opfoelgning', 'aria-labelledby': 'opfoelgning-titel' },
      el('h2', { id: 'opfoelgning-titel' }, 'Forløb der mangler opfølgning'));
    if (!due.length) {
      section.appendChild(el('p', { class: 'muted' }, 'Alle aktive forløb er fulgt op.'));
      return section;
    }
    section.appendChild(el('div', { class: 'table-scroll' }, el('table', { class: 'list' },
      el('thead', null, el('tr', null, ['Elev', 'Ordning', 'Mentor', 'Startet', 'Seneste opfølgning', ''].map(function (h) {
        return el('th', { scope: 'col' }, h);
      }))),
      el('tbody', null, due.map(function (r) {
        var cell = el('td');
        var button = el('button', { type: 'button', on: { click: function () {
          button.disabled = true;
          H.api(session.base + '/mentoring/relationships/' + r.id + '/check-ins', { method: 'POST', body: { date: today() } })
            .then(function () {
              H.clear(cell).appendChild(el('span', { class: 'notice', role: 'status' }, 'Opfølgning registreret'));
            }, function (error) {
              button.disabled = false;
              H.showError(cell, error);
            });
        } } }, 'Opfølgning i dag');
        cell.appendChild(button);
        return el('tr', { 'data-relationship': r.id },
          el('th', { scope: 'row' }, r.studentName || 'Elev ' + r.studentId),
          el('td', null, SCHEME_LABEL[r.scheme] || r.scheme),
          el('td', null, r.mentorName || '–'),
          el('td', null, danishDate(r.startedOn)),
          el('td', null, r.lastCheckIn ? danishDate(r.lastCheckIn) : 'Ingen'),
          cell);
      })))));
    return section;
  }

  function referralSection(students) {
    var result = el('div', { id: 'forslag', 'aria-live': 'polite' });
    var scheme = el('select', { id: 'ordning', name: 'scheme' }, SCHEMES.map(function (s) {
      return el('option', { value: s.code }, s.label);
    }));
    var student = el('select', { id: 'elev', name: 'studentId', required: true },
      el('option', { value: '' }, 'Vælg elev'),
      students.map(function (s) {
        return el('option', { value: s.id }, (s.name || 'Elev ' + s.id) + ' (' + s.programme + ', ' + s.status.toLowerCase() + ')');
      }));
    var needs = el('input', { id: 'behov', name: 'needs', type: 'text', placeholder: 'fx sprog, trivsel' });
    var form = el('form', { id: 'henvis', class: 'panel', 'aria-labelledby': 'henvis-titel' },
      el('h2', { id: 'henvis-titel' }, 'Henvis en elev'),
      el('p', { class: 'muted' }, 'Vælg ordning og elev og se de foreslåede mentorer med point og begrundelse.'),
      el('div', { class: 'form-row' },
        el('div', { class: 'field' }, el('label', { for: 'ordning' }, 'Ordning'), scheme),
        el('div', { class: 'field' }, el('label', { for: 'elev' }, 'Elev'), student),
        el('div', { class: 'field' }, el('label', { for: 'behov' }, 'Støttebehov'), needs,
          el('p', { class: 'hint' }, 'Adskil med komma. Sprog og kompetencer hos mentoren giver flere point.'))),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Find forslag')),
      result);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      H.clear(result);
      if (!student.value) {
        result.appendChild(el('div', { class: 'alert', role: 'alert' }, 'Vælg en elev.'));
        return;
      }
      var tags = needs.value.split(',').map(function (t) { return t.trim(); }).filter(function (t) { return t; });
      H.api(session.base + '/mentoring/suggestions?studentId=' + encodeURIComponent(student.value) + '&scheme='
        + encodeURIComponent(scheme.value) + (tags.length ? '&needs=' + encodeURIComponent(tags.join(',')) : ''))
        .then(function (list) {
          showSuggestions(result, list, { scheme: scheme.value, studentId: Number(student.value), supportNeeds: tags });
        }, function (error) { H.showError(result, error); });
    });
    return form;
  }

  function refer(box, referral, mentorId) {
    var body = { scheme: referral.scheme, studentId: referral.studentId, referredOn: today(), supportNeeds: referral.supportNeeds };
    if (mentorId) {
      body.mentorId = mentorId;
    }
    return H.api(session.base + '/mentoring/relationships', { method: 'POST', body: body }).then(function (r) {
      H.clear(box).appendChild(el('p', { class: 'notice', role: 'status', id: 'henvist' },
        'Eleven er henvist' + (r.mentorName ? ' til ' + r.mentorName : '') + ' (' + (SCHEME_LABEL[r.scheme] || r.scheme).toLowerCase() + ').'));
    }, function (error) { H.showError(box, error); });
  }

  function showSuggestions(box, list, referral) {
    if (!list.length) {
      box.appendChild(el('p', { class: 'muted' }, 'Ingen ledige mentorer passer. Du kan henvise uden at vælge mentor.'));
    } else {
      box.appendChild(el('ol', { class: 'suggestions' }, list.map(function (s) {
        return el('li', { 'data-mentor': s.mentorId },
          el('strong', null, s.name), ' · ', el('span', { class: 'score' }, s.score + ' point'),
          ' · ' + s.load + ' af ' + s.capacity + ' pladser i brug',
          el('ul', null, s.reasons.map(function (r) { return el('li', null, r); })),
          el('button', { type: 'button', on: { click: function () { refer(box, referral, s.mentorId); } } }, 'Henvis til ' + s.name));
      })));
    }
    box.appendChild(el('button', { type: 'button', class: 'secondary', on: { click: function () { refer(box, referral, null); } } },
      'Henvis uden mentor'));
  }

  function render(s) {
    session = s;
    var main = H.clear(document.querySelector('main'));
    main.appendChild(el('h1', null, 'Mentorordninger i ' + s.municipality.name + ' Kommune'));
    main.appendChild(el('p', { class: 'muted lead' }, 'Buddyer, fastholdelsesmentorer, mentorer for nyuddannede og '
      + 'hverdagsguider: fra henvisning til resultat.'));
    var errors = el('div', { id: 'fejl' });
    main.appendChild(errors);
    var api = function (path) { return H.api(s.base + path); };
    Promise.all([
      Promise.all(SCHEMES.map(function (k) { return api('/mentoring/kpis?scheme=' + k.code); })),
      api('/mentors'),
      api('/mentoring/relationships?status=ACTIVE'),
      api('/students?limit=1000')
    ]).then(function (r) {
      main.appendChild(el('section', { class: 'panel', id: 'ordninger', 'aria-labelledby': 'ordninger-titel' },
        el('h2', { id: 'ordninger-titel' }, 'Ordningerne'),
        el('div', { class: 'grid' }, SCHEMES.map(function (k, i) { return schemeCard(k, r[0][i]); }))));
      main.appendChild(mentorsSection(r[1]));
      main.appendChild(followUpSection(r[2]));
      main.appendChild(referralSection((r[3].items || []).filter(function (st) { return st.status !== 'DROPPED_OUT'; })));
    }).catch(function (error) { H.showError(errors, error); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    H.start({ path: '/mentorordninger', title: 'Mentorordninger', render: render });
  });
})();
