/*
 * The intranet knowledge page (/): search the guides with autocomplete, facets and "Mente du …?", read a guide,
 * and, for editors, write, edit and delete the municipality's own guides. Every view has its own address:
 * /?q=…&audience=…&topic=…&programme=…&page=…, /?guide=<id>, /?ny (new guide), /?rediger=<id>.
 */
(function () {
  'use strict';

  var H = window.SosuHub;
  var el = H.el;
  var AUDIENCES = [
    ['elev', 'Elev'], ['ufaglaert', 'Ufaglært'], ['ssh', 'Social- og sundhedshjælper'],
    ['ssa', 'Social- og sundhedsassistent'], ['vejleder', 'Vejleder'], ['leder', 'Leder']
  ];
  var AUDIENCE_NAMES = {};
  AUDIENCES.forEach(function (a) { AUDIENCE_NAMES[a[0]] = a[1]; });
  var PROGRAMME_NAMES = { SSH: 'SSH', SSA: 'SSA', ingen: 'Ingen bestemt uddannelse' };
  var ABBREVIATIONS = ['ssh', 'ssa', 'sps', 'mus', 'amu', 'gf', 'euv', 'euv1', 'euv2', 'euv3', 'eux', 'luu', 'cuu'];
  var MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december'];
  var FIELD_LABELS = { title: 'Titel', summary: 'Resumé', body: 'Tekst', audience: 'Målgruppe', topics: 'Emner', programme: 'Uddannelse' };
  var FACET_ROWS = 8;   // longer facets show their first rows and a "Vis alle" button
  var EXAMPLES = ['voksenelevløn', 'EUV1', 'sygefravær', 'buddy', 'fra SSH til SSA'];
  var FACETS = [
    { param: 'audience', keys: ['audience'], legend: 'Målgruppe', label: function (c) { return AUDIENCE_NAMES[c] || c; } },
    { param: 'topic', keys: ['topic', 'topics'], legend: 'Emne', label: topicLabel },
    // the search API counts programmes but does not filter on them (yet): shown as counts, not as a filter
    { param: 'programme', keys: ['programme'], legend: 'Uddannelse', countsOnly: true, label: function (c) { return PROGRAMME_NAMES[c] || c; } }
  ];

  var session;
  var lastSearch = null;   // the address of the latest result list, for "Tilbage til søgningen"
  var notice = null;       // a message for the next view, e.g. "Vejledningen er udgivet."

  // ---- Addresses -----------------------------------------------------------------------------------------

  function state() {
    var p = new URLSearchParams(location.search);
    return {
      q: (p.get('q') || '').trim(),
      audience: p.getAll('audience'),
      topic: p.getAll('topic'),
      programme: p.getAll('programme'),
      page: Math.max(1, parseInt(p.get('page'), 10) || 1),
      guide: p.get('guide'),
      edit: p.get('rediger'),
      write: p.has('ny')
    };
  }

  function searchAddress(s) {
    var p = new URLSearchParams();
    if (s.q) {
      p.append('q', s.q);
    }
    ['audience', 'topic', 'programme'].forEach(function (k) {
      (s[k] || []).forEach(function (v) { p.append(k, v); });
    });
    if (s.page > 1) {
      p.append('page', String(s.page));
    }
    var qs = p.toString();
    return '/' + (qs ? '?' + qs : '');
  }

  function guideAddress(id) {
    return '/?guide=' + encodeURIComponent(id);
  }

  function navigate(url) {
    if (url !== location.pathname + location.search) {
      history.pushState(null, '', url);
    }
    route();
  }

  /** A link within the page: a real address (bookmarkable, opens in a new tab) that the page handles itself. */
  function link(href, attrs) {
    var a = el.apply(null, ['a', Object.assign({ href: href, 'data-route': '' }, attrs || {})]
      .concat(Array.prototype.slice.call(arguments, 2)));
    return a;
  }

  function onRouteClick(event) {
    var a = event.target.closest && event.target.closest('a[data-route]');
    if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(a.getAttribute('href'));
  }

  // ---- Text helpers --------------------------------------------------------------------------------------

  function topicLabel(slug) {
    var words = String(slug).split('-').map(function (w) {
      return ABBREVIATIONS.indexOf(w.toLowerCase()) >= 0 ? w.toUpperCase() : w;
    });
    var text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function danishDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? Number(m[3]) + '. ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : iso;
  }

  function guidesCount(n) {
    return H.number(n) + (n === 1 ? ' vejledning' : ' vejledninger');
  }

  // ---- Sanitising server HTML ----------------------------------------------------------------------------

  var GUIDE_TAGS = ['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'A', 'STRONG', 'EM', 'B', 'I', 'CODE', 'PRE',
    'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'BR', 'HR', 'MARK', 'DL', 'DT', 'DD', 'SPAN', 'DIV', 'SUP', 'SUB'];
  var DROPPED_TAGS = ['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'FORM',
    'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'LINK', 'META', 'BASE', 'TITLE', 'HEAD', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS'];

  /** Copies the HTML into fresh elements, keeping only the allowed tags (others are unwrapped) and safe links. */
  function sanitize(html, allowed) {
    var source = new DOMParser().parseFromString('<!doctype html><body>' + (html || ''), 'text/html').body;
    var out = document.createDocumentFragment();
    copy(source, out, allowed);
    return out;
  }

  function copy(from, to, allowed) {
    Array.prototype.forEach.call(from.childNodes, function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        var tag = node.tagName.toUpperCase();
        if (DROPPED_TAGS.indexOf(tag) >= 0) {
          return;
        }
        if (allowed.indexOf(tag) < 0) {
          copy(node, to, allowed);
          return;
        }
        var clean = document.createElement(tag);
        if (tag === 'A') {
          var href = node.getAttribute('href') || '';
          if (/^(https?:|mailto:|\/(?!\/)|#)/i.test(href.trim())) {
            clean.setAttribute('href', href.trim());
            if (/^https?:/i.test(href.trim())) {
              clean.setAttribute('rel', 'noopener noreferrer');
            }
          }
        }
        copy(node, clean, allowed);
        to.appendChild(clean);
      }
    });
  }

  // ---- Layout --------------------------------------------------------------------------------------------

  function isEditor() {
    return H.hasRole(session.me, 'municipality-admin', 'education-team');
  }

  function render(s) {
    session = s;
    var main = H.clear(document.querySelector('main'));
    main.appendChild(el('h1', { class: 'visually-hidden' }, 'Vidensbank'));
    main.appendChild(searchForm());
    main.appendChild(el('div', { class: 'toolbar' },
      el('p', { class: 'muted' }, 'Vejledninger for elever, ufaglærte, social- og sundhedshjælpere og -assistenter, vejledere og ledere i '
        + s.municipality.name + ' Kommune.'),
      isEditor() ? link('/?ny', { class: 'button secondary', id: 'ny-vejledning' }, 'Skriv en vejledning') : null));
    main.appendChild(el('div', { id: 'besked', 'aria-live': 'polite' }));
    main.appendChild(el('div', { id: 'visning' }));
    main.removeEventListener('click', onRouteClick);
    main.addEventListener('click', onRouteClick);
    route();
  }

  function view() {
    return H.clear(document.getElementById('visning'));
  }

  function showNotice() {
    var box = H.clear(document.getElementById('besked'));
    if (notice) {
      box.appendChild(el('p', { class: 'notice', role: 'status' }, notice));
      notice = null;
    }
  }

  function route() {
    if (!session || !document.getElementById('visning')) {
      return;
    }
    closeSuggestions();
    showNotice();
    var s = state();
    var input = document.getElementById('q');
    if (s.guide) {
      showGuide(s.guide);
    } else if (s.write && isEditor()) {
      showEditor(null);
    } else if (s.edit && isEditor()) {
      H.api(session.base + '/guides/' + encodeURIComponent(s.edit)).then(showEditor, function (error) {
        H.showError(view(), error);
      });
    } else if (s.q || s.audience.length || s.topic.length || s.programme.length) {
      input.value = s.q;
      search(s);
    } else {
      input.value = '';
      showStart();
    }
  }

  // ---- Search form and autocomplete ----------------------------------------------------------------------

  var suggestTimer;
  var suggestSeq = 0;
  var active = -1;
  var options = [];

  function searchForm() {
    var input = el('input', { id: 'q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false',
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'forslag',
      placeholder: 'Fx voksenelevløn, EUV1 eller sygefravær' });
    var list = el('ul', { id: 'forslag', role: 'listbox', 'aria-label': 'Forslag', hidden: true });
    var form = el('form', { role: 'search', id: 'soeg', class: 'panel search', 'aria-label': 'Søg i vidensbanken' },
      el('label', { for: 'q' }, 'Søg i vejledningerne'),
      el('div', { class: 'search-row' },
        el('div', { class: 'combo' }, input, list),
        el('button', { type: 'submit' }, 'Søg')));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var q = input.value.trim();
      if (active >= 0 && options[active]) {
        choose(options[active]);
        return;
      }
      closeSuggestions();
      if (q) {
        navigate(searchAddress({ q: q, audience: [], topic: [], programme: [], page: 1 }));
      }
    });
    input.addEventListener('input', function () {
      clearTimeout(suggestTimer);
      suggestTimer = setTimeout(function () { suggest(input.value); }, 120);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var n = options.length;
        activate(event.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        closeSuggestions();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(closeSuggestions, 150);
    });
    return form;
  }

  function suggest(prefix) {
    var seq = ++suggestSeq;
    if (prefix.trim().length < 2) {
      closeSuggestions();
      return;
    }
    H.api(session.base + '/suggest?prefix=' + encodeURIComponent(prefix)).then(function (answer) {
      if (seq !== suggestSeq) {
        return;   // a later keystroke has asked again
      }
      var list = Array.isArray(answer) ? answer : (answer && (answer.suggestions || answer.completions)) || [];
      showSuggestions(list.slice(0, 8));
    }, function () {
      closeSuggestions();
    });
  }

  function showSuggestions(list) {
    var box = document.getElementById('forslag');
    var input = document.getElementById('q');
    H.clear(box);
    options = list;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!list.length || document.activeElement !== input) {
      closeSuggestions();
      return;
    }
    list.forEach(function (c, i) {
      var option = el('li', { role: 'option', id: 'forslag-' + i, class: c.guideId ? 'guide' : 'word', 'aria-selected': 'false' },
        el('span', { class: 'text' }, c.text),
        c.guideId ? el('span', { class: 'kind' }, 'Vejledning') : null);
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();   // keeps the focus in the box
        choose(c);
      });
      box.appendChild(option);
    });
    box.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function activate(i) {
    var input = document.getElementById('q');
    active = i;
    document.querySelectorAll('#forslag [role=option]').forEach(function (o, j) {
      o.setAttribute('aria-selected', String(j === i));
    });
    input.setAttribute('aria-activedescendant', 'forslag-' + i);
  }

  function closeSuggestions() {
    var box = document.getElementById('forslag');
    var input = document.getElementById('q');
    clearTimeout(suggestTimer);
    suggestSeq++;
    options = [];
    active = -1;
    if (box) {
      box.hidden = true;
      H.clear(box);
    }
    if (input) {
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(completion) {
    closeSuggestions();
    if (completion.guideId) {
      navigate(guideAddress(completion.guideId));
    } else {
      document.getElementById('q').value = completion.text;
      navigate(searchAddress({ q: completion.text, audience: [], topic: [], programme: [], page: 1 }));
    }
  }

  // ---- Views ---------------------------------------------------------------------------------------------

  function showStart() {
    document.title = 'Vidensbank – SOSU Hub';
    var out = view();
    out.appendChild(el('section', { class: 'panel start', 'aria-labelledby': 'start-titel' },
      el('h2', { id: 'start-titel' }, 'Find svar om SOSU-uddannelserne'),
      el('p', null, 'Søg på ord, forkortelser og sammensatte ord, som du plejer at skrive dem.'),
      el('p', null, 'Prøv fx: ', EXAMPLES.map(function (q, i) {
        return [i ? ' · ' : '', link(searchAddress({ q: q, page: 1 }), null, q)];
      }))));
  }

  function search(s) {
    document.title = (s.q ? '»' + s.q + '« – ' : '') + 'Vidensbank – SOSU Hub';
    var out = view();
    out.appendChild(el('p', { class: 'loading' }, 'Søger …'));
    var p = new URLSearchParams();
    p.append('q', s.q);
    ['audience', 'topic', 'programme'].forEach(function (k) { s[k].forEach(function (v) { p.append(k, v); }); });
    p.append('page', String(s.page));
    H.api(session.base + '/search?' + p.toString()).then(function (result) {
      lastSearch = searchAddress(s);
      showResults(s, result);
    }, function (error) {
      H.showError(view(), error);
    });
  }

  function showResults(s, result) {
    var out = view();
    var hits = result.hits || [];
    var total = result.total || 0;
    var pageSize = result.pageSize || Math.max(hits.length, 10);
    var pages = Math.max(1, Math.ceil(total / pageSize));
    var filters = facetFilters(s, result.facets || {});
    var list = el('section', { id: 'resultater', class: 'results', 'aria-labelledby': 'antal' },
      el('h2', { id: 'antal', tabindex: '-1' }, total
        ? guidesCount(total) + (s.q ? ' om »' + s.q + '«' : '')
        : 'Ingen vejledninger' + (s.q ? ' om »' + s.q + '«' : '')),
      result.suggestion ? el('p', { id: 'mente-du', class: 'suggestion' }, 'Mente du ',
        link(searchAddress({ q: result.suggestion, audience: s.audience, topic: s.topic, programme: s.programme, page: 1 }),
          null, el('strong', null, result.suggestion)), '?') : null,
      !total ? el('p', { class: 'muted' }, 'Prøv med andre eller færre ord, eller fjern et filter.') : null,
      el('ol', { id: 'hits', class: 'hits', start: (s.page - 1) * pageSize + 1 }, hits.map(function (hit) {
        return el('li', { class: 'hit' },
          el('h3', null, link(guideAddress(hit.id), { class: 'hit-link' }, hit.title)),
          hit.summary ? el('p', { class: 'summary' }, hit.summary) : null,
          hit.snippet ? el('p', { class: 'snippet' }, sanitize(hit.snippet, ['MARK'])) : null);
      })),
      pages > 1 ? pager(s, pages) : null);
    out.appendChild(el('div', { class: 'results-layout' }, filters, list));
  }

  function facetFilters(s, facets) {
    var details = el('details', { class: 'filters panel', id: 'filtre', open: window.matchMedia('(min-width: 48rem)').matches },
      el('summary', null, 'Afgræns søgningen'));
    var any = false;
    FACETS.forEach(function (f) {
      var counts = null;
      f.keys.forEach(function (k) { counts = counts || facets[k]; });
      counts = Object.assign({}, counts || {});
      s[f.param].forEach(function (v) {
        if (!(v in counts)) {
          counts[v] = 0;   // a chosen filter stays visible so that it can be removed
        }
      });
      var codes = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b, 'da'); });
      if (!codes.length) {
        return;
      }
      any = true;
      if (f.countsOnly) {
        details.appendChild(el('div', { class: 'facet-counts', id: 'filter-' + f.param },
          el('h3', null, f.legend),
          el('ul', null, codes.map(function (code) {
            return el('li', null, f.label(code) + ' ', el('span', { class: 'count' }, '(' + H.number(counts[code]) + ')'));
          }))));
        return;
      }
      var fieldset = el('fieldset', { id: 'filter-' + f.param },
        el('legend', null, f.legend),
        codes.map(function (code, i) {
          var id = 'filter-' + f.param + '-' + code.replace(/[^A-Za-z0-9æøåÆØÅ_-]/g, '_');
          var box = el('input', { type: 'checkbox', id: id, value: code, checked: s[f.param].indexOf(code) >= 0 });
          box.addEventListener('change', function () {
            var next = Object.assign({}, s, { page: 1 });
            next[f.param] = box.checked ? s[f.param].concat([code]) : s[f.param].filter(function (v) { return v !== code; });
            navigate(searchAddress(next));
          });
          var shortened = i >= FACET_ROWS && s[f.param].length === 0;
          return el('label', { class: 'check' + (shortened ? ' more' : ''), for: id, hidden: shortened }, box,
            el('span', null, f.label(code)), el('span', { class: 'count' }, '(' + H.number(counts[code]) + ')'));
        }));
      if (codes.length > FACET_ROWS && s[f.param].length === 0) {
        var more = el('button', { type: 'button', class: 'link-button', on: { click: function () {
          fieldset.querySelectorAll('.more').forEach(function (row) { row.hidden = false; });
          more.remove();
        } } }, 'Vis alle ' + codes.length);
        fieldset.appendChild(more);
      }
      details.appendChild(fieldset);
    });
    if (!any) {
      details.appendChild(el('p', { class: 'muted' }, 'Ingen filtre for denne søgning.'));
    }
    return details;
  }

  function pager(s, pages) {
    function to(page) {
      return searchAddress(Object.assign({}, s, { page: page }));
    }
    return el('nav', { class: 'pager', id: 'sider', 'aria-label': 'Sider' },
      s.page > 1 ? link(to(s.page - 1), { rel: 'prev', class: 'button secondary' }, '← Forrige') : el('span'),
      el('span', { class: 'page-of' }, 'Side ' + s.page + ' af ' + pages),
      s.page < pages ? link(to(s.page + 1), { rel: 'next', class: 'button secondary', id: 'naeste-side' }, 'Næste →') : el('span'));
  }

  function showGuide(id) {
    var out = view();
    out.appendChild(el('p', { class: 'loading' }, 'Henter vejledningen …'));
    H.api(session.base + '/guides/' + encodeURIComponent(id)).then(function (g) {
      document.title = g.title + ' – Vidensbank – SOSU Hub';
      var own = g.municipality === session.municipality.code;
      var meta = el('dl', { class: 'meta' });
      function item(label, value) {
        if (value) {
          meta.appendChild(el('div', null, el('dt', null, label), el('dd', null, value)));
        }
      }
      item('Målgruppe', (g.audience || []).map(function (a) { return AUDIENCE_NAMES[a] || a; }).join(', '));
      item('Emner', (g.topics || []).map(topicLabel).join(', '));
      item('Uddannelse', g.programme ? PROGRAMME_NAMES[g.programme] || g.programme : null);
      item('Udgivet af', own ? session.municipality.name + ' Kommune' : 'SOSU Hub (fælles for alle kommuner)');
      item('Opdateret', g.updated ? danishDate(g.updated) : null);
      item('Kilde', g.source);
      var article = el('article', { id: 'vejledning', class: 'panel guide', 'aria-labelledby': 'vejledning-titel' },
        el('p', { class: 'back' }, link(lastSearch || '/', { id: 'tilbage' }, lastSearch ? '← Tilbage til søgningen' : '← Til forsiden')),
        el('h2', { id: 'vejledning-titel', tabindex: '-1' }, g.title),
        g.summary ? el('p', { class: 'summary' }, g.summary) : null,
        meta,
        el('div', { class: 'guide-body' }, withoutRepeatedTitle(sanitize(g.html, GUIDE_TAGS), g.title)));
      if (own && isEditor()) {
        article.appendChild(guideActions(g));
      }
      view().appendChild(article);
      document.getElementById('vejledning-titel').focus();
    }, function (error) {
      H.showError(view(), error);
    });
  }

  /** Guides often open with their title as a heading; the page shows the title already. */
  function withoutRepeatedTitle(body, title) {
    var first = body.firstElementChild;
    if (first && first.tagName === 'H1' && first.textContent.trim() === String(title).trim()) {
      body.removeChild(first);
    }
    return body;
  }

  function guideActions(g) {
    var confirmBox = el('div', { class: 'confirm', hidden: true, role: 'alertdialog', 'aria-labelledby': 'slet-spoergsmaal' },
      el('p', { id: 'slet-spoergsmaal' }, 'Vil du slette »' + g.title + '«? Det kan ikke fortrydes.'),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'danger', id: 'slet-bekraeft', on: { click: function () { remove(g); } } }, 'Ja, slet vejledningen'),
        el('button', { type: 'button', class: 'secondary', id: 'slet-fortryd', on: { click: function () {
          confirmBox.hidden = true;
          document.getElementById('slet').focus();
        } } }, 'Fortryd')));
    return el('div', null,
      el('div', { class: 'actions' },
        link('/?rediger=' + encodeURIComponent(g.id), { class: 'button secondary', id: 'rediger' }, 'Rediger'),
        el('button', { type: 'button', class: 'secondary', id: 'slet', on: { click: function () {
          confirmBox.hidden = false;
          document.getElementById('slet-fortryd').focus();
        } } }, 'Slet')),
      confirmBox);
  }

  function remove(g) {
    H.api(session.base + '/guides/' + encodeURIComponent(g.id), { method: 'DELETE' }).then(function () {
      notice = 'Vejledningen »' + g.title + '« er slettet.';
      navigate(lastSearch || '/');
    }, function (error) {
      H.showError(document.getElementById('besked'), error);
    });
  }

  // ---- Editor --------------------------------------------------------------------------------------------

  function showEditor(g) {
    var editing = !!g;
    document.title = (editing ? 'Rediger vejledning' : 'Skriv en vejledning') + ' – Vidensbank – SOSU Hub';
    var out = view();
    var errors = el('div', { id: 'formularfejl' });
    function field(id, label, control, hint) {
      return el('div', { class: 'field' }, el('label', { for: id }, label), control,
        hint ? el('p', { class: 'hint', id: id + '-hjaelp' }, hint) : null);
    }
    var title = el('input', { id: 'titel', type: 'text', required: true, maxlength: 200, value: editing ? g.title : null });
    var summary = el('textarea', { id: 'resume', rows: 3, class: 'short', 'aria-describedby': 'resume-hjaelp' });
    summary.value = editing ? g.summary || '' : '';
    var body = el('textarea', { id: 'tekst', rows: 14, required: true, 'aria-describedby': 'tekst-hjaelp' });
    body.value = editing ? g.body || '' : '';
    var topics = el('input', { id: 'emner', type: 'text', 'aria-describedby': 'emner-hjaelp',
      value: editing ? (g.topics || []).join(', ') : null });
    var programme = el('select', { id: 'uddannelse' },
      el('option', { value: '' }, 'Ingen bestemt uddannelse'),
      el('option', { value: 'SSH', selected: editing && g.programme === 'SSH' }, 'SSH – social- og sundhedshjælper'),
      el('option', { value: 'SSA', selected: editing && g.programme === 'SSA' }, 'SSA – social- og sundhedsassistent'));
    var audience = el('fieldset', { id: 'maalgruppe' }, el('legend', null, 'Målgruppe'),
      AUDIENCES.map(function (a) {
        var id = 'maalgruppe-' + a[0];
        return el('label', { class: 'check', for: id },
          el('input', { type: 'checkbox', id: id, name: 'audience', value: a[0],
            checked: editing && (g.audience || []).indexOf(a[0]) >= 0 }), a[1]);
      }));
    var form = el('form', { id: 'vejledning-form', class: 'panel editor', 'aria-labelledby': 'editor-titel', novalidate: true },
      el('h2', { id: 'editor-titel' }, editing ? 'Rediger vejledningen' : 'Skriv en vejledning'),
      el('p', { class: 'muted' }, 'Vejledningen bliver synlig for alle brugere i ' + session.municipality.name + ' Kommune, så snart du udgiver den.'),
      errors,
      field('titel', 'Titel', title),
      field('resume', 'Resumé', summary, 'En eller to sætninger, der vises i søgeresultatet.'),
      field('tekst', 'Tekst', body, 'Skriv i Markdown: ## Overskrift, **fed**, - punkt, [link](https://…).'),
      audience,
      field('emner', 'Emner', topics, 'Adskil med komma, fx voksenelevløn, fravær.'),
      field('uddannelse', 'Uddannelse', programme),
      el('div', { class: 'actions' },
        el('button', { type: 'submit', id: 'udgiv' }, editing ? 'Gem ændringer' : 'Udgiv'),
        link(editing ? guideAddress(g.id) : (lastSearch || '/'), { class: 'button secondary' }, 'Fortryd')));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var guide = {
        title: title.value.trim(),
        summary: summary.value.trim(),
        body: body.value,
        audience: Array.prototype.map.call(form.querySelectorAll('input[name=audience]:checked'), function (b) { return b.value; }),
        topics: topics.value.split(',').map(function (t) { return t.trim(); }).filter(Boolean),
        programme: programme.value || null
      };
      var missing = [];
      if (!guide.title) {
        missing.push({ field: 'title', message: 'skal udfyldes' });
      }
      if (!guide.body.trim()) {
        missing.push({ field: 'body', message: 'skal udfyldes' });
      }
      if (!guide.audience.length) {
        missing.push({ field: 'audience', message: 'vælg mindst én' });
      }
      if (missing.length) {
        var alert = H.showError(errors, new H.ApiError(422, { errors: missing }), FIELD_LABELS);
        alert.setAttribute('tabindex', '-1');
        alert.focus();
        return;
      }
      var button = document.getElementById('udgiv');
      button.disabled = true;
      var request = editing
        ? H.api(session.base + '/guides/' + encodeURIComponent(g.id), { method: 'PUT', body: guide })
        : H.api(session.base + '/guides', { method: 'POST', body: guide });
      request.then(function (saved) {
        notice = editing ? 'Ændringerne er gemt.' : 'Vejledningen er udgivet.';
        navigate(guideAddress(saved && saved.id ? saved.id : g.id));
      }, function (error) {
        button.disabled = false;
        var box = H.showError(errors, error, FIELD_LABELS);
        box.setAttribute('tabindex', '-1');
        box.focus();
      });
    });
    out.appendChild(form);
    title.focus();
    title.setSelectionRange(title.value.length, title.value.length);
  }

  window.addEventListener('popstate', route);
  document.addEventListener('DOMContentLoaded', function () {
    H.start({ path: '/', title: 'Vidensbanken', render: render });
  });
})();
