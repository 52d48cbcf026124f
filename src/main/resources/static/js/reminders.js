// Reminder settings: when the page comes back with errors, move the focus to the error summary so that
// screen-reader and keyboard users land on what needs their attention.
document.addEventListener('DOMContentLoaded', function () {
  var target = document.getElementById('reminder-errors');
  if (target) {
    target.focus();
  }
});
