/*
 * The module's page: the municipality's items from /api/v1/municipalities/{code}/<module>/items, and a form to
 * add one. Built on the platform's page kit (/assets/sosuhub.js: sign-in, header, API client, Danish errors).
 */
(function () {
  'use strict';

  var H = window.SosuHub;
  var el = H.el;
  var moduleId = document.body.getAttribute('data-module');
  var title = document.body.getAttribute('data-title');
  var LABELS = { title: 'Titel', description: 'Beskrivelse', date: 'Dato' };

  function danishDate(iso) {
    if (!iso) {
      return '';
    }
    var p = iso.split('-');
    return p[2] + '.' + p[1] + '.' + p[0];
  }

  function render(session) {
    var base = session.base + '/' + moduleId + '/items';
    var list = el('ul', { id: 'punkter', class: 'items' });
    var errors = el('div', { 'aria-live': 'assertive' });
    var name = el('input', { id: 'titel', name: 'title', type: 'text', required: true, maxlength: '200' });
    var text = el('textarea', { id: 'beskrivelse', name: 'description', rows: '3', maxlength: '4000' });
    var day = el('input', { id: 'dato', name: 'date', type: 'date' });
    var form = el('form', { class: 'panel', id: 'nyt-punkt', 'aria-labelledby': 'nyt-punkt-titel' },
      el('h2', { id: 'nyt-punkt-titel', text: 'Tilføj' }),
      errors,
      el('div', { class: 'field' }, el('label', { for: 'titel' }, 'Titel'), name),
      el('div', { class: 'field' }, el('label', { for: 'beskrivelse' }, 'Beskrivelse'), text),
      el('div', { class: 'field' }, el('label', { for: 'dato' }, 'Dato'), day),
      el('button', { type: 'submit' }, 'Gem'));

    function load() {
      return H.api(base).then(function (items) {
        H.clear(list);
        if (!items.length) {
          list.appendChild(el('li', { class: 'muted' }, 'Der er ingen punkter endnu.'));
        }
        items.forEach(function (item) {
          list.appendChild(el('li', { class: 'item' },
            el('strong', null, item.title),
            item.date ? el('span', { class: 'muted' }, ' · ' + danishDate(item.date)) : null,
            item.description ? el('p', null, item.description) : null));
        });
      }, function (error) {
        H.showError(list, error, LABELS);
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      H.clear(errors);
      H.api(base, { method: 'POST', body: { title: name.value, description: text.value || null, date: day.value || null } })
        .then(function () {
          form.reset();
          return load();
        }, function (error) {
          H.showError(errors, error, LABELS);
        });
    });

    H.clear(document.querySelector('main')).appendChild(el('div', null,
      el('h1', null, title + ' – ' + session.municipality.name + ' Kommune'), list, form));
    load();
  }

  H.start({ path: '/' + moduleId, title: title, render: render });
})();
