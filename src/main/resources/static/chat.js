// The plain chat page: sends each message to /api/v1/chat and shows the reply as text (never as HTML).
(function () {
  var log = document.getElementById('log');
  var suggestions = document.getElementById('suggestions');
  var form = document.getElementById('ask');
  var input = document.getElementById('text');
  var session = sessionStorage.getItem('civicline-session');

  // FAQ answers are Markdown; only **bold** and "- " list lines are rendered, and always as DOM
  // text nodes, so nothing a resident or an answer contains can become HTML.
  function render(text, into) {
    text.split('\n').forEach(function (line, i) {
      if (i > 0) { into.appendChild(document.createElement('br')); }
      var bullet = /^\s*[-*] /.test(line);
      if (bullet) { line = '\u2022 ' + line.replace(/^\s*[-*] /, ''); }
      line.split('**').forEach(function (part, j) {
        if (!part) { return; }
        if (j % 2 === 1) {
          var strong = document.createElement('strong');
          strong.textContent = part;
          into.appendChild(strong);
        } else {
          into.appendChild(document.createTextNode(part));
        }
      });
    });
  }

  function show(text, who) {
    var item = document.createElement('li');
    item.className = who;
    if (who === 'civicline') { render(text, item); } else { item.textContent = text; }
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
  }

  function offer(choices) {
    suggestions.replaceChildren();
    (choices || []).forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice;
      button.addEventListener('click', function () { send(choice); });
      suggestions.appendChild(button);
    });
  }

  function send(text, shown) {
    show(shown || text, 'resident');
    offer([]);
    fetch('api/v1/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ session: session, text: text })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result.ok) { show(result.body.error || 'Something went wrong.', 'error'); return; }
      session = result.body.session;
      sessionStorage.setItem('civicline-session', session);
      show(result.body.reply, 'civicline');
      offer(result.body.suggestions);
    }).catch(function () {
      show('The service cannot be reached. Please try again, or call 311.', 'error');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = '';
    send(text);
  });
})();
