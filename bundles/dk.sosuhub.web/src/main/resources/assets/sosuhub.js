/*
 * SOSU Hub: what every page shares. A tiny client of the REST API (signed in with a session cookie that scripts
 * cannot read; the session's CSRF token is kept in memory only and sent with every change), the sign-in form, the
 * header with the municipality and "Log ud", problem+json errors in Danish, and Danish number formatting.
 * No credential is ever stored in the browser. No dependencies, no build step.
 */
(function () {
  'use strict';

  var SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
  /** The CSRF token of the current session, learnt from /api/v1/session; never stored. */
  var csrfToken = null;
  var MUNICIPALITY_KEY = 'sosuhub.municipality';
  var PAGES = [
    { href: '/', label: 'Vidensbank' },
    { href: '/nogletal', label: 'Nøgletal' },
    { href: '/oplaering', label: 'Oplæring' },
    { href: '/mentorordninger', label: 'Mentorordninger' },
    { href: '/beskeder', label: 'Beskeder' }
  ];

  /** Builds an element: attributes (class, text, on: {event: fn}, anything else as attribute) and children. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    var a = attrs || {};
    Object.keys(a).forEach(function (key) {
      var value = a[key];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (key === 'text') {
        node.textContent = value;
      } else if (key === 'class') {
        node.className = value;
      } else if (key === 'on') {
        Object.keys(value).forEach(function (event) { node.addEventListener(event, value[event]); });
      } else if (value === true) {
        node.setAttribute(key, '');
      } else {
        node.setAttribute(key, String(value));
      }
    });
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(node, c); });
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  /** A failed API call; problem is the RFC 9457 body when the server sent one. */
  function ApiError(status, problem) {
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
    this.message = problemMessage(this);
  }
  ApiError.prototype = Object.create(Error.prototype);

  /** Calls the REST API; resolves with parsed JSON (or text), rejects with an ApiError. */
  function api(path, options) {
    var o = options || {};
    var headers = { Accept: 'application/json, application/problem+json' };
    var method = o.method || 'GET';
    if (csrfToken && SAFE_METHODS.indexOf(method) < 0) {
      headers['X-CSRF-Token'] = csrfToken;
    }
    var body;
    if (o.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(o.body);
    }
    return fetch(path, { method: method, headers: headers, body: body, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (!response.ok) {
          var parse = type.indexOf('json') >= 0 ? response.json().catch(function () { return {}; }) : Promise.resolve({});
          return parse.then(function (problem) { throw new ApiError(response.status, problem); });
        }
        if (response.status === 204) {
          return null;
        }
        return type.indexOf('json') >= 0 ? response.json() : response.text();
      }, function () {
        throw new ApiError(0, { detail: 'network' });
      });
  }

  /** The problem in Danish: the server's details are for developers and in English. */
  function problemMessage(error) {
    var p = error.problem || {};
    var type = String(p.type || '').replace('urn:sosuhub:problem:', '');
    switch (error.status) {
      case 0: return 'Der er ingen forbindelse til SOSU Hub. Prøv igen om lidt.';
      case 400: return 'Forespørgslen kunne ikke læses.';
      case 401: return 'Du er ikke logget ind, eller din adgangskode er forkert.';
      case 403:
        return type === 'module-disabled'
          ? 'Modulet er slået fra i din kommune.'
          : 'Du har ikke adgang til dette.';
      case 404: return 'Det, du leder efter, findes ikke (længere).';
      case 409: return 'Det kan ikke lade sig gøre lige nu, fordi det strider mod de gemte oplysninger.';
      case 413: return 'Indholdet er for stort.';
      case 422: return 'Nogle felter er ikke udfyldt korrekt.';
      default:
        return error.status >= 500 ? 'Der opstod en fejl på serveren. Prøv igen senere.'
          : 'Noget gik galt (fejl ' + error.status + ').';
    }
  }

  /** Shows an error in the container; fieldLabels names the fields of a 422 in Danish. */
  function showError(container, error, fieldLabels) {
    var labels = fieldLabels || {};
    var message = error instanceof ApiError ? error.message : 'Noget gik galt. Prøv igen.';
    var fields = error instanceof ApiError && Array.isArray(error.problem.errors) ? error.problem.errors : [];
    var box = el('div', { class: 'alert', role: 'alert' },
      el('p', { text: message, class: 'alert-message' }),
      fields.length ? el('ul', null, fields.map(function (f) {
        return el('li', null, (labels[f.field] || f.field) + ': ' + f.message);
      })) : null);
    clear(container).appendChild(box);
    return box;
  }

  /** A fraction as a Danish percentage, e.g. 0.8378 → "83,8 %"; null → "–". */
  function percent(fraction, decimals) {
    if (fraction === null || fraction === undefined || fraction === '' || isNaN(Number(fraction))) {
      return '–';
    }
    var d = decimals === undefined ? 1 : decimals;
    // rates come with 4 decimals; rounding half up like the server (0.0215 → 2,2 %), not toFixed's binary rounding
    var scaled = Math.round(Number(fraction) * Math.pow(10, d + 2) + 1e-7);
    var text = (scaled / Math.pow(10, d)).toFixed(d);
    return text.replace('.', ',') + '\u00a0%';
  }

  /** An integer with Danish thousands separators, e.g. 12345 → "12.345". */
  function number(n) {
    if (n === null || n === undefined) {
      return '–';
    }
    var parts = String(n).split('.');
    return parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (parts[1] ? ',' + parts[1] : '');
  }

  function hasRole(me) {
    var wanted = Array.prototype.slice.call(arguments, 1);
    return !!me && (me.roles || []).some(function (r) { return wanted.indexOf(r) >= 0; });
  }

  // ---- Page frame: header, sign-in, start-up -------------------------------------------------------------

  function header(page, session) {
    var bar = el('div', { class: 'bar' },
      el('a', { class: 'brand', href: '/' }, 'SOSU Hub'),
      el('nav', { class: 'site-nav', 'aria-label': 'Hovedmenu' },
        el('ul', null, PAGES.map(function (p) {
          return el('li', null, el('a', { href: p.href, 'aria-current': p.href === page.path ? 'page' : null }, p.label));
        }))));
    if (session) {
      var place;
      if (session.me.municipality) {
        place = el('span', { class: 'municipality', id: 'kommune' }, session.municipality.name + ' Kommune');
      } else {
        var select = el('select', { id: 'kommunevalg', on: { change: function () {
          sessionStorage.setItem(MUNICIPALITY_KEY, select.value);
          start(page);
        } } }, session.municipalities.map(function (m) {
          return el('option', { value: m.code, selected: m.code === session.municipality.code }, m.name + ' (' + m.code + ')');
        }));
        place = el('span', { class: 'municipality' }, el('label', { for: 'kommunevalg', class: 'visually-hidden' }, 'Kommune'), select);
      }
      bar.appendChild(el('div', { class: 'session' },
        place,
        el('span', { class: 'user', id: 'bruger' }, session.me.username),
        // users of the municipality's login have no password here (their username is "<kommune>:<login>")
        session.me.username.indexOf(':') < 0 ? el('button', { type: 'button', id: 'skift-adgangskode', class: 'secondary',
          on: { click: function () { showPasswordChange(page); } } }, 'Skift adgangskode') : null,
        el('button', { type: 'button', id: 'log-ud', on: { click: function () { logout(page); } } }, 'Log ud')));
    }
    clear(document.querySelector('header.site-header')).appendChild(bar);
  }

  function main() {
    return document.querySelector('main');
  }

  function showLogin(page, message) {
    header(page, null);
    var errors = el('div', { 'aria-live': 'assertive' });
    var username = el('input', { id: 'brugernavn', name: 'username', type: 'text', autocomplete: 'username', required: true });
    var password = el('input', { id: 'adgangskode', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    var form = el('form', { class: 'panel login', id: 'log-ind', 'aria-labelledby': 'log-ind-titel' },
      el('h1', { id: 'log-ind-titel', text: 'Log ind' }),
      el('p', { class: 'muted' }, 'Log ind med din bruger i SOSU Hub for at se ' + page.title.toLowerCase() + '.'),
      errors,
      el('div', { class: 'field' }, el('label', { for: 'brugernavn' }, 'Brugernavn'), username),
      el('div', { class: 'field' }, el('label', { for: 'adgangskode' }, 'Adgangskode'), password),
      el('button', { type: 'submit' }, 'Log ind'));
    if (message) {
      errors.appendChild(el('div', { class: 'alert', role: 'alert' }, message));
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      api('/api/v1/session', { method: 'POST', body: { username: username.value, password: password.value } })
        .then(function (session) {
          csrfToken = session.csrfToken;
          start(page);
        }, function (error) {
        clear(errors).appendChild(el('div', { class: 'alert', role: 'alert' },
          error.status === 401 ? 'Forkert brugernavn eller adgangskode.'
            : error.status === 429 ? 'For mange forkerte forsøg. Vent lidt, og prøv igen.' : error.message));
        password.value = '';
        password.focus();
      });
    });
    clear(main()).appendChild(form);
    username.focus();
    api('/api/v1/session/oidc').then(function (providers) {
      if (providers.length > 0) {
        form.appendChild(municipalityLogin(providers));
      }
    }, function () { /* without it, the password form still works */ });
  }

  /** "Log ind med kommunens login": the municipality's own identity provider, then back to this page. */
  function municipalityLogin(providers) {
    var choice = el('select', { id: 'kommune-login-valg', 'aria-label': 'Kommune' }, providers.map(function (p) {
      return el('option', { value: p.loginUrl }, p.name + ' Kommune');
    }));
    var button = el('button', { type: 'button', id: 'kommune-login', class: 'secondary' }, 'Log ind med kommunens login');
    button.addEventListener('click', function () {
      window.location.assign(choice.value + '?returnTo=' + encodeURIComponent(window.location.pathname));
    });
    return el('div', { class: 'federated' },
      el('p', { class: 'muted' }, 'Eller log ind med din bruger hos kommunen:'),
      providers.length > 1 ? el('div', { class: 'field' }, choice) : null,
      button);
  }

  /** The user's own password: the current one, the new one twice; afterwards every session has ended. */
  function showPasswordChange(page) {
    var errors = el('div', { 'aria-live': 'assertive' });
    var current = el('input', { id: 'nuvaerende-adgangskode', type: 'password', autocomplete: 'current-password', required: true });
    var fresh = el('input', { id: 'ny-adgangskode', type: 'password', autocomplete: 'new-password', required: true, minlength: 12, maxlength: 128 });
    var again = el('input', { id: 'gentag-adgangskode', type: 'password', autocomplete: 'new-password', required: true });
    var form = el('form', { class: 'panel login', id: 'skift-adgangskode-formular', 'aria-labelledby': 'skift-titel' },
      el('h1', { id: 'skift-titel', text: 'Skift adgangskode' }),
      el('p', { class: 'muted' }, 'Mindst 12 tegn. Brug gerne en sætning. Bagefter logger du ind igen med den nye.'),
      errors,
      el('div', { class: 'field' }, el('label', { for: 'nuvaerende-adgangskode' }, 'Nuværende adgangskode'), current),
      el('div', { class: 'field' }, el('label', { for: 'ny-adgangskode' }, 'Ny adgangskode'), fresh),
      el('div', { class: 'field' }, el('label', { for: 'gentag-adgangskode' }, 'Gentag den nye adgangskode'), again),
      el('button', { type: 'submit' }, 'Skift adgangskode'),
      ' ',
      el('button', { type: 'button', class: 'secondary', on: { click: function () { start(page); } } }, 'Annuller'));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var problem = function (text) {
        clear(errors).appendChild(el('div', { class: 'alert', role: 'alert' }, text));
      };
      if (fresh.value !== again.value) {
        problem('De to nye adgangskoder er ikke ens.');
        return;
      }
      api('/api/v1/me/password', { method: 'PUT', body: { currentPassword: current.value, newPassword: fresh.value } })
        .then(function () {
          csrfToken = null;
          showLogin(page, 'Din adgangskode er skiftet. Log ind med den nye.');
        }, function (error) {
          problem(error.status === 403 ? 'Den nuværende adgangskode er forkert.'
            : error.status === 429 ? 'For mange forkerte forsøg. Vent lidt, og prøv igen.'
            : error.status === 422 ? 'Den nye adgangskode kan ikke bruges: ' + passwordRule(error) : error.message);
        });
    });
    clear(main()).appendChild(form);
    current.focus();
  }

  function passwordRule(error) {
    var text = JSON.stringify(error.problem || error.message || '');
    return text.indexOf('most common') >= 0 ? 'den er blandt de mest brugte.'
      : text.indexOf('username') >= 0 ? 'den indeholder dit brugernavn.'
      : text.indexOf('at most') >= 0 ? 'den er længere end 128 tegn.'
      : 'den skal være mindst 12 tegn.';
  }

  function logout(page) {
    var done = function () {
      csrfToken = null;
      sessionStorage.removeItem(MUNICIPALITY_KEY);
      showLogin(page, null);
    };
    api('/api/v1/session', { method: 'DELETE' }).then(done, done);
  }

  /**
   * Starts a page: page = {path, title, render(session)}; session = {me, municipality: {code, name}, base}
   * where base is the API path of the municipality, e.g. /api/v1/municipalities/250.
   */
  function start(page) {
    document.documentElement.lang = 'da';
    clear(main()).appendChild(el('p', { class: 'loading' }, 'Henter …'));
    api('/api/v1/session').then(function (session) {
      csrfToken = session.csrfToken;
      return api('/api/v1/me');
    }).then(function (me) {
      if (me.municipality) {
        return { me: me, municipality: me.municipality, municipalities: [me.municipality] };
      }
      // a platform administrator picks the municipality to look at
      return api('/api/v1/municipalities').then(function (list) {
        var chosen = sessionStorage.getItem(MUNICIPALITY_KEY);
        var municipality = list.filter(function (m) { return m.code === chosen; })[0] || list[0];
        return { me: me, municipality: municipality, municipalities: list };
      });
    }).then(function (session) {
      if (!session.municipality) {
        clear(main()).appendChild(el('p', { class: 'alert' }, 'Der er endnu ingen kommuner på platformen.'));
        return;
      }
      session.base = '/api/v1/municipalities/' + encodeURIComponent(session.municipality.code);
      header(page, session);
      page.render(session);
    }).catch(function (error) {
      if (error.status === 401) {
        csrfToken = null;
        showLogin(page, null);
      } else {
        header(page, null);
        showError(main(), error);
      }
    });
  }

  window.SosuHub = {
    el: el,
    clear: clear,
    api: api,
    ApiError: ApiError,
    showError: showError,
    problemMessage: problemMessage,
    percent: percent,
    number: number,
    hasRole: hasRole,
    start: start
  };
})();
