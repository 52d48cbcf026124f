// Action plan forms: when the page comes back with errors or a conflict, move the focus to the error summary or
// the conflict comparison so that screen-reader and keyboard users land on what needs their attention.
document.addEventListener('DOMContentLoaded', function () {
  var target = document.getElementById('error-summary') || document.getElementById('conflict');
  if (target) {
    if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
    target.focus();
  }
});
