// Small behaviours without inline scripts (the Content Security Policy forbids them).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select.js-autosubmit').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  document.querySelectorAll('[data-confirm]').forEach(function (element) {
    element.addEventListener('click', function (event) {
      if (!window.confirm(element.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
});
// htmx requests carry the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
