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

// The person chooser (layout/person-picker.html): a picked person becomes a chip holding the
// field's hidden input; one chip for a single choice, several for a multiple one.
(function () {
  function picker(element) {
    return element.closest('.person-picker');
  }

  function close(box) {
    box.querySelector('.picker-results').innerHTML = '';
    box.querySelector('input[type=search]').setAttribute('aria-expanded', 'false');
  }

  function choose(option) {
    var box = picker(option);
    var chips = box.querySelector('.picker-chips');
    var field = box.dataset.field;
    var id = option.dataset.personId;
    if (box.dataset.multiple !== 'true') {
      chips.innerHTML = '';
    }
    if (!chips.querySelector('input[value="' + id + '"]')) {
      var chip = document.createElement('span');
      chip.className = 'badge rounded-pill text-bg-primary picker-chip d-inline-flex align-items-center gap-1 mb-1';
      var name = document.createElement('span');
      name.textContent = option.dataset.personName;
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = field;
      input.value = id;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn-close btn-close-white picker-remove';
      remove.style.fontSize = '.6rem';
      remove.setAttribute('aria-label', '\u00d7 ' + option.dataset.personName);
      chip.append(name, input, remove);
      chips.appendChild(chip);
    }
    var search = box.querySelector('input[type=search]');
    search.value = '';
    close(box);
    search.focus();
  }

  document.addEventListener('click', function (event) {
    var option = event.target.closest('.person-picker .picker-option');
    if (option) {
      event.preventDefault();
      choose(option);
      return;
    }
    var remove = event.target.closest('.person-picker .picker-remove');
    if (remove) {
      var box = picker(remove);
      remove.closest('.picker-chip').remove();
      box.querySelector('input[type=search]').focus();
    }
  });

  document.addEventListener('keydown', function (event) {
    var box = event.target.closest && event.target.closest('.person-picker');
    if (!box) {
      return;
    }
    var options = Array.prototype.slice.call(box.querySelectorAll('.picker-option'));
    var at = options.indexOf(event.target);
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      options[Math.min(at + 1, options.length - 1)].focus();
    }
    else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? box.querySelector('input[type=search]') : options[at - 1]).focus();
    }
    else if (event.key === 'Escape') {
      close(box);
      box.querySelector('input[type=search]').focus();
    }
    else if (event.key === 'Enter' && event.target.matches('input[type=search]')) {
      // Enter in the search box picks the first match instead of sending the form.
      event.preventDefault();
      if (options.length) {
        choose(options[0]);
      }
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var box = picker(event.target);
    if (box && event.target.classList.contains('picker-results')) {
      box.querySelector('input[type=search]')
        .setAttribute('aria-expanded', box.querySelector('.picker-option') ? 'true' : 'false');
    }
  });
})();
