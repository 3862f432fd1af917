/*
 * CivicLine web chat widget. A city page adds it with one tag:
 *   <script src="https://<civicline-host>/widget.js" data-title="City 311" data-lang="en" async></script>
 * It draws a launcher and a chat panel inside a shadow root (so the page's styles and ours
 * never meet), talks to the CivicLine server the script came from, and keeps the
 * conversation: the session id stays in the browser, the transcript on the server.
 *
 * Nothing a resident, staff or the server wrote is ever parsed as HTML: every line is built
 * with DOM calls and text nodes, and links only keep http(s), tel and mailto addresses.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.CivicLineWidget) { return; }

  var MAX_LENGTH = 2000;
  var WARN_LENGTH = 1800;
  var base = new URL('.', script.src);
  var store = storage();
  var strings = {
    en: {
      open: 'Chat with {title}', close: 'Close chat', other: 'Español', otherLang: 'es',
      label: 'Your message', send: 'Send', typing: '{title} is typing…', you: 'You said:',
      city: '{title} said:', staff: 'City staff said:', helpful: 'Was this helpful?', yes: 'Yes', no: 'No',
      thanks: 'Thank you for the feedback.', left: '{n} characters left', unread: '{n} new',
      newTab: '(opens in a new tab)', emergency: 'Emergency notice', suggested: 'Suggested replies',
      conversation: 'Conversation', offline: 'The chat cannot reach the city right now. Your message is still in the box: try again, or call 311.',
      greeting: 'Hello! Ask a question about city services, or report a problem such as a pothole. For an emergency, call 911.',
      urgent: 'Emergency: call 911. Crisis: call or text 988.',
      starters: ['When is trash pickup?', 'Report a pothole', 'Talk to a person']
    },
    es: {
      open: 'Chatear con {title}', close: 'Cerrar el chat', other: 'English', otherLang: 'en',
      label: 'Su mensaje', send: 'Enviar', typing: '{title} está escribiendo…', you: 'Usted dijo:',
      city: '{title} dijo:', staff: 'El personal de la ciudad dijo:', helpful: '¿Le fue útil?', yes: 'Sí', no: 'No',
      thanks: 'Gracias por su opinión.', left: 'Quedan {n} caracteres', unread: '{n} nuevos',
      newTab: '(se abre en una pestaña nueva)', emergency: 'Aviso de emergencia', suggested: 'Respuestas sugeridas',
      conversation: 'Conversación', offline: 'El chat no puede comunicarse con la ciudad ahora. Su mensaje sigue en el cuadro: inténtelo de nuevo o llame al 311.',
      greeting: '¡Hola! Haga una pregunta sobre los servicios de la ciudad o reporte un problema, como un bache. En una emergencia, llame al 911.',
      urgent: 'Emergencia: llame al 911. Crisis: llame o envíe un texto al 988.',
      starters: ['¿Cuándo recogen la basura?', 'Reportar un bache', 'Hablar con una persona']
    }
  };
  var title = script.getAttribute('data-title') || 'City 311';
  var lang = pickLanguage(store.get('lang') || script.getAttribute('data-lang') || document.documentElement.lang);
  var session = store.get('session');
  var lastId = 0;
  var unread = 0;
  var stream = null;
  var streamFailures = 0;
  var poller = null;
  var latestSuggestions = [];

  // ---- the DOM, inside a shadow root ----------------------------------------------------
  var host = document.createElement('div');
  host.setAttribute('data-civicline-widget', '');
  var root = host.attachShadow({ mode: 'open' });
  var sheet = el('link', { rel: 'stylesheet', href: new URL('widget.css', base).href });
  var wrapper = el('div', { 'class': 'cl' });
  var launcher = el('button', { type: 'button', 'class': 'cl-launcher', 'aria-expanded': 'false',
    'aria-controls': 'cl-panel', 'data-civicline-launcher': '' });
  var launcherText = el('span');
  var badge = el('span', { 'class': 'cl-badge', hidden: '' });
  launcher.append(launcherText, badge);

  var panel = el('section', { id: 'cl-panel', 'class': 'cl-panel', role: 'dialog', 'aria-modal': 'false',
    'aria-labelledby': 'cl-title', hidden: '' });
  var heading = el('h2', { id: 'cl-title', 'class': 'cl-title' });
  var langButton = el('button', { type: 'button', 'class': 'cl-lang' });
  var closeButton = el('button', { type: 'button', 'class': 'cl-close' });
  closeButton.append(el('span', { 'aria-hidden': 'true' }, '×'));
  var closeLabel = el('span', { 'class': 'cl-sr' });
  closeButton.append(closeLabel);
  var header = el('div', { 'class': 'cl-header' }, [heading, langButton, closeButton]);
  var banner = el('div', { 'class': 'cl-banner', role: 'region', hidden: '' });
  var log = el('div', { 'class': 'cl-log', role: 'log', 'aria-live': 'polite', tabindex: '0' });
  var typing = el('p', { 'class': 'cl-typing', hidden: '' });
  var chips = el('div', { 'class': 'cl-chips', role: 'group' });
  var problem = el('p', { 'class': 'cl-error', role: 'alert' });
  var label = el('label', { 'for': 'cl-input', 'class': 'cl-label' });
  var input = el('textarea', { id: 'cl-input', rows: '2', maxlength: String(MAX_LENGTH),
    'aria-describedby': 'cl-count cl-urgent', autocomplete: 'off' });
  var count = el('p', { id: 'cl-count', 'class': 'cl-count', 'aria-live': 'polite' });
  var sendButton = el('button', { type: 'submit', 'class': 'cl-send' });
  var urgent = el('p', { id: 'cl-urgent', 'class': 'cl-urgent' });
  var form = el('form', { 'class': 'cl-form', novalidate: '' },
    [label, el('div', { 'class': 'cl-row' }, [input, sendButton]), count, urgent]);
  panel.append(header, banner, log, typing, chips, problem, form);
  wrapper.append(panel, launcher);
  root.append(sheet, wrapper);

  function el(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (typeof children === 'string') { node.textContent = children; }
    else if (children) { node.append.apply(node, children); }
    return node;
  }

  function t(key, values) {
    var text = strings[lang][key];
    Object.keys(values || {}).forEach(function (name) { text = text.replace('{' + name + '}', values[name]); });
    return text.replace('{title}', title);
  }

  function pickLanguage(wanted) {
    return String(wanted || '').slice(0, 2).toLowerCase() === 'es' ? 'es' : 'en';
  }

  // Some browsers refuse storage (private modes, blocked cookies): the chat still works,
  // it only forgets on reload.
  function storage() {
    var memory = {};
    function safe(fn, fallback) { try { return fn(); } catch (e) { return fallback; } }
    return {
      get: function (key) { return safe(function () { return window.localStorage.getItem('civicline:' + key); }, memory[key] || null); },
      set: function (key, value) { memory[key] = value; safe(function () { window.localStorage.setItem('civicline:' + key, value); }); },
      getTab: function (key) { return safe(function () { return window.sessionStorage.getItem('civicline:' + key); }, null); },
      setTab: function (key, value) { safe(function () { window.sessionStorage.setItem('civicline:' + key, value); }); }
    };
  }

  function applyStrings() {
    host.setAttribute('lang', lang);
    launcherText.textContent = t('open');
    heading.textContent = title;
    langButton.textContent = t('other');
    langButton.setAttribute('lang', t('otherLang'));
    closeLabel.textContent = t('close');
    log.setAttribute('aria-label', t('conversation'));
    banner.setAttribute('aria-label', t('emergency'));
    typing.textContent = t('typing');
    chips.setAttribute('aria-label', t('suggested'));
    label.textContent = t('label');
    sendButton.textContent = t('send');
    urgent.textContent = t('urgent');
    showUnread();
    updateCount();
    if (!log.querySelector('[data-id]')) { greet(); }
    offer(latestSuggestions);
  }

  // ---- opening and closing --------------------------------------------------------------
  function isOpen() { return !panel.hidden; }

  function open(keepFocus) {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    wrapper.classList.add('cl-is-open');
    store.setTab('open', '1');
    unread = 0;
    showUnread();
    if (keepFocus !== true) { input.focus(); }
    scrollToEnd();
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    wrapper.classList.remove('cl-is-open');
    store.setTab('open', '0');
    launcher.focus();
  }

  launcher.addEventListener('click', function () { if (isOpen()) { close(); } else { open(); } });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { event.preventDefault(); close(); }
  });
  langButton.addEventListener('click', function () {
    lang = t('otherLang');
    store.set('lang', lang);
    applyStrings();
    langButton.focus();
  });

  function showUnread() {
    badge.hidden = unread === 0;
    badge.textContent = unread === 0 ? '' : t('unread', { n: unread });
  }

  // ---- the transcript ---------------------------------------------------------------------
  function greet() {
    var existing = log.querySelector('.cl-greeting');
    if (existing) { existing.remove(); }
    var line = el('div', { 'class': 'cl-msg cl-city cl-greeting' });
    line.append(el('span', { 'class': 'cl-sr' }, t('city')));
    var body = el('div', { 'class': 'cl-body' });
    renderMarkdown(strings[lang].greeting, body);
    line.append(body);
    log.prepend(line);
    latestSuggestions = strings[lang].starters.slice();
  }

  function add(message, live) {
    if (!message || !message.id || log.querySelector('[data-id="' + Number(message.id) + '"]')) { return; }
    var who = message.author === 'resident' ? 'resident' : (message.author === 'staff' ? 'staff' : 'city');
    var line = el('div', { 'class': 'cl-msg cl-' + who, 'data-id': String(Number(message.id)) });
    line.append(el('span', { 'class': 'cl-sr' }, t(who === 'resident' ? 'you' : who)));
    var body = el('div', { 'class': 'cl-body' });
    if (who === 'resident') { body.textContent = message.text; } else { renderMarkdown(message.text, body); }
    line.append(body);
    if (who === 'city' && message.faq) { line.append(feedbackFor(message)); }
    var after = null;
    log.querySelectorAll('[data-id]').forEach(function (other) {
      if (!after && Number(other.getAttribute('data-id')) > message.id) { after = other; }
    });
    log.insertBefore(line, after);
    if (message.id > lastId) {
      lastId = message.id;
      if (who !== 'resident') { offer(message.suggestions || []); }
    }
    if (live && who !== 'resident' && !isOpen()) { unread += 1; showUnread(); }
    scrollToEnd();
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  function feedbackFor(message) {
    var box = el('div', { 'class': 'cl-feedback', role: 'group' });
    var question = el('span', { id: 'cl-fb-' + message.id }, t('helpful'));
    box.setAttribute('aria-labelledby', 'cl-fb-' + message.id);
    var yes = el('button', { type: 'button', 'aria-pressed': String(message.feedback === 'helpful') }, t('yes'));
    var no = el('button', { type: 'button', 'aria-pressed': String(message.feedback === 'unhelpful') }, t('no'));
    var said = el('span', { 'class': 'cl-thanks', 'aria-live': 'polite' });
    function rate(helpful) {
      post('api/v1/chat/feedback', { session: session, message: message.id, helpful: helpful }).then(function (result) {
        if (!result.ok) { return; }
        yes.setAttribute('aria-pressed', String(helpful));
        no.setAttribute('aria-pressed', String(!helpful));
        said.textContent = t('thanks');
      });
    }
    yes.addEventListener('click', function () { rate(true); });
    no.addEventListener('click', function () { rate(false); });
    box.append(question, yes, no, said);
    return box;
  }

  function offer(choices) {
    latestSuggestions = choices.slice(0, 6);
    chips.replaceChildren();
    latestSuggestions.forEach(function (choice) {
      var chip = el('button', { type: 'button', 'class': 'cl-chip' }, choice);
      chip.addEventListener('click', function () { send(choice); });
      chips.append(chip);
    });
    chips.hidden = latestSuggestions.length === 0;
  }

  // A safe Markdown subset: paragraphs, "- " and "1. " lists, **bold**, [text](url) and bare
  // https:// links. Everything else stays text.
  function renderMarkdown(text, into) {
    var paragraph = null;
    var list = null;
    String(text).split('\n').forEach(function (line) {
      var bullet = /^\s*[-*•] +/.exec(line);
      var number = bullet ? null : /^\s*\d+[.)] +/.exec(line);
      if (!line.trim()) { paragraph = null; list = null; return; }
      if (bullet || number) {
        var kind = bullet ? 'UL' : 'OL';
        if (!list || list.nodeName !== kind) { list = el(kind.toLowerCase()); into.append(list); }
        paragraph = null;
        var item = el('li');
        inline(line.slice((bullet || number)[0].length), item);
        list.append(item);
        return;
      }
      list = null;
      if (paragraph) { paragraph.append(el('br')); } else { paragraph = el('p'); into.append(paragraph); }
      inline(line, paragraph);
    });
  }

  function inline(text, into) {
    var pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?])/g;
    var at = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      into.append(document.createTextNode(text.slice(at, match.index)));
      if (match[1]) { into.append(el('strong', {}, match[1])); }
      else { into.append(link(match[2] || match[4], match[3] || match[4])); }
      at = pattern.lastIndex;
    }
    into.append(document.createTextNode(text.slice(at)));
  }

  function link(text, address) {
    var url;
    try { url = new URL(address, window.location.href); } catch (e) { return document.createTextNode(text); }
    if (['http:', 'https:', 'tel:', 'mailto:'].indexOf(url.protocol) < 0) { return document.createTextNode(text); }
    var a = el('a', { href: url.href }, text);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
      a.append(el('span', { 'class': 'cl-sr' }, ' ' + t('newTab')));
    }
    return a;
  }

  // ---- talking to the server --------------------------------------------------------------
  function post(path, body) {
    return fetch(new URL(path, base).href, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 204) { return { ok: true, body: {} }; }
      return response.json().catch(function () { return {}; })
        .then(function (json) { return { ok: response.ok, body: json }; });
    });
  }

  function get(path) {
    return fetch(new URL(path, base).href, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  }

  function send(text) {
    problem.textContent = '';
    var pending = el('div', { 'class': 'cl-msg cl-resident cl-pending' });
    pending.append(el('span', { 'class': 'cl-sr' }, t('you')), el('div', { 'class': 'cl-body' }, text));
    log.append(pending);
    scrollToEnd();
    typing.hidden = false;
    offer([]);
    post('api/v1/chat', { session: session, text: text, language: lang }).then(function (result) {
      pending.remove();
      typing.hidden = true;
      if (!result.ok) {
        restore(text, result.body.error || t('offline'));
        return;
      }
      if (result.body.session !== session) {
        session = result.body.session;
        store.set('session', session);
      }
      // The resident wrote in (or asked for) the other language: the widget's own
      // words follow the conversation's.
      if (result.body.language && result.body.language !== lang && strings[result.body.language]) {
        lang = result.body.language;
        store.set('lang', lang);
        applyStrings();
      }
      add(result.body.asked, false);
      add(result.body.message, false);
      listen();
    }).catch(function () {
      pending.remove();
      typing.hidden = true;
      restore(text, t('offline'));
    });
  }

  // A message that did not go through goes back in the box, so nothing typed is lost.
  function restore(text, why) {
    if (!input.value) { input.value = text; updateCount(); }
    problem.textContent = why;
    offer(latestSuggestions.length ? latestSuggestions : []);
    input.focus();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = '';
    updateCount();
    send(text);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });
  input.addEventListener('input', updateCount);

  function updateCount() {
    var remaining = MAX_LENGTH - input.value.length;
    count.textContent = input.value.length >= WARN_LENGTH ? t('left', { n: remaining }) : '';
  }

  function loadHistory() {
    if (!transcriptKept()) { return Promise.resolve(); }
    return get('api/v1/chat/history?session=' + encodeURIComponent(session) + '&after=' + lastId)
      .then(function (history) { history.messages.forEach(function (m) { add(m, false); }); })
      .catch(function () { /* the stream or the next poll brings it */ });
  }

  function transcriptKept() { return session && session.length >= 32; }

  // New lines from the resident's other tabs, staff and status updates arrive on an event
  // stream; where there is none, or it keeps failing, the widget asks every few seconds.
  function listen() {
    if (!transcriptKept() || stream || poller) { return; }
    if (!window.EventSource) { poll(); return; }
    stream = new EventSource(new URL('api/v1/chat/stream?session=' + encodeURIComponent(session) + '&after=' + lastId, base).href);
    stream.addEventListener('message', function (event) {
      streamFailures = 0;
      try { add(JSON.parse(event.data), true); } catch (e) { /* a malformed event is skipped */ }
    });
    stream.addEventListener('error', function () {
      streamFailures += 1;
      if (streamFailures >= 3) { stream.close(); stream = null; poll(); }
    });
  }

  function poll() {
    if (poller) { return; }
    poller = window.setInterval(function () {
      get('api/v1/chat/history?session=' + encodeURIComponent(session) + '&after=' + lastId)
        .then(function (history) { history.messages.forEach(function (m) { add(m, true); }); })
        .catch(function () { /* try again at the next tick */ });
    }, 5000);
  }

  function showEmergency() {
    get('api/v1/emergency').then(function (status) {
      var targets = [banner].concat(Array.prototype.slice.call(document.querySelectorAll('[data-civicline-banner]')));
      targets.forEach(function (target) {
        target.replaceChildren();
        target.hidden = !status.active;
        if (status.active) {
          var spanish = lang === 'es' && status.headlineEs;
          target.append(el('strong', {}, (spanish ? status.headlineEs : status.headline) || status.hazard || ''),
            document.createTextNode(' '), el('span', {}, (spanish ? status.guidanceShortEs : status.guidanceShort) || ''));
        }
      });
    }).catch(function () { /* no banner is shown when the status cannot be read */ });
  }

  window.CivicLineWidget = { open: open, close: close };
  function start() {
    document.body.append(host);
    applyStrings();
    showEmergency();
    window.setInterval(showEmergency, 60000);
    loadHistory().then(function () {
      listen();
      if (store.getTab('open') === '1') { open(true); }
    });
  }
  if (document.body) { start(); } else { document.addEventListener('DOMContentLoaded', start); }
})();
