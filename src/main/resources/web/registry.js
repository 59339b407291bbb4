// Behaviour of the registry pages, in a served file because their Content-Security-Policy forbids
// inline script and inline event handlers: a form with data-confirm asks before it is sent.
document.addEventListener('submit', function (e) {
  var form = e.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) e.preventDefault();
});
