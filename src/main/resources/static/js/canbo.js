// Every htmx request carries the CSRF token that Spring Security expects.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A search result carrying data-pick-* fills the form field it names (e.g. an account's scope unit).
document.addEventListener('click', function (event) {
  var choice = event.target.closest('[data-pick-target]');
  if (!choice) {
    return;
  }
  event.preventDefault();
  var field = document.getElementById(choice.dataset.pickTarget);
  if (field) {
    field.value = choice.dataset.pickValue;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  var results = choice.closest('[id$="search-results"]');
  if (results) {
    results.innerHTML = '';
    var chosen = document.createElement('div');
    chosen.className = 'small text-success';
    chosen.textContent = '\u2713 ' + choice.dataset.pickLabel;
    results.appendChild(chosen);
  }
});
