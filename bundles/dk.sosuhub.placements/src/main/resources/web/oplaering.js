/*
 * The coordinator's placement page (/oplaering): the timeline of the municipality's placement sites by week with
 * the students placed there, capacity and how full each site is; a proposal from the planner with what it would
 * change and the periods it cannot place (with the reason), accepted with one click; pinning a student to a site.
 * The address holds the range (?fra=2026-08-03&til=2027-01-31), so a view can be bookmarked.
 */
(function () {
  'use strict';

  var H = window.SosuHub;
  var el = H.el;
  var TYPES = {
    CARE_HOME: 'Plejecenter', HOME_CARE: 'Hjemmepleje', REHABILITATION: 'Genoptræning', DAY_CENTRE: 'Dagcenter',
    PSYCHIATRY: 'Psykiatri', HOSPITAL: 'Hospital'
  };
  var CHANGES = { NEW: 'Ny', MOVED: 'Flyttes', UNCHANGED: 'Uændret' };
  var RULES = {
    SITE_CAPACITY: 'Stedet har ikke plads på alle dage i perioden',
    SUPERVISOR_CAPACITY: 'Vejlederen har ikke plads på alle dage i perioden',
    SAME_SITE_TWICE: 'Eleven har allerede været i oplæring på stedet',
    SITE_TYPE: 'Uddannelsens regler tillader ikke den type sted i denne periode',
    DIFFERENT_TYPE: 'Stedet skal være af en anden type end i en tidligere periode',
    MAX_TRAVEL: 'Stedet ligger længere væk, end eleven kan rejse',
    SUPERVISOR_OF_SITE: 'Vejlederen hører ikke til stedet',
    PINNED: 'En fastlagt placering skal holdes',
    UNKNOWN_SITE: 'Stedet findes ikke'
  };
  var WEEK_WINDOW = 26;

  var session;
  var range;

  // ---- Dates -------------------------------------------------------------------------------------------

  function parse(iso) {
    var p = String(iso).split('-');
    return new Date(Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2])));
  }

  function iso(d) {
    return d.toISOString().slice(0, 10);
  }

  function addDays(d, n) {
    return new Date(d.getTime() + n * 86400000);
  }

  function monday(d) {
    return addDays(d, -((d.getUTCDay() + 6) % 7));
  }

  /** 2026-08-03 → 3.8.2026 */
  function danish(isoDate) {
    var d = parse(isoDate);
    return d.getUTCDate() + '.' + (d.getUTCMonth() + 1) + '.' + d.getUTCFullYear();
  }

  /** A period's first and last day (the end date is the day after). */
  function span(start, end) {
    return danish(start) + '–' + danish(iso(addDays(parse(end), -1)));
  }

  function validDate(s) {
    return /^\d{4}-\d{2}-\d{2}$/.test(s || '') && !isNaN(parse(s).getTime());
  }

  function choices() {
    var p = new URLSearchParams(location.search);
    var from = validDate(p.get('fra')) ? p.get('fra') : iso(monday(parse(iso(new Date()))));
    var to = validDate(p.get('til')) ? p.get('til') : iso(addDays(parse(from), WEEK_WINDOW * 7 - 1));
    return { from: from, to: to };
  }

  function address(r) {
    return '/oplaering?fra=' + r.from + '&til=' + r.to;
  }

  // ---- Controls ----------------------------------------------------------------------------------------

  function controls() {
    function date(id, label, value) {
      return el('div', { class: 'field' }, el('label', { for: id }, label),
        el('input', { type: 'date', id: id, name: id, value: value, required: 'required' }));
    }
    var form = el('form', { class: 'panel controls', id: 'periode-valg', 'aria-label': 'Vælg perioden' },
      date('fra', 'Fra', range.from),
      date('til', 'Til', range.to),
      el('div', { class: 'actions' },
        el('button', { type: 'submit' }, 'Vis'),
        el('button', { type: 'button', id: 'lav-forslag', class: 'primary', on: { click: propose } }, 'Lav forslag')));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!validDate(form.fra.value) || !validDate(form.til.value)) {
        return;
      }
      range = { from: form.fra.value, to: form.til.value };
      history.pushState(null, '', address(range));
      load();
    });
    return form;
  }

  function status(text) {
    document.getElementById('status').textContent = text;
  }

  // ---- The proposal ------------------------------------------------------------------------------------

  function propose() {
    var button = document.getElementById('lav-forslag');
    var box = H.clear(document.getElementById('forslag'));
    var form = document.getElementById('periode-valg');
    range = { from: form.fra.value, to: form.til.value };
    history.replaceState(null, '', address(range));
    button.disabled = true;
    box.appendChild(el('p', { class: 'loading' }, 'Planlægger … det kan tage op til et halvt minut.'));
    H.api(session.base + '/placements/plan', { method: 'POST', body: { from: range.from, to: range.to } })
      .then(function (proposal) {
        showProposal(proposal);
        status('Forslaget er klar.');
      }, function (error) {
        H.showError(box, error, { from: 'Fra', to: 'Til' });
      })
      .then(function () { button.disabled = false; });
  }

  function reasonsCell(reasons) {
    return el('td', null, (reasons || []).map(function (r) {
      return el('span', { class: 'block', 'data-code': r.code }, r.text);
    }));
  }

  function unplacedList(list) {
    return el('ul', { class: 'unplaced', id: 'ikke-placeret' }, list.map(function (u) {
      return el('li', { 'data-student': u.studentId, 'data-period': u.period },
        el('strong', null, u.studentName), ', ' + u.period + '. oplæringsperiode (' + span(u.startDate, u.endDate) + ')',
        u.previousSiteId ? el('span', { class: 'change-removed' }, ' – mister sit nuværende sted') : null,
        el('span', { class: 'block reason', 'data-code': u.reason.code }, u.reason.text),
        el('span', { class: 'reason-code' }, u.reason.code));
    }));
  }

  function showProposal(p) {
    var box = H.clear(document.getElementById('forslag'));
    var changed = p.assignments.filter(function (a) { return a.change !== 'UNCHANGED'; });
    var removed = p.unplaced.filter(function (u) { return u.previousSiteId; });
    box.appendChild(el('h2', { id: 'forslag-titel' }, 'Forslag ' + danish(p.from) + '–' + danish(p.to)));
    box.appendChild(el('p', { class: 'summary', id: 'forslag-resume' },
      'Forslaget placerer ' + H.number(p.assignments.length) + ' oplæringsperioder. '
      + H.number(p.changes) + (p.changes === 1 ? ' ændring' : ' ændringer') + ' i forhold til den nuværende plan. '
      + H.number(p.unplaced.length) + ' kan ikke placeres.'));
    box.appendChild(el('p', { class: 'muted' }, 'Snusepraktiksted i 1. periode: ' + H.number(p.score.tasterSite) + ' af '
      + H.number(p.score.tasterSitePossible) + ' · 1. prioritet: ' + H.number(p.score.firstPreference)
      + ' · støttebehov dækket: ' + H.number(p.score.supportNeedsMatched) + ' af ' + H.number(p.score.supportNeedsPeriods)
      + ' · samlet transport: ' + H.number(p.score.travelKm) + ' km'));
    if (changed.length || removed.length) {
      box.appendChild(el('h3', null, 'Det ændrer forslaget'));
      box.appendChild(el('div', { class: 'table-scroll' }, el('table', { id: 'aendringer' },
        el('thead', null, el('tr', null, ['Elev', 'Periode', 'Datoer', 'Sted', 'Vejleder', 'Ændring', 'Begrundelse'].map(function (h) {
          return el('th', { scope: 'col' }, h);
        }))),
        el('tbody', null, changed.map(function (a) {
          return el('tr', { 'data-student': a.studentId, 'data-period': a.period },
            el('th', { scope: 'row' }, a.studentName),
            el('td', null, a.period + '.'),
            el('td', null, span(a.startDate, a.endDate)),
            el('td', null, a.siteName),
            el('td', null, a.supervisorName || '–'),
            el('td', null, el('span', { class: 'change-' + a.change.toLowerCase() }, CHANGES[a.change] || a.change)),
            reasonsCell(a.reasons));
        })))));
    } else {
      box.appendChild(el('p', null, 'Forslaget ændrer intet i den nuværende plan.'));
    }
    if (p.unplaced.length) {
      box.appendChild(el('h3', null, 'Kan ikke placeres'));
      box.appendChild(unplacedList(p.unplaced));
    }
    if (p.accepted) {
      box.appendChild(el('p', { class: 'notice', id: 'godkendt' }, 'Forslaget er godkendt.'));
      return;
    }
    var accept = el('button', { type: 'button', id: 'godkend', class: 'primary' }, 'Godkend forslaget');
    var discard = el('button', { type: 'button', id: 'kasser' }, 'Kassér');
    var errors = el('div', { id: 'forslag-fejl' });
    accept.addEventListener('click', function () {
      accept.disabled = true;
      H.api(session.base + '/placements/plans/' + p.id + '/accept', { method: 'POST' }).then(function (accepted) {
        showProposal(accepted);
        status('Forslaget er godkendt.');
        load();
      }, function (error) {
        accept.disabled = false;
        var box409 = H.showError(errors, error);
        if (error.status === 409) {
          box409.appendChild(el('p', null, 'Noget er ændret, siden forslaget blev lavet. Lav et nyt forslag.'));
        }
      });
    });
    discard.addEventListener('click', function () {
      H.clear(box);
      status('Forslaget er kasseret.');
    });
    box.appendChild(el('div', { class: 'actions' }, accept, ' ', discard));
    box.appendChild(errors);
  }

  // ---- The timeline ------------------------------------------------------------------------------------

  function loadClass(week) {
    if (week.capacity === 0) {
      return 'closed';
    }
    if (week.booked > week.capacity) {
      return 'over';
    }
    return week.booked >= week.capacity ? 'full' : 'free';
  }

  function weekIndex(weeks, isoDate) {
    var t = parse(isoDate).getTime();
    for (var i = 0; i < weeks.length; i++) {
      if (t < parse(weeks[i].start).getTime() + 7 * 86400000) {
        return i;
      }
    }
    return weeks.length;
  }

  function timeline(sites, placements) {
    var section = el('section', { class: 'panel', id: 'tidslinje', 'aria-labelledby': 'tidslinje-titel' },
      el('h2', { id: 'tidslinje-titel' }, 'Tidslinje ' + danish(range.from) + '–' + danish(range.to)),
      el('ul', { class: 'legend' },
        el('li', null, el('span', { class: 'free' }), 'ledig plads'),
        el('li', null, el('span', { class: 'full' }), 'fuldt'),
        el('li', null, el('span', { class: 'closed' }), 'lukket'),
        el('li', null, el('span', { class: 'period' }), 'elevens oplæringsperiode (fed: fastlagt)')));
    if (!sites.length) {
      section.appendChild(el('p', { class: 'muted' }, 'Kommunen har ingen oplæringssteder endnu.'));
      return section;
    }
    var weeks = sites[0].weeks;
    var head = el('tr', null, el('th', { scope: 'col' }, 'Oplæringssted'), weeks.map(function (w) {
      return el('th', { scope: 'col', title: 'Uge fra ' + danish(w.start) }, 'uge ' + Number(w.week.slice(6)));
    }));
    var body = el('tbody');
    sites.forEach(function (s) {
      body.appendChild(el('tr', { class: 'site', 'data-site': s.siteId },
        el('th', { scope: 'row', title: s.siteName }, s.siteName, el('span', { class: 'reason-code' },
          (TYPES[s.type] || s.type) + (s.active ? '' : ' · ikke aktiv'))),
        s.weeks.map(function (w) {
          return el('td', { class: 'load ' + loadClass(w), title: w.booked + ' af ' + w.capacity + ' pladser optaget i uge '
            + Number(w.week.slice(6)) }, w.capacity === 0 ? '–' : w.booked + '/' + w.capacity);
        })));
      placements.filter(function (p) { return p.siteId === s.siteId; }).forEach(function (p) {
        var first = Math.max(0, weekIndex(weeks, p.startDate));
        var last = Math.min(weeks.length - 1, weekIndex(weeks, iso(addDays(parse(p.endDate), -1))));
        if (last < first) {
          return;
        }
        var cells = [];
        for (var i = 0; i < first; i++) {
          cells.push(el('td'));
        }
        cells.push(el('td', { class: 'period' + (p.pinned ? ' pinned' : ''), colspan: last - first + 1,
          title: p.studentName + ', ' + p.period + '. oplæringsperiode ' + span(p.startDate, p.endDate)
            + (p.supervisorName ? ', vejleder ' + p.supervisorName : '') },
          p.period + '. periode' + (p.supervisorName ? ' · ' + p.supervisorName : '')));
        for (var j = last + 1; j < weeks.length; j++) {
          cells.push(el('td'));
        }
        body.appendChild(el('tr', { class: 'student', 'data-student': p.studentId, 'data-period': p.period },
          el('th', { scope: 'row' }, p.studentName), cells));
      });
    });
    section.appendChild(el('div', { class: 'table-scroll' }, el('table', { class: 'timeline' }, el('thead', null, head), body)));
    return section;
  }

  // ---- Pinning a student to a site ---------------------------------------------------------------------

  function pinForm(sites, students) {
    var section = el('section', { class: 'panel', id: 'fastlaeg', 'aria-labelledby': 'fastlaeg-titel' },
      el('h2', { id: 'fastlaeg-titel' }, 'Fastlæg en elev på et sted'),
      el('p', { class: 'muted' }, 'En fastlagt placering holdes, når der planlægges igen. Den tjekkes mod kapacitet, '
        + 'vejledere, uddannelsens regler og elevens transport.'));
    var form = el('form', { class: 'pin-form', id: 'fastlaeg-form' },
      el('div', { class: 'field' }, el('label', { for: 'elev' }, 'Elev'),
        el('select', { id: 'elev', name: 'elev', required: 'required' }, students.map(function (s) {
          return el('option', { value: s.id }, (s.name || 'Elev ' + s.id) + ' (' + s.programme + ')');
        }))),
      el('div', { class: 'field' }, el('label', { for: 'periode' }, 'Oplæringsperiode'),
        el('select', { id: 'periode', name: 'periode' }, [1, 2, 3, 4].map(function (n) {
          return el('option', { value: n }, n + '. periode');
        }))),
      el('div', { class: 'field' }, el('label', { for: 'sted' }, 'Oplæringssted'),
        el('select', { id: 'sted', name: 'sted', required: 'required' }, sites.map(function (s) {
          return el('option', { value: s.siteId }, s.siteName + ' (' + (TYPES[s.type] || s.type).toLowerCase() + ')');
        }))),
      el('button', { type: 'submit' }, 'Fastlæg'));
    var result = el('div', { id: 'fastlaeg-svar', role: 'status' });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      H.clear(result);
      H.api(session.base + '/students/' + form.elev.value + '/placements/' + form.periode.value,
        { method: 'PUT', body: { siteId: Number(form.sted.value), pinned: true } })
        .then(function (p) {
          result.appendChild(el('p', { class: 'notice' }, p.studentName + ' er fastlagt på ' + p.siteName + ' i '
            + p.period + '. oplæringsperiode (' + span(p.startDate, p.endDate) + ').'));
          load();
        }, function (error) {
          var errors = error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : [];
          var rules = errors.map(function (e) { return String(e.message || '').split(':')[0]; })
            .filter(function (code) { return RULES[code]; });
          if (error.status === 422 && rules.length) {
            result.appendChild(el('div', { class: 'alert', role: 'alert' },
              el('p', { class: 'alert-message' }, 'Placeringen bryder en regel og er ikke gemt:'),
              el('ul', null, rules.map(function (code) { return el('li', { 'data-code': code }, RULES[code]); }))));
          } else {
            H.showError(result, error, { siteId: 'Oplæringssted', supervisorId: 'Vejleder', period: 'Oplæringsperiode' });
          }
        });
    });
    section.appendChild(form);
    section.appendChild(result);
    return section;
  }

  // ---- Loading -----------------------------------------------------------------------------------------

  function load() {
    var errors = H.clear(document.getElementById('fejl'));
    var holder = document.getElementById('plan');
    status('Henter …');
    var q = '?from=' + range.from + '&to=' + range.to;
    Promise.all([
      H.api(session.base + '/placements/capacity' + q),
      H.api(session.base + '/placements' + q),
      H.api(session.base + '/students?status=ACTIVE&limit=1000')
    ]).then(function (answers) {
      H.clear(holder);
      holder.appendChild(timeline(answers[0], answers[1]));
      var students = (answers[2].items || answers[2] || []).slice().sort(function (a, b) {
        return String(a.name || '').localeCompare(String(b.name || ''), 'da');
      });
      holder.appendChild(pinForm(answers[0], students));
      status('Tidslinjen er opdateret.');
    }, function (error) {
      H.showError(errors, error, { from: 'Fra', to: 'Til' });
      status('');
    });
  }

  function render(s) {
    session = s;
    range = choices();
    var main = H.clear(document.querySelector('main'));
    main.appendChild(el('h1', null, 'Oplæring i ' + s.municipality.name + ' Kommune'));
    main.appendChild(el('p', { class: 'muted lead' }, 'Hvem er i oplæring hvor og hvornår, hvor der er plads, og et forslag '
      + 'til at placere elevernes oplæringsperioder – med begrundelser.'));
    main.appendChild(controls());
    main.appendChild(el('p', { id: 'status', class: 'visually-hidden', role: 'status' }));
    main.appendChild(el('div', { id: 'fejl' }));
    main.appendChild(el('section', { class: 'panel', id: 'forslag', 'aria-live': 'polite' }));
    main.appendChild(el('div', { id: 'plan' }));
    history.replaceState(null, '', address(range));
    load();
  }

  window.addEventListener('popstate', function () {
    if (session && document.getElementById('periode-valg')) {
      range = choices();
      var form = document.getElementById('periode-valg');
      form.fra.value = range.from;
      form.til.value = range.to;
      load();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    H.start({ path: '/oplaering', title: 'Oplæring', render: render });
  });
})();
