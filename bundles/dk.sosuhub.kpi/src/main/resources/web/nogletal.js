/*
 * The leaders' KPI dashboard (/nogletal): the municipality's key figures from /api/v1/municipalities/{code}/kpis,
 * drawn as inline SVG. The address holds the choices (?aar=2023&ssh=2022&ssa=2020), so a view can be bookmarked.
 */
(function () {
  'use strict';

  var H = window.SosuHub;
  var el = H.el;
  var SVG = 'http://www.w3.org/2000/svg';
  var PROGRAMMES = ['SSH', 'SSA'];
  var PROGRAMME_NAMES = { SSH: 'Social- og sundhedshjælper (SSH)', SSA: 'Social- og sundhedsassistent (SSA)' };
  var REASONS = {
    PRIVATE_LIFE: 'Udfordringer i privatlivet',
    ACADEMIC_DEMANDS: 'For høje faglige krav',
    ABSENCE: 'Fravær',
    ILLNESS: 'Fysisk eller psykisk sygdom',
    SWITCHED_PROGRAMME: 'Skiftet fra SSA til SSH',
    EMPLOYED_ELSEWHERE: 'Ansat i en anden kommune',
    MOVED: 'Flyttet til en anden kommune',
    DEATH: 'Dødsfald',
    WRONG_CHOICE: 'Forkert uddannelsesvalg',
    OTHER: 'Andet'
  };
  var PHASE_KINDS = { BASIC: 'Grundforløb', SCHOOL: 'Skoleperiode', PLACEMENT: 'Oplæringsperiode' };
  var SICK_LEAVE_YEARS = 5;

  var session;
  var resizeTimer;
  var lastData;

  function phaseLabel(phase) {
    if (phase === 'BASIC') {
      return PHASE_KINDS.BASIC;
    }
    var m = /^([A-Z]+)_(\d+)$/.exec(phase || '');
    return m && PHASE_KINDS[m[1]] ? PHASE_KINDS[m[1]] + ' ' + m[2] : (phase || 'Ukendt fase');
  }

  function phaseOrder(phase) {
    if (phase === 'BASIC') {
      return 0;
    }
    var m = /_(\d+)$/.exec(phase || '');
    return m ? Number(m[1]) * 2 + (phase.indexOf('SCHOOL') === 0 ? 1 : 0) : 99;
  }

  // ---- Choices in the address ----------------------------------------------------------------------------

  function choices() {
    var p = new URLSearchParams(location.search);
    var thisYear = new Date().getFullYear();
    function year(name, fallback) {
      var v = Number(p.get(name));
      return v >= 1990 && v <= thisYear + 5 ? v : fallback;
    }
    return { year: year('aar', null), SSH: year('ssh', null), SSA: year('ssa', null) };
  }

  function address(c) {
    return '/nogletal?aar=' + c.year + '&ssh=' + c.SSH + '&ssa=' + c.SSA;
  }

  // ---- SVG charts ----------------------------------------------------------------------------------------

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) {
        node.setAttribute(k, String(attrs[k]));
      }
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function chartRoot(width, height, title, id) {
    var root = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-labelledby': id + '-titel', class: 'chart', id: id });
    root.appendChild(svg('title', { id: id + '-titel' }, title));
    return root;
  }

  /**
   * Horizontal bars, each with its label above it so that it reads on a phone too.
   * rows: [{label, value, display, kind, figure, marker, markerLabel}]
   */
  function barChart(id, title, rows, width, max) {
    var rowHeight = 48;
    var valueSpace = Math.min(190, Math.round(width * 0.42));
    var barSpace = Math.max(40, width - valueSpace - 4);
    var top = max || Math.max.apply(null, rows.map(function (r) { return Math.max(r.value || 0, r.marker || 0); }).concat([1]));
    var root = chartRoot(width, rows.length * rowHeight + 4, title, id);
    rows.forEach(function (r, i) {
      var y = i * rowHeight;
      var w = Math.round(barSpace * (r.value || 0) / top);
      var g = svg('g', { class: 'row ' + (r.kind || '') });
      g.appendChild(svg('text', { x: 0, y: y + 15, class: 'label' }, r.label));
      g.appendChild(svg('rect', { x: 0, y: y + 21, width: barSpace, height: 18, class: 'track', rx: 3 }));
      g.appendChild(svg('rect', { x: 0, y: y + 21, width: Math.max(w, r.value ? 2 : 0), height: 18, class: 'bar', rx: 3 }));
      if (r.marker !== undefined && r.marker !== null) {
        var mx = Math.round(barSpace * r.marker / top);
        g.appendChild(svg('line', { x1: mx, x2: mx, y1: y + 17, y2: y + 43, class: 'marker' }));
      }
      g.appendChild(svg('text', { x: barSpace + 8, y: y + 35, class: 'value', 'data-figure': r.figure || null }, r.display));
      root.appendChild(g);
    });
    return root;
  }

  /** Columns over time: rows [{label, value, display}]. */
  function columnChart(id, title, rows, width) {
    var height = 210;
    var top = Math.max.apply(null, rows.map(function (r) { return r.value || 0; }).concat([0.0001]));
    var slot = width / rows.length;
    var barWidth = Math.min(56, slot * 0.6);
    var plot = height - 50;
    var root = chartRoot(width, height, title, id);
    root.appendChild(svg('line', { x1: 0, x2: width, y1: plot + 22, y2: plot + 22, class: 'axis' }));
    rows.forEach(function (r, i) {
      var h = Math.round((plot - 10) * (r.value || 0) / top);
      var x = i * slot + (slot - barWidth) / 2;
      var g = svg('g', { class: 'column' });
      g.appendChild(svg('rect', { x: x, y: plot + 22 - h, width: barWidth, height: h, class: 'bar', rx: 2 }));
      g.appendChild(svg('text', { x: x + barWidth / 2, y: plot + 16 - h, class: 'value', 'text-anchor': 'middle',
        'data-figure': 'sick-leave-' + r.label }, r.display));
      g.appendChild(svg('text', { x: x + barWidth / 2, y: height - 8, class: 'label', 'text-anchor': 'middle' }, r.label));
      root.appendChild(g);
    });
    return root;
  }

  /** One bar split in parts: parts [{label, value, kind}] of a whole. */
  function stackedBar(id, title, parts, whole, width) {
    var root = chartRoot(width, 40, title, id);
    var x = 0;
    root.appendChild(svg('rect', { x: 0, y: 6, width: width, height: 28, class: 'track', rx: 3 }));
    parts.forEach(function (p) {
      var w = whole ? width * p.value / whole : 0;
      root.appendChild(svg('rect', { x: x, y: 6, width: w, height: 28, class: 'part ' + p.kind }));
      x += w;
    });
    return root;
  }

  function chartWidth(container) {
    return Math.max(260, Math.min(640, (container.clientWidth || 320) - 2));
  }

  // ---- Sections ------------------------------------------------------------------------------------------

  function csvLink(programme, year) {
    var href = session.base + '/kpis/cohort.csv?programme=' + programme + '&year=' + year;
    return el('a', { href: href, class: 'button secondary csv', id: 'csv-' + programme, download: 'kohorte-' + programme + '-' + year + '.csv',
      on: { click: function (event) { event.preventDefault(); download(href, 'kohorte-' + session.municipality.code + '-' + programme + '-' + year + '.csv'); } } },
      'Hent ' + programme + '-årgangen som CSV');
  }

  /** The CSV is fetched with the session cookie and handed to the browser as a file with a telling name. */
  function download(href, name) {
    fetch(href, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) {
          throw new H.ApiError(r.status, {});
        }
        return r.blob();
      })
      .then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = el('a', { href: url, download: name });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      })
      .catch(function (error) { H.showError(document.getElementById('fejl'), error); });
  }

  function cohortSection(programme, k, width) {
    var rows = [
      { label: 'Ansat som elev', value: k.hired, display: H.number(k.hired), kind: 'hired', figure: 'hired' },
      { label: 'Gennemført', value: k.completed, display: H.number(k.completed) + ' · ' + H.percent(k.completionRate),
        kind: 'completed', figure: 'completion' },
      { label: 'Ansat efter uddannelse', value: k.employed, display: H.number(k.employed) + ' · ' + H.percent(k.employmentRate),
        kind: 'employed', figure: 'employment' },
      { label: 'Frafaldet', value: k.droppedOut, display: H.number(k.droppedOut) + ' · ' + H.percent(k.dropoutRate),
        kind: 'dropout', figure: 'dropout' }
    ];
    if (k.active) {
      rows.splice(3, 0, { label: 'Stadig i gang', value: k.active, display: H.number(k.active), kind: 'active', figure: 'active' });
    }
    var phases = Object.keys(k.dropoutByPhase || {}).sort(function (a, b) { return phaseOrder(a) - phaseOrder(b); });
    return el('section', { class: 'panel cohort', id: 'aargang-' + programme, 'aria-labelledby': 'aargang-' + programme + '-titel' },
      el('h3', { id: 'aargang-' + programme + '-titel' }, PROGRAMME_NAMES[programme] + ', årgang ' + k.year),
      el('dl', { class: 'figures' },
        figure('Gennemført', H.percent(k.completionRate), 'completion'),
        figure('Frafald', H.percent(k.dropoutRate), 'dropout'),
        figure('Ansat af de gennemførte', H.percent(k.employmentRate), 'employment')),
      barChart('tragt-' + programme, 'Årgang ' + k.year + ' ' + programme + ': ansat, gennemført og ansat efter uddannelse', rows, width),
      el('h4', null, 'Frafald efter fase'),
      phases.length
        ? barChart('faser-' + programme, 'Frafald efter fase, ' + programme + ' årgang ' + k.year, phases.map(function (p) {
          return { label: phaseLabel(p), value: k.dropoutByPhase[p], display: H.number(k.dropoutByPhase[p]), kind: 'dropout' };
        }), width)
        : el('p', { class: 'muted' }, 'Ingen frafald i årgangen.'),
      el('p', null, csvLink(programme, k.year)));
  }

  function figure(label, value, kind) {
    return el('div', { class: 'figure ' + kind }, el('dt', null, label), el('dd', { 'data-figure': kind }, value));
  }

  function dropoutSection(d, width) {
    var section = el('section', { class: 'panel', id: 'frafald', 'aria-labelledby': 'frafald-titel' },
      el('h2', { id: 'frafald-titel' }, 'Frafald i ' + d.year + ' efter årsag'));
    var grid = el('div', { class: 'grid' });
    PROGRAMMES.forEach(function (p) {
      var reasons = (d.byReason && d.byReason[p]) || {};
      var codes = Object.keys(reasons).filter(function (r) { return reasons[r] > 0; })
        .sort(function (a, b) { return reasons[b] - reasons[a]; });
      var total = (d.total && d.total[p]) || 0;
      grid.appendChild(el('div', { class: 'part-chart' },
        el('h3', null, p + ': ' + H.number(total) + ' frafaldet'),
        codes.length
          ? barChart('aarsager-' + p, 'Frafald i ' + d.year + ' efter årsag, ' + p, codes.map(function (r) {
            return { label: REASONS[r] || r, value: reasons[r], display: H.number(reasons[r]) + ' · ' + H.percent(total ? reasons[r] / total : null, 0), kind: 'dropout' };
          }), width)
          : el('p', { class: 'muted' }, 'Ingen frafald registreret.')));
    });
    section.appendChild(grid);
    return section;
  }

  function sickLeaveSection(list, width) {
    return el('section', { class: 'panel', id: 'sygefravaer', 'aria-labelledby': 'sygefravaer-titel' },
      el('h2', { id: 'sygefravaer-titel' }, 'Elevernes sygefravær'),
      el('p', { class: 'muted' }, 'Sygedage i procent af de planlagte arbejdsdage for de indskrevne elever.'),
      columnChart('sygefravaer-graf', 'Sygefravær pr. år', list.map(function (s) {
        return { label: String(s.year), value: s.sickLeaveRate === null ? 0 : Number(s.sickLeaveRate), display: H.percent(s.sickLeaveRate) };
      }), width));
  }

  function quotaSection(q, width) {
    var lines = (q.programmes || []).slice().sort(function (a, b) { return PROGRAMMES.indexOf(a.programme) - PROGRAMMES.indexOf(b.programme); });
    var max = Math.max.apply(null, lines.map(function (l) { return Math.max(l.hired, l.minimum || 0); }).concat([1]));
    return el('section', { class: 'panel', id: 'dimensionering', 'aria-labelledby': 'dimensionering-titel' },
      el('h2', { id: 'dimensionering-titel' }, 'Dimensionering ' + q.year + ': ansatte elever mod aftalt minimum'),
      barChart('dimensionering-graf', 'Ansatte elever i ' + q.year + ' mod det aftalte minimum', lines.map(function (l) {
        var status = l.minimum === null ? 'intet minimum aftalt' : (l.met ? 'opfyldt' : 'ikke opfyldt');
        return {
          label: l.programme + (l.minimum === null ? '' : ' (mindst ' + H.number(l.minimum) + ')'),
          value: l.hired, marker: l.minimum, kind: l.met === false ? 'missed' : 'met', figure: 'quota-' + l.programme,
          display: H.number(l.hired) + (l.minimum === null ? '' : ' af ' + H.number(l.minimum)) + ' · ' + status
        };
      }), width, max),
      el('p', { class: 'muted' }, 'Den lodrette streg er det aftalte minimum.'));
  }

  function recruitmentSection(r, width) {
    var external = Math.max(0, r.hired - r.ownUnskilledStaff - r.ownSshStaff);
    var parts = [
      { label: 'Egne ufaglærte medarbejdere', value: r.ownUnskilledStaff, rate: r.ownUnskilledStaffRate, kind: 'unskilled' },
      { label: 'Egne social- og sundhedshjælpere', value: r.ownSshStaff, rate: r.ownSshStaffRate, kind: 'ssh-staff' },
      { label: 'Rekrutteret udefra', value: external, rate: r.hired ? external / r.hired : null, kind: 'external' }
    ];
    return el('section', { class: 'panel', id: 'rekruttering', 'aria-labelledby': 'rekruttering-titel' },
      el('h2', { id: 'rekruttering-titel' }, 'Intern rekruttering ' + r.year),
      el('p', null, 'Internt rekrutteret: ', el('strong', { 'data-figure': 'internal' }, H.percent(r.internalRate)),
        ' af ' + H.number(r.hired) + ' elever ansat i ' + r.year + '.'),
      stackedBar('rekruttering-graf', 'Elever ansat i ' + r.year + ' efter hvor de kom fra', parts, r.hired, width),
      el('ul', { class: 'legend' }, parts.map(function (p) {
        return el('li', null, el('span', { class: 'swatch ' + p.kind, 'aria-hidden': 'true' }),
          p.label + ': ' + H.number(p.value) + ' (' + H.percent(p.rate) + ')');
      })));
  }

  // ---- Page ----------------------------------------------------------------------------------------------

  function yearOptions(selected, from, to) {
    var options = [];
    for (var y = to; y >= from; y--) {
      options.push(el('option', { value: y, selected: y === selected }, String(y)));
    }
    return options;
  }

  function controls(c) {
    var thisYear = new Date().getFullYear();
    function select(id, label, value) {
      return el('div', { class: 'field' }, el('label', { for: id }, label),
        el('select', { id: id, name: id }, yearOptions(value, thisYear - 15, thisYear)));
    }
    var form = el('form', { class: 'panel controls', id: 'valg', 'aria-label': 'Vælg år og årgange' },
      select('aar', 'År', c.year),
      select('ssh', 'SSH-årgang', c.SSH),
      select('ssa', 'SSA-årgang', c.SSA),
      el('div', { class: 'field submit' }, el('button', { type: 'submit' }, 'Vis')));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var next = { year: Number(form.aar.value), SSH: Number(form.ssh.value), SSA: Number(form.ssa.value) };
      history.pushState(null, '', address(next));
      load(next);
    });
    form.addEventListener('change', function () {
      form.requestSubmit();
    });
    return form;
  }

  function load(c) {
    var main = document.querySelector('main');
    var api = function (path) { return H.api(session.base + '/kpis/' + path); };
    var years = [];
    for (var y = c.year - SICK_LEAVE_YEARS + 1; y <= c.year; y++) {
      years.push(y);
    }
    var status = document.getElementById('status');
    status.textContent = 'Henter nøgletal …';
    Promise.all([
      api('cohort?programme=SSH&year=' + c.SSH),
      api('cohort?programme=SSA&year=' + c.SSA),
      api('combined?cohorts=SSH:' + c.SSH + ',SSA:' + c.SSA),
      api('dropouts?year=' + c.year),
      api('quota?year=' + c.year),
      api('recruitment?year=' + c.year),
      Promise.all(years.map(function (year) { return api('sick-leave?year=' + year); })),
      optional(api('success-criteria')),
      optional(api('early-warnings'))
    ]).then(function (r) {
      lastData = { c: c, cohorts: { SSH: r[0], SSA: r[1] }, combined: r[2], dropouts: r[3], quota: r[4], recruitment: r[5],
        sickLeave: r[6], criteria: r[7], warnings: r[8] };
      draw();
      status.textContent = 'Nøgletal for ' + session.municipality.name + ' er vist.';
    }).catch(function (error) {
      status.textContent = '';
      H.showError(document.getElementById('fejl'), error);
    });
    syncControls(c, main);
  }

  /** Success criteria and early warnings come with a later version of the module: shown when served. */
  function optional(request) {
    return request.catch(function (error) {
      if (error.status === 404 || error.status === 403) {
        return null;
      }
      throw error;
    });
  }

  function syncControls(c) {
    var form = document.getElementById('valg');
    form.aar.value = c.year;
    form.ssh.value = c.SSH;
    form.ssa.value = c.SSA;
  }

  function draw() {
    var d = lastData;
    var out = H.clear(document.getElementById('tal'));
    H.clear(document.getElementById('fejl'));
    var probe = el('div', { class: 'grid' }, el('div', { class: 'cohort' }));
    out.appendChild(probe);
    var half = chartWidth(probe.firstChild) - 40;
    var full = chartWidth(out) - 40;
    out.removeChild(probe);

    out.appendChild(el('section', { class: 'panel', id: 'aargange', 'aria-labelledby': 'aargange-titel' },
      el('h2', { id: 'aargange-titel' }, 'Fra ansættelse til job: årgangene'),
      el('p', null, 'Samlet ansat efter uddannelse af de to årgange: ',
        el('strong', { 'data-figure': 'combined' }, H.percent(d.combined.employedOfCohortRate)),
        ' (' + H.number(d.combined.employed) + ' af ' + H.number(d.combined.hired) + ' elever).'),
      el('div', { class: 'grid' }, PROGRAMMES.map(function (p) { return cohortSection(p, d.cohorts[p], half); }))));
    out.appendChild(quotaSection(d.quota, full));
    out.appendChild(dropoutSection(d.dropouts, half));
    out.appendChild(sickLeaveSection(d.sickLeave, full));
    out.appendChild(recruitmentSection(d.recruitment, full));
    if (Array.isArray(d.criteria)) {
      out.appendChild(criteriaSection(d.criteria));
    }
    if (d.warnings && Array.isArray(d.warnings.warnings)) {
      out.appendChild(warningsSection(d.warnings));
    }
  }

  var STATUS = { MET: 'Nået', ON_TRACK: 'På vej', BEHIND: 'Bagud', MISSED: 'Ikke nået', NO_DATA: 'Ingen data' };
  var COUNTS = ['OWN_UNSKILLED_STAFF_HIRED', 'OWN_SSH_STAFF_TO_SSA'];

  function criterionValue(kpi, value) {
    if (value === null || value === undefined) {
      return '–';
    }
    return COUNTS.indexOf(kpi) >= 0 ? H.number(value) : H.percent(value);
  }

  function criteriaSection(list) {
    var section = el('section', { class: 'panel', id: 'succeskriterier', 'aria-labelledby': 'succeskriterier-titel' },
      el('h2', { id: 'succeskriterier-titel' }, 'Succeskriterier'));
    if (!list.length) {
      section.appendChild(el('p', { class: 'muted' }, 'Kommunen har ingen succeskriterier endnu.'));
      return section;
    }
    section.appendChild(el('div', { class: 'table-scroll' }, el('table', { class: 'criteria' },
      el('thead', null, el('tr', null, ['Succeskriterium', 'Udgangspunkt', 'Mål', 'Frist', 'Nu', 'Status'].map(function (h) {
        return el('th', { scope: 'col' }, h);
      }))),
      el('tbody', null, list.map(function (k) {
        var progress = k.progress === null || k.progress === undefined ? null : Math.max(0, Math.min(1, Number(k.progress)));
        return el('tr', { 'data-criterion': k.id },
          el('th', { scope: 'row' }, k.name, el('span', { class: 'muted block' }, (k.label || k.kpi) + (k.programme ? ', ' + k.programme : ''))),
          el('td', null, criterionValue(k.kpi, k.baseline)),
          el('td', null, criterionValue(k.kpi, k.target)),
          el('td', null, k.deadline ? k.deadline.split('-').reverse().join('.') : '–'),
          el('td', null, criterionValue(k.kpi, k.current), k.basis ? el('span', { class: 'muted block' }, k.basis) : null,
            progress === null ? null : el('progress', { max: 100, value: Math.round(progress * 100), 'aria-label': 'Fremskridt mod målet' })),
          el('td', null, el('span', { class: 'status ' + String(k.status || '').toLowerCase().replace('_', '-') }, STATUS[k.status] || k.status)));
      })))));
    return section;
  }

  function warningsSection(report) {
    var section = el('section', { class: 'panel', id: 'tidlig-varsling', 'aria-labelledby': 'tidlig-varsling-titel' },
      el('h2', { id: 'tidlig-varsling-titel' }, 'Tidlig varsling om frafald'),
      el('p', null, H.number(report.warnings.length) + ' af ' + H.number(report.enrolled) + ' indskrevne elever har tegn på risiko for frafald.'));
    if (report.warnings.length) {
      section.appendChild(el('ul', { class: 'warnings' }, report.warnings.map(function (w) {
        return el('li', null,
          el('strong', null, w.name || 'Elev ' + w.studentId), ' · ' + w.programme,
          w.phase ? ' · ' + phaseLabel(w.phase) : '',
          w.personalAdvisor ? ' · personlig vejleder: ' + w.personalAdvisor : '',
          el('ul', null, (w.reasons || []).map(function (f) {
            return el('li', null, f.label + (f.detail ? ': ' + f.detail : ''));
          })));
      })));
    }
    return section;
  }

  function render(s) {
    session = s;
    var main = H.clear(document.querySelector('main'));
    main.appendChild(el('h1', null, 'Nøgletal for ' + s.municipality.name + ' Kommune'));
    main.appendChild(el('p', { class: 'muted lead' }, 'Rekruttering, fastholdelse og ansættelse af SOSU-elever. '
      + 'En årgang er de elever, der blev ansat i et år.'));
    var c = choices();
    var thisYear = new Date().getFullYear();
    var ready = c.year && c.SSH && c.SSA ? Promise.resolve(c)
      // without choices: last year, and the latest completed cohort of each programme
      : H.api(s.base + '/kpis/combined').then(function (combined) {
        var latest = {};
        (combined.cohorts || []).forEach(function (k) { latest[k.programme] = k.year; });
        return { year: c.year || thisYear - 1, SSH: c.SSH || latest.SSH || thisYear - 3, SSA: c.SSA || latest.SSA || thisYear - 4 };
      }, function () {
        return { year: c.year || thisYear - 1, SSH: c.SSH || thisYear - 3, SSA: c.SSA || thisYear - 4 };
      });
    ready.then(function (chosen) {
      history.replaceState(null, '', address(chosen));
      main.appendChild(controls(chosen));
      main.appendChild(el('p', { id: 'status', class: 'visually-hidden', role: 'status' }));
      main.appendChild(el('div', { id: 'fejl' }));
      main.appendChild(el('div', { id: 'tal' }));
      load(chosen);
    });
  }

  window.addEventListener('popstate', function () {
    if (session && document.getElementById('valg')) {
      var c = choices();
      if (c.year && c.SSH && c.SSA) {
        load(c);
      }
    }
  });

  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      if (lastData && document.getElementById('tal')) {
        draw();
      }
    }, 150);
  });

  document.addEventListener('DOMContentLoaded', function () {
    H.start({ path: '/nogletal', title: 'Nøgletal', render: render });
  });
})();
